import { describe, expect, it } from 'vitest';
import { testFacts, testJourney } from '../engine/engine.fixtures';
import { persona, personaNames, scriptedPersona } from './personas';
import { simulate } from './simulate';

// 03:00Z is 10:00 in Ho Chi Minh City (UTC+7): inside any daytime window.
const start = '2026-03-02T03:00:00Z';
const journey = testJourney({
  policy: {
    sendWindow: { start: '09:00', end: '20:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  },
});

describe('simulate', () => {
  it('renders each message in the borrower’s language and shows local time', () => {
    const { timeline, outcome } = simulate({
      journey,
      facts: testFacts,
      persona: persona('silent')!,
      start,
    });
    expect(outcome).toBe('finished');
    const sent = timeline.filter((e) => e.kind === 'sent');
    expect(sent.map((e) => [e.nodeId, e.text, e.locale, e.localTime])).toEqual([
      ['hello', 'Chào Lan', 'vi', '2026-03-02 10:00 (Mon)'],
      ['again', 'Lần nữa', 'vi', '2026-03-03 10:00 (Tue)'],
    ]);
  });

  it('defers a send outside the window to the next opening and says why', () => {
    const friday = '2026-03-06T14:00:00Z'; // 21:00 Friday local: closed until Monday 09:00
    const { timeline } = simulate({
      journey,
      facts: testFacts,
      persona: persona('silent')!,
      start: friday,
    });
    expect(timeline[0]).toMatchObject({ kind: 'deferred', nodeId: 'hello' });
    expect(timeline[0]!.reason).toMatch(/^window: .* → 2026-03-09 09:00 \(Mon\)$/);
    expect(timeline[0]!.why).toEqual({ code: 'window', until: '2026-03-09T02:00:00.000Z' });
    expect(timeline.find((e) => e.kind === 'sent')).toMatchObject({
      localTime: '2026-03-09 09:00 (Mon)',
    });
  });

  it('plays an explicit event script', () => {
    const script = scriptedPersona([{ after: 'PT2H', type: 'payment.settled', data: {} }]);
    const { timeline, outcome } = simulate({ journey, facts: testFacts, persona: script, start });
    expect(outcome).toBe('exit:payment.settled');
    expect(timeline.filter((e) => e.kind === 'event')).toEqual([
      expect.objectContaining({
        event: 'payment.settled',
        nodeId: 'nap',
        reason: 'exit',
        localTime: '2026-03-02 12:00 (Mon)',
      }),
    ]);
  });

  it('stops at the horizon with the journey still running', () => {
    const { outcome, state } = simulate({
      journey,
      facts: testFacts,
      persona: persona('silent')!,
      start,
      days: 0.5,
    });
    expect(outcome).toBeNull();
    expect(state.node?.id).toBe('nap');
  });

  it('counts contacts from other journeys against the caps', () => {
    const capped = testJourney({ policy: { caps: [{ channel: 'any', max: 1, per: 'P1D' }] } });
    const { timeline } = simulate({
      journey: capped,
      facts: testFacts,
      persona: persona('silent')!,
      start,
      ledger: [{ at: '2026-03-02T01:00:00Z', channel: 'sms' }],
    });
    expect(timeline[0]).toMatchObject({ kind: 'deferred' });
    expect(timeline[0]!.reason).toMatch(/^cap: cap 1 per 1 day/);
    expect(timeline[0]!.why).toMatchObject({ code: 'cap' });
  });

  it('gives a suppression its code and channel when the borrower opted out', () => {
    const { timeline } = simulate({
      journey,
      facts: testFacts,
      persona: persona('silent')!,
      start,
      preferences: { optedOut: ['sms'] },
    });
    expect(timeline.find((e) => e.kind === 'suppressed')?.why).toEqual({
      code: 'optedOut',
      channel: 'sms',
    });
  });

  it('refuses a malformed scripted event with the field at fault', () => {
    const bad = scriptedPersona([
      { after: 'PT1H', type: 'payment.received', data: { amount: -5 } },
    ]);
    expect(() => simulate({ journey, facts: testFacts, persona: bad, start })).toThrow(
      /payment\.received is malformed: data\.amount/,
    );
  });

  it('is deterministic for every persona', () => {
    for (const name of personaNames) {
      const once = simulate({ journey, facts: testFacts, persona: persona(name)!, start });
      const again = simulate({ journey, facts: testFacts, persona: persona(name)!, start });
      expect(again).toEqual(once);
    }
  });
});
