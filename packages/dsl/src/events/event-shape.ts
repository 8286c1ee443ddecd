// The workflow's check of an event signal, without zod. The API parsed every event it signals
// (parseJourneyEvent); this only keeps a sender that bypassed the API from crashing the engine:
// the envelope, and the data fields the engine reads, have the right types.
import type { EventName, JourneyEvent } from './events';

type FieldType = 'string' | 'number';

/** Every event name (the Record type makes the compiler insist on all of them). */
const dataFields: Record<EventName, Readonly<Record<string, FieldType>>> = {
  'payment.received': { amount: 'number' },
  'payment.settled': {},
  'ptp.promised': { date: 'string' },
  'ptp.cancelled': {},
  'plan.accepted': { option: 'number' },
  'plan.declined': {},
  'lesson.watched': {},
  'message.delivered': {},
  'message.failed': {},
  'message.read': {},
  'reply.received': { channel: 'string', text: 'string' },
  'contact.optedOut': { channel: 'string' },
  'contact.ceased': {},
  'dispute.opened': {},
  'dispute.resolved': {},
  'hardship.requested': {},
  'hold.started': { kind: 'string' },
  'hold.ended': { kind: 'string' },
  'task.resolved': { commandId: 'string', outcome: 'string' },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The event as the engine takes it (`data` defaults to `{}`, other envelope keys dropped, as
 * parseJourneyEvent does), or the first problem found.
 * @example checkEventShape({ id: 'p1', type: 'payment.received', occurredAt: '2026-03-01T10:00:00Z', data: { amount: 5 } })
 */
export function checkEventShape(
  raw: unknown,
): { ok: true; event: JourneyEvent } | { ok: false; problem: string } {
  if (!isRecord(raw)) return { ok: false, problem: 'event: not an object' };
  const { id, type, occurredAt, data = {} } = raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200)
    return { ok: false, problem: 'id: a string of 1 to 200 characters' };
  if (typeof type !== 'string' || !Object.hasOwn(dataFields, type))
    return { ok: false, problem: 'type: not a known event' };
  if (typeof occurredAt !== 'string' || Number.isNaN(Date.parse(occurredAt)))
    return { ok: false, problem: 'occurredAt: not an instant' };
  if (!isRecord(data)) return { ok: false, problem: 'data: not an object' };
  for (const [field, kind] of Object.entries(dataFields[type as EventName])) {
    if (typeof data[field] !== kind) return { ok: false, problem: `data.${field}: not a ${kind}` };
  }
  return { ok: true, event: { id, type, occurredAt, data } as JourneyEvent };
}
