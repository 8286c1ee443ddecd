import { describe, expect, it } from 'vitest';
import { analyseExperiment } from './analyse-experiment';
import { enrollmentsToDetect } from './sequential';

const arms = (a: [number, number], b: [number, number]) => [
  { arm: 'a', n: a[0], successes: a[1] },
  { arm: 'b', n: b[0], successes: b[1] },
];

describe('analyseExperiment verdicts', () => {
  it('B is better when its whole lift interval is above 0', () => {
    const r = analyseExperiment({
      primary: arms([2000, 400], [2000, 520]),
      guardrails: [],
      dailyEnrollments: { a: 50, b: 50 },
      targetEffect: 0.03,
    });
    expect(r.verdict).toMatchObject({ kind: 'better', arm: 'b' });
    expect(r.comparisons[0]?.pValue).toBeLessThan(0.05);
  });

  it('A is better when B is confidently worse', () => {
    const r = analyseExperiment({
      primary: arms([2000, 520], [2000, 400]),
      guardrails: [],
      dailyEnrollments: {},
      targetEffect: 0.03,
    });
    expect(r.verdict).toMatchObject({ kind: 'better', arm: 'a' });
  });

  it('no meaningful difference when the interval sits inside ±2 points', () => {
    const r = analyseExperiment({
      primary: arms([40000, 8000], [40000, 8040]),
      guardrails: [],
      dailyEnrollments: {},
      targetEffect: 0.03,
    });
    expect(r.verdict.kind).toBe('noMeaningfulDifference');
  });

  it('keep running with few enrollments, and says how long to detect the target', () => {
    const r = analyseExperiment({
      primary: arms([200, 40], [200, 46]),
      guardrails: [],
      dailyEnrollments: { a: 20, b: 20 },
      targetEffect: 0.05,
    });
    expect(r.verdict.kind).toBe('keepRunning');
    // The total needed at the pooled rate 86/400, minus the 400 so far, at 40 a day.
    const remaining = (enrollmentsToDetect(86 / 400, 0.05, 0.5) ?? 0) - 400;
    expect(remaining).toBeGreaterThan(0);
    expect(r.enrollmentsNeeded).toBe(Math.ceil(remaining / 2));
    expect(r.daysToDetect).toBe(Math.ceil(remaining / 40));
    expect(r.minimumDetectableEffect).toBeGreaterThan(0.05);
  });

  it('a guardrail breach wins over a better primary metric', () => {
    const r = analyseExperiment({
      primary: arms([2000, 400], [2000, 520]),
      guardrails: [{ metric: 'optOut', arms: arms([2000, 20], [2000, 120]) }],
      dailyEnrollments: {},
      targetEffect: 0.03,
    });
    expect(r.verdict).toMatchObject({ kind: 'guardrailBreached', arm: 'b', guardrail: 'optOut' });
  });

  it('shares α among challengers (Bonferroni) with three arms', () => {
    const r = analyseExperiment({
      primary: [...arms([2000, 400], [2000, 420]), { arm: 'c', n: 2000, successes: 540 }],
      guardrails: [],
      dailyEnrollments: {},
      targetEffect: 0.03,
    });
    expect(r.comparisonAlpha).toBeCloseTo(0.025, 10);
    expect(r.verdict).toMatchObject({ kind: 'better', arm: 'c' });
  });
});
