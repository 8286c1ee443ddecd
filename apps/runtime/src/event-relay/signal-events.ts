import { parseJourneyEvent } from '@tandem/dsl';
import type { AcceptedEvent } from '../db/queries/events';
import type { JourneyDriver } from '../journey-driver';

/** At most this many borrowers' events are signalled at once. */
const CONCURRENCY = 16;

/**
 * Hands stored events to the journeys they concern: every live enrollment of the borrower, or of
 * the account when the event names one. A borrower's events go in the order given, consecutive
 * ones about the same account in one call (a batch of 500 for one borrower looks its enrollments
 * up once); different borrowers' go concurrently. The event's stored id is the workflow's
 * de-duplication key, so signalling an event twice (after a crash) counts once. Returns the ids
 * of the events signalled; an event whose signal failed is left out, to be tried again.
 * @example const done = await signalEvents(journeys, accepted);
 */
export async function signalEvents(
  journeys: JourneyDriver,
  events: readonly AcceptedEvent[],
  onError: (error: unknown) => void = () => {},
): Promise<Set<string>> {
  const byBorrower = new Map<string, AcceptedEvent[]>();
  for (const event of events) {
    const list = byBorrower.get(event.borrowerId) ?? [];
    list.push(event);
    byBorrower.set(event.borrowerId, list);
  }
  const signalled = new Set<string>();
  const queues = [...byBorrower.values()];
  const lanes = Array.from({ length: Math.min(CONCURRENCY, queues.length) }, async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const run of sameAccountRuns(queue)) {
        const parsed = run.flatMap((event) => {
          const result = parseJourneyEvent({
            id: event.id,
            type: event.type,
            occurredAt: event.occurredAt,
            data: event.data,
          });
          // Stored events passed the body schema; one that no longer parses has nobody to tell.
          return result.ok ? [result.event] : [];
        });
        try {
          // One look-up of the live enrollments for the whole run, not one per event.
          if (parsed.length > 0)
            await journeys.notifyBorrower(run[0]!.borrowerId, run[0]!.accountId, parsed);
        } catch (error) {
          onError(error);
          break; // keep this borrower's order: the rest of its events wait for the retry
        }
        for (const event of run) signalled.add(event.id);
      }
    }
  });
  await Promise.all(lanes);
  return signalled;
}

/** A borrower's events cut into runs of consecutive events about the same account (or none). */
function sameAccountRuns(queue: readonly AcceptedEvent[]): AcceptedEvent[][] {
  const runs: AcceptedEvent[][] = [];
  for (const event of queue) {
    const last = runs.at(-1);
    if (last && last[0]!.accountId === event.accountId) last.push(event);
    else runs.push([event]);
  }
  return runs;
}
