import { describe, expect, it } from 'vitest';
import { defaultFacts } from './borrower';
import { formatSimulation, outcomeLine, type SimulationReport } from './format-simulation';

const result = (
  overrides: Partial<SimulationReport['result']> = {},
): SimulationReport['result'] => ({
  outcome: 'paid',
  state: { node: null },
  timeline: [
    {
      at: '2026-03-02T13:00:00.000Z',
      localTime: '2026-03-02 08:00 (Mon)',
      nodeId: 'hello',
      kind: 'deferred',
      reason: 'window',
    },
    {
      at: '2026-03-02T13:00:00.000Z',
      localTime: '2026-03-02 08:00 (Mon)',
      nodeId: 'hello',
      kind: 'sent',
      channel: 'sms',
      text: 'Hi',
    },
    {
      at: '2026-03-02T15:00:00.000Z',
      localTime: '2026-03-02 10:00 (Mon)',
      nodeId: 'wait',
      kind: 'event',
      event: 'payment.settled',
      reason: 'exit',
    },
  ],
  ...overrides,
});

describe('outcomeLine', () => {
  it('names the outcome and counts what happened', () => {
    expect(outcomeLine(result(), 30)).toBe('Outcome: paid · 1 message sent, 1 deferred, 1 event');
  });

  it('says where the journey still waits at the horizon', () => {
    const running = result({ outcome: null, state: { node: { id: 'wait-2d' } }, timeline: [] });
    expect(outcomeLine(running, 1)).toBe(
      'Outcome: none: still running after 1 day at node "wait-2d" · 0 messages sent',
    );
  });
});

describe('formatSimulation', () => {
  it('heads the table with the journey, persona, borrower and start, and ends with the outcome', () => {
    const text = formatSimulation({
      journey: { id: 'cli-fixture', name: 'CLI fixture' },
      persona: { name: 'silent', description: 'Never answers, never pays' },
      facts: defaultFacts('vi', '2026-03-02T09:00:00Z'),
      start: '2026-03-02T09:00:00.000Z',
      days: 30,
      result: result(),
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Journey   cli-fixture: CLI fixture',
      'Persona   silent: Never answers, never pays',
      'Borrower  Lan (vi, Asia/Ho_Chi_Minh, VN) · 2500000 VND due 2026-02-27 · 3 days past due',
      'Start     2026-03-02 09:00 UTC, for 30 days',
    ]);
    expect(lines[5]).toMatch(/^UTC +Borrower local/);
    expect(lines.at(-2)).toBe('Outcome: paid · 1 message sent, 1 deferred, 1 event');
    expect(text.endsWith('\n')).toBe(true);
  });
});
