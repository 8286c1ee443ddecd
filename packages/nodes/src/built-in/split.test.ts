import { unitHash } from '@tandem/dsl';
import { factsFixture } from '@tandem/dsl/testing';
import { describe, expect, it } from 'vitest';
import { splitNode } from './split';

const config = splitNode.config.parse({
  variants: [
    { name: 'warm', weight: 70 },
    { name: 'plain', weight: 30 },
  ],
});

function variantFor(enrollmentId: string, nodeId = 'tone'): string {
  const step = splitNode.behaviour.enter({
    nodeId,
    config,
    now: '2026-03-02T03:00:00Z',
    enteredAt: '2026-03-02T03:00:00Z',
    facts: factsFixture(),
    timezone: 'Asia/Ho_Chi_Minh',
    hash: (salt) => unitHash(`${enrollmentId}\u0000${nodeId}\u0000${salt}`),
  });
  if (step.kind !== 'exit') throw new Error('split must exit at once');
  return step.port;
}

describe('split', () => {
  it('puts the same enrollment in the same variant every time', () => {
    expect(variantFor('enr-42')).toBe(variantFor('enr-42'));
  });

  it('follows the weights over many enrollments (70/30 within 2 points over 20,000)', () => {
    let warm = 0;
    for (let i = 0; i < 20_000; i++) if (variantFor(`enr-${i}`) === 'warm') warm++;
    expect(Math.abs(warm / 20_000 - 0.7)).toBeLessThan(0.02);
  });

  it('assigns independently per split node (two splits are not correlated)', () => {
    let same = 0;
    for (let i = 0; i < 10_000; i++)
      if (variantFor(`enr-${i}`, 'a') === variantFor(`enr-${i}`, 'b')) same++;
    // Independent 70/30 splits agree 0.7² + 0.3² = 58% of the time.
    expect(Math.abs(same / 10_000 - 0.58)).toBeLessThan(0.03);
  });

  it('reports weights that do not add up to 100', () => {
    const bad = splitNode.config.parse({
      variants: [
        { name: 'a', weight: 60 },
        { name: 'b', weight: 30 },
      ],
    });
    expect(splitNode.check!(bad)).toEqual([
      {
        code: 'SPLIT_WEIGHTS',
        message: 'weights add up to 90, not 100',
        args: { total: 90 },
        path: ['variants'],
      },
    ]);
  });
});

describe('split experiment block', () => {
  it('is optional: a config without it stays valid and has none', () => {
    const parsed = splitNode.config.parse({
      variants: [
        { name: 'a', weight: 50 },
        { name: 'b', weight: 50 },
      ],
    });
    expect(parsed.experiment).toBeUndefined();
  });

  it('fills in defaults and refuses an unknown metric', () => {
    const parsed = splitNode.config.parse({ experiment: { primaryMetric: 'promiseKept' } });
    expect(parsed.experiment).toEqual({
      primaryMetric: 'promiseKept',
      paidWithinDays: 30,
      guardrails: ['optOut', 'hardshipOrDispute'],
      targetLiftPoints: 5,
    });
    expect(splitNode.config.safeParse({ experiment: { primaryMetric: 'clicks' } }).success).toBe(
      false,
    );
  });
});
