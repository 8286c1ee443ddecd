import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeySchema, type JourneyInput } from '../journey/schema';
import { promoteSplitArm } from './promote-arm';

const toneExperiment = journeySchema.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../../examples/tone-experiment.journey.json', import.meta.url),
      'utf8',
    ),
  ),
);

const midJourney: JourneyInput = {
  dsl: 'journey/v1',
  id: 'mid',
  name: 'Split in the middle',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'hello',
  nodes: [
    { id: 'hello', type: 'remind', next: { sent: 'ab' } },
    { id: 'ab', type: 'split', next: { a: 'sms-a', b: 'sms-b' } },
    { id: 'sms-a', type: 'remind', next: { sent: 'done' } },
    { id: 'sms-b', type: 'remind', next: { sent: 'done' } },
    { id: 'done', type: 'end' },
    { id: 'orphan', type: 'end' },
  ],
  layout: {
    hello: { x: 0, y: 0 },
    ab: { x: 1, y: 0 },
    'sms-a': { x: 2, y: 0 },
    'sms-b': { x: 2, y: 1 },
  },
};

describe('promoteSplitArm', () => {
  it('replaces a starting split by the chosen arm and drops the other arm only', () => {
    const result = promoteSplitArm(toneExperiment, 'tone', 'warm');
    if (!result.ok) throw new Error(result.message);
    expect(result.journey.start).toBe('warm-note');
    expect(result.removedNodes.sort()).toEqual(['plain-note', 'plain-offer', 'plain-wait', 'tone']);
    // Shared tail nodes (reached from both arms) stay.
    expect(result.journey.nodes.map((n) => n.id)).toEqual([
      'warm-note',
      'warm-wait',
      'warm-offer',
      'plan-confirmed',
      'follow-up',
      'end-open',
    ]);
    expect(journeySchema.safeParse(result.journey).success).toBe(true);
    // The input is untouched.
    expect(toneExperiment.nodes).toHaveLength(10);
  });

  it('rewires the ports that led to a split in the middle, keeps layout and orphans', () => {
    const result = promoteSplitArm(journeySchema.parse(midJourney), 'ab', 'b');
    if (!result.ok) throw new Error(result.message);
    expect(result.journey.nodes.find((n) => n.id === 'hello')?.next).toEqual({ sent: 'sms-b' });
    expect(result.removedNodes).toEqual(['ab', 'sms-a']);
    // A node the author had not connected is not ours to delete.
    expect(result.journey.nodes.map((n) => n.id)).toContain('orphan');
    expect(Object.keys(result.journey.layout ?? {})).toEqual(['hello', 'sms-b']);
  });

  it('refuses an unknown node, a node that is not a split, and an unknown arm', () => {
    const parsed = journeySchema.parse(midJourney);
    expect(promoteSplitArm(parsed, 'nope', 'a')).toMatchObject({ ok: false, code: 'UNKNOWN_NODE' });
    expect(promoteSplitArm(parsed, 'hello', 'a')).toMatchObject({ ok: false, code: 'NOT_A_SPLIT' });
    expect(promoteSplitArm(parsed, 'ab', 'c')).toMatchObject({ ok: false, code: 'UNKNOWN_ARM' });
  });
});
