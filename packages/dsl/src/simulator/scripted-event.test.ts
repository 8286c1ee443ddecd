import { describe, expect, it } from 'vitest';
import { parseJourneyEvent } from '../events/events';
import { scriptedEvent } from './scripted-event';

describe('scriptedEvent', () => {
  const at = '2026-03-02T12:00:00.000Z';

  it('parses as parseJourneyEvent does, and parses a repeated event only once', () => {
    const first = scriptedEvent('sim-event-1', 'payment.received', at, { amount: 50 });
    const second = scriptedEvent('sim-event-7', 'payment.received', at, { amount: 50 });
    const reference = parseJourneyEvent({
      id: 'sim-event-7',
      type: 'payment.received',
      occurredAt: at,
      data: { amount: 50 },
    });
    expect(reference.ok && reference.event).toEqual(second);
    expect(JSON.stringify(second)).toBe(JSON.stringify(reference.ok && reference.event));
    expect(first.id).toBe('sim-event-1');
    // The second came from the first parse: the same data object, its own id.
    expect(second.data).toBe(first.data);
  });

  it('tells apart events that differ in type, instant or data', () => {
    const a = scriptedEvent('e1', 'payment.received', at, { amount: 50 });
    const b = scriptedEvent('e2', 'payment.received', at, { amount: 60 });
    const c = scriptedEvent('e3', 'payment.received', '2026-03-03T12:00:00.000Z', { amount: 50 });
    expect(b.data).toEqual({ amount: 60 });
    expect(c.occurredAt).toBe('2026-03-03T12:00:00.000Z');
    expect(b.data).not.toBe(a.data);
  });

  it('throws with the schema issues for a malformed script, every time', () => {
    for (let i = 0; i < 2; i++)
      expect(() => scriptedEvent(`e${i}`, 'payment.received', at, { amount: -5 })).toThrow(
        /scripted event payment.received is malformed: data.amount/,
      );
  });
});
