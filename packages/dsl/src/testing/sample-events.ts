import { eventNames, parseJourneyEvent, type EventName, type JourneyEvent } from '../events/events';
import { addDays, localDate } from '../time/duration';

/**
 * A valid event of any type at `at`, with the smallest data it needs, for tests that must try
 * every event (the node conformance suite). `data` overrides merge in.
 * @example sampleEvent('ptp.promised', '2026-03-02T09:00:00Z', { date: '2026-03-05' })
 */
export function sampleEvent(
  type: EventName,
  at: string,
  data: Record<string, unknown> = {},
  id = `sample-${type}-${at}`,
): JourneyEvent {
  const defaults: Record<EventName, Record<string, unknown>> = {
    'payment.received': { amount: 10 },
    'payment.settled': {},
    'ptp.promised': { date: addDays(localDate(at, 'UTC'), 2) },
    'ptp.cancelled': {},
    'plan.accepted': { option: 0 },
    'plan.declined': {},
    'lesson.watched': {},
    'message.delivered': {},
    'message.failed': {},
    'message.read': {},
    'reply.received': { channel: 'sms', text: 'ok' },
    'contact.optedOut': { channel: 'sms' },
    'contact.ceased': {},
    'dispute.opened': {},
    'dispute.resolved': {},
    'hardship.requested': {},
    'hold.started': { kind: 'dispute' },
    'hold.ended': { kind: 'dispute' },
    'task.resolved': { commandId: 'c1', outcome: 'resolved' },
  };
  const parsed = parseJourneyEvent({
    id,
    type,
    occurredAt: at,
    data: { ...defaults[type], ...data },
  });
  if (!parsed.ok)
    throw new Error(`sampleEvent(${type}): ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.event;
}

/** One sample of every event type. */
export function sampleEvents(at: string): JourneyEvent[] {
  return eventNames.map((type) => sampleEvent(type, at));
}
