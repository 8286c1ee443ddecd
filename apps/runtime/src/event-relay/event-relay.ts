// The outbox between storing an event and signalling it. POST /v1/events commits the events with
// `signal_due_at` set and answers; the relay then signals them to the borrowers' journeys and
// clears it. A process that dies between the two leaves it set, and the next relay (this server
// restarted, or another) signals them: an accepted event always reaches its journeys. A round
// claims due events in a short transaction (FOR UPDATE SKIP LOCKED, so two servers never take the
// same ones) by moving their due time a lease ahead, signals outside any transaction (PGlite has
// one connection), then clears what it signalled. What failed comes due again when its lease ends.
// The workflow ignores an event id it has seen, so an event signalled twice counts once.
// The fast path skips the claim: a server that stores events with their due time a lease ahead
// (StoreOptions.signalLeaseMs) hands them to its own relay in memory (handOff), which signals
// them and clears it. Only if that process dies first do they come due, for any relay's sweep.
// One UPDATE per event instead of two: the claim cost the database more than the INSERT itself.
import { and, asc, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { EventName } from '@tandem/dsl';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import type { AcceptedEvent } from '../db/queries/events';
import { events } from '../db/schema';
import type { JourneyDriver } from '../journey-driver';
import { signalEvents } from './signal-events';

/** How long a nudge waits for more events to relay with it. */
const NUDGE_DELAY_MS = 10;

export interface EventRelayOptions {
  db: Database;
  journeys: JourneyDriver;
  /** Events claimed per round (one transaction). */
  batchSize?: number;
  /** How often due events are looked for without a nudge (left by a crash, or a failure). */
  intervalMs?: number;
  /** How long a claimed event stays with its relay before it is due again. */
  leaseMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export interface EventRelay {
  /** Something was stored: relay it now rather than at the next interval. */
  nudge(): void;
  /**
   * Events just committed with their due time `handOffLeaseMs` ahead: this relay signals them
   * without claiming them first. If it cannot (a crash, a failed signal), they come due then.
   */
  handOff(stored: readonly AcceptedEvent[]): void;
  /**
   * Runs a request's storing of events it will hand off: a stop waits for it to finish, so
   * events committed while the server stops are handed off and signalled, not left leased.
   */
  storing<T>(work: () => Promise<T>): Promise<T>;
  /** How far ahead events to be handed off are due (the claim lease): StoreOptions.signalLeaseMs. */
  readonly handOffLeaseMs: number;
  /** Relays every due event it can claim, round after round; resolves with how many it claimed. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Claims up to `batchSize` due events by moving their due time a lease ahead, in one statement
 * (its own transaction): the row locks of FOR UPDATE SKIP LOCKED keep two relays apart.
 */
async function claimDue(options: Required<EventRelayOptions>) {
  const now = options.now();
  const lease = new Date(now.getTime() + options.leaseMs).toISOString();
  const due = options.db
    .select({ id: events.id })
    .from(events)
    .where(and(isNotNull(events.signalDueAt), lte(events.signalDueAt, now.toISOString())))
    .orderBy(asc(events.signalDueAt), asc(events.seq))
    .limit(options.batchSize)
    .for('update', { skipLocked: true });
  return options.db
    .update(events)
    .set({ signalDueAt: lease })
    .where(inArray(events.id, due))
    .returning();
}

/**
 * One round: claims up to `batchSize` due events, signals them (a borrower's in the order they
 * were received), clears the due time of those signalled. Returns how many were claimed.
 */
async function relayRound(options: Required<EventRelayOptions>): Promise<number> {
  const claimed = (await claimDue(options)).sort((a, b) => a.seq - b.seq);
  if (claimed.length === 0) return 0;
  const accepted: AcceptedEvent[] = claimed.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    type: row.type as EventName,
    borrowerId: row.borrowerId,
    accountId: row.accountId,
    occurredAt: toIso(row.occurredAt),
    data: row.data,
  }));
  await signalNow(options.db, options.journeys, accepted, options.onError);
  return claimed.length;
}

/**
 * Signals events just stored, now, and clears the due time of those signalled: for an app with
 * a journey driver but no relay running (tests, scripts). What fails stays due for a relay.
 * @example await signalNow(db, journeys, accepted);
 */
export async function signalNow(
  db: Database,
  journeys: JourneyDriver,
  stored: readonly AcceptedEvent[],
  onError: (error: unknown) => void = () => {},
): Promise<void> {
  const signalled = await signalEvents(journeys, stored, onError);
  if (signalled.size > 0)
    await db
      .update(events)
      .set({ signalDueAt: null })
      .where(inArray(events.id, [...signalled]));
}

/**
 * Starts relaying: at once, on every nudge, and every `intervalMs`.
 * @example const relay = startEventRelay({ db, journeys }); … relay.nudge(); … await relay.stop();
 */
export function startEventRelay(options: EventRelayOptions): EventRelay {
  const settings: Required<EventRelayOptions> = {
    batchSize: 500,
    intervalMs: 1_000,
    leaseMs: 30_000,
    now: () => new Date(),
    onError: () => {},
    ...options,
  };
  let running: Promise<number> | null = null;
  let again = false;
  /** Stopping: no more rounds start; requests still storing may yet hand events off. */
  let stopped = false;
  /** Stopped for good: the last hand-offs are signalled, and nothing more is taken. */
  let closed = false;
  const handed: AcceptedEvent[] = [];
  // Requests between their INSERT and their hand-off (storing()): a stop waits for them. A
  // server's connections may close before its handlers end (a client gone mid-request), so
  // server.close() alone does not say that the hand-offs are all in.
  const storingNow = new Set<Promise<unknown>>();

  // In rounds of batchSize, as claims go: one UPDATE (and its statement trigger) per round.
  const signalHanded = async (): Promise<number> => {
    let total = 0;
    while (handed.length > 0) {
      const mine = handed.splice(0, settings.batchSize);
      await signalNow(settings.db, settings.journeys, mine, settings.onError);
      total += mine.length;
    }
    return total;
  };
  // Whether the next round also sweeps for due events. A hand-off alone does not ask for it:
  // its events are in memory, and a claim per hand-off cost a query per nudge under load.
  let sweepWanted = true;
  const drain = async (): Promise<number> => {
    let total = await signalHanded();
    if (!sweepWanted) return total;
    sweepWanted = false;
    for (;;) {
      const done = await relayRound(settings);
      total += done;
      // A short round means nothing more is due now.
      if (done < settings.batchSize) return total;
    }
  };
  const kick = (sweep: boolean) => {
    if (sweep) sweepWanted = true;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => {
        settings.onError(error);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick(false);
        }
      });
  };
  const timer = setInterval(() => kick(true), settings.intervalMs);
  timer.unref();
  kick(true);
  let nudged: NodeJS.Timeout | null = null;
  const later = (sweep: boolean) => {
    if (sweep) sweepWanted = true;
    nudged ??= setTimeout(() => {
      nudged = null;
      kick(false);
    }, NUDGE_DELAY_MS);
  };
  return {
    nudge: () => later(true),
    handOff: (stored) => {
      if (closed || stored.length === 0) return; // still due: the next relay takes them
      handed.push(...stored);
      if (!stopped) later(false); // a stopping relay signals them itself, once storing is done
    },
    storing: (work) => {
      const stored = work();
      storingNow.add(stored);
      const done = () => void storingNow.delete(stored);
      stored.then(done, done);
      return stored;
    },
    handOffLeaseMs: settings.leaseMs,
    drain: async () => {
      if (running) await running;
      sweepWanted = true;
      return drain();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (nudged) clearTimeout(nudged);
      if (running) await running;
      // Requests still storing hand their events off when they commit; wait for them.
      while (storingNow.size > 0) await Promise.allSettled([...storingNow]);
      // A clean stop leaves nothing handed off waiting for a lease to end (its nudge is cancelled).
      await signalHanded().catch(settings.onError);
      closed = true;
    },
  };
}

/** How many stored events still wait to be signalled (for operators and tests). */
export async function unsignalledEventCount(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(isNotNull(events.signalDueAt));
  return row?.n ?? 0;
}
