import { describe, expect, it } from 'vitest';
import { parseEventScript } from './event-script';

describe('parseEventScript', () => {
  it('accepts events with their data, defaulting data to {}', () => {
    expect(
      parseEventScript([
        { after: 'PT2H', type: 'payment.received', data: { amount: 50 } },
        { after: 'P1D', type: 'payment.settled' },
      ]),
    ).toEqual({
      ok: true,
      events: [
        { after: 'PT2H', type: 'payment.received', data: { amount: 50 } },
        { after: 'P1D', type: 'payment.settled', data: {} },
      ],
    });
  });

  it('accepts an empty script', () => {
    expect(parseEventScript([])).toEqual({ ok: true, events: [] });
  });

  it('locates a bad duration, an unknown event and unknown keys', () => {
    const parsed = parseEventScript([
      { after: '2h', type: 'payment.received', data: { amount: 1 } },
      { after: 'PT1H', type: 'payment.recieved' },
      { after: 'PT1H', type: 'contact.ceased', when: 'now' },
    ]);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
      [0, 'after'],
      [1, 'type'],
      [2],
    ]);
  });

  it('checks each event’s data against that event', () => {
    const parsed = parseEventScript([
      { after: 'PT1H', type: 'payment.received', data: { amount: -1 } },
      { after: 'PT1H', type: 'ptp.promised' },
      { after: 'PT1H', type: 'contact.optedOut', data: { channel: 'fax' } },
    ]);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
      [0, 'data', 'amount'],
      [1, 'data', 'date'],
      [2, 'data', 'channel'],
    ]);
  });

  it('wants an array', () => {
    expect(parseEventScript({ after: 'PT1H', type: 'payment.settled' })).toMatchObject({
      ok: false,
      issues: [{ path: [] }],
    });
  });
});
