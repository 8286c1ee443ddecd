// Scripted borrowers cause the same few events at the same instants across thousands of simulated
// borrowers (the same payment of the same amount three hours after the same reminder), and each
// went through the event schemas again. An event whose data is flat and plain is parsed once per
// (type, instant, data) here; only its id differs between borrowers, and the id the simulator
// gives ("sim-event-N") always passes the schema. Anything else is parsed every time.
import type { JourneyEvent } from '../events/events';
import { parseJourneyEvent } from '../events/events';

const parsed = new Map<string, JourneyEvent>();
const CAPACITY = 5_000;

/** A flat object of strings, booleans and ordinary numbers: its JSON text says all it holds. */
function isFlatPlain(data: Record<string, unknown>): boolean {
  if (Object.getPrototypeOf(data) !== Object.prototype) return false;
  for (const value of Object.values(data)) {
    if (typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) continue;
    return false;
  }
  return true;
}

/**
 * A scripted event parsed as `parseJourneyEvent` would; throws with the schema's issues when
 * the script is malformed. Events are read, never changed, by the engine: the parsed data may be
 * shared between simulated borrowers.
 * @example scriptedEvent('sim-event-1', 'payment.received', '2026-03-02T12:00:00.000Z', { amount: 50 })
 */
export function scriptedEvent(
  id: string,
  type: string,
  at: string,
  data: Record<string, unknown>,
): JourneyEvent {
  const key = isFlatPlain(data) ? `${type}\u0000${at}\u0000${JSON.stringify(data)}` : undefined;
  const known = key === undefined ? undefined : parsed.get(key);
  if (known) return { ...known, id };
  const result = parseJourneyEvent({ id, type, occurredAt: at, data });
  if (!result.ok)
    throw new Error(
      `scripted event ${type} is malformed: ${result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  if (key !== undefined) {
    if (parsed.size >= CAPACITY) parsed.clear();
    parsed.set(key, result.event);
  }
  return result.event;
}
