// An event reaching an enrollment: de-duplicated, booked at journey level (payments, holds,
// opt-outs), then offered to the current node, and answered by the journey if no node took it.
import type { JourneyEvent } from '../events/events';
import { applyJourneyBookkeeping, journeyLevelResponse } from './journey-events';
import type { Run } from './run';
import type { TraceEntry } from './types';

/** How many event ids the state remembers for de-duplication (the database remembers all). */
export const SEEN_EVENT_IDS = 200;

export function handleEvent(run: Run, event: JourneyEvent): void {
  const state = run.state;
  // Recorded before it is handled, so the trace reads in causal order.
  const entry: Extract<TraceEntry, { kind: 'event' }> = {
    kind: 'event',
    at: run.now,
    event,
    nodeId: state.node?.id ?? null,
    handledBy: 'ignored',
  };
  run.trace.push(entry);
  const seen = state.seenEventIds;
  if (seen.includes(event.id)) {
    entry.handledBy = 'duplicate';
    return;
  }
  seen.push(event.id);
  if (seen.length > SEEN_EVENT_IDS) seen.splice(0, seen.length - SEEN_EVENT_IDS);
  state.lastEvent = event.type;
  const bookkept = applyJourneyBookkeeping(run, event);

  if (run.journey.journey.policy.exitOn.includes(event.type)) {
    entry.handledBy = 'exit';
    run.end(`exit:${event.type}`);
    return;
  }
  const related = relatedEffect(run, event);
  const handled = run.runCurrent((node, ctx, nodeState) =>
    node.definition.behaviour.onEvent?.(ctx, nodeState, event, related),
  );
  if (handled) {
    entry.handledBy = 'node';
    return;
  }
  if (journeyLevelResponse(run, event) || bookkept) entry.handledBy = 'journey';
}

/** The effect of the current node visit an event answers (a reply to a message it sent). */
function relatedEffect(run: Run, event: JourneyEvent): { effectKey: string } | undefined {
  const commandId = 'commandId' in event.data ? event.data.commandId : undefined;
  const key = typeof commandId === 'string' ? run.state.node?.awaiting[commandId] : undefined;
  return key === undefined ? undefined : { effectKey: key };
}
