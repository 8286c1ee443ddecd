import { describe, expect, it } from 'vitest';
import {
  newcombeDifference,
  ratioDifference,
  ratioOfMeans,
  wilsonInterval,
  type RatioSums,
} from './holdout-intervals';

// Reference values:
// - Wilson and Newcombe: Newcombe 1998 (Statistics in Medicine 17:873–890), table II, example
//   (a) 56/70 − 48/80: method 10 gives 0.0524 to 0.3339; example (d) 5/56 − 0/29: −0.0381 to 0.1926;
//   the single-proportion Wilson limits of 56/70 worked by hand: centre (0.8 + 1.96²/140) /
//   (1 + 1.96²/70) = 0.7844, half-width 0.0926.
// - Ratio of means: worked in Python from the per-account residuals y − R·x (a different form of
//   the same delta-method variance): Var = Σ(y − R·x)² / (n − 1) / (n·x̄²).

const sumsOf = (units: Array<[due: number, paid: number]>): RatioSums => ({
  n: units.length,
  sumX: units.reduce((s, [x]) => s + x, 0),
  sumY: units.reduce((s, [, y]) => s + y, 0),
  sumXX: units.reduce((s, [x]) => s + x * x, 0),
  sumYY: units.reduce((s, [, y]) => s + y * y, 0),
  sumXY: units.reduce((s, [x, y]) => s + x * y, 0),
});

describe('wilsonInterval', () => {
  it('matches the hand-worked limits of 56/70', () => {
    const { low, high } = wilsonInterval(56, 70);
    expect(low).toBeCloseTo(0.6918, 3);
    expect(high).toBeCloseTo(0.877, 3);
  });

  it('stays inside [0, 1] at 0 of n', () => {
    const { low, high } = wilsonInterval(0, 29);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.117, 3); // Newcombe 1998 table I, 0/29 (1.96²/(29+1.96²))
  });
});

describe('newcombeDifference (Newcombe 1998, method 10)', () => {
  it('reproduces example (a): 56/70 − 48/80', () => {
    const estimate = newcombeDifference(56, 70, 48, 80);
    expect(estimate.difference).toBeCloseTo(0.2, 10);
    expect(estimate.low).toBeCloseTo(0.0524, 4);
    expect(estimate.high).toBeCloseTo(0.3339, 4);
  });

  it('reproduces example (d): 5/56 − 0/29, where the Wald interval would collapse', () => {
    const estimate = newcombeDifference(5, 56, 0, 29);
    expect(estimate.low).toBeCloseTo(-0.0381, 4);
    expect(estimate.high).toBeCloseTo(0.1926, 4);
  });
});

describe('ratioOfMeans (delta method)', () => {
  const journey = sumsOf([
    [100, 50],
    [200, 0],
    [300, 100],
  ]);
  const holdout = sumsOf([
    [100, 0],
    [100, 100],
    [200, 0],
    [200, 20],
  ]);

  it('gives paid ÷ due and the residual-form variance', () => {
    const estimate = ratioOfMeans(journey)!;
    expect(estimate.ratio).toBe(0.25);
    expect(estimate.variance).toBeCloseTo(0.015625, 12);
    expect(ratioOfMeans(holdout)!.variance).toBeCloseTo(0.0325925925925926, 12);
  });

  it('gives the difference with a Wald interval on the summed variances', () => {
    const estimate = ratioDifference(journey, holdout)!;
    expect(estimate.difference).toBeCloseTo(0.05, 12);
    expect(estimate.low).toBeCloseTo(-0.380378782443385, 10);
    expect(estimate.high).toBeCloseTo(0.480378782443385, 10);
  });

  it('has no estimate without two units or with nothing due', () => {
    expect(ratioOfMeans(sumsOf([[100, 10]]))).toBeNull();
    expect(
      ratioOfMeans(
        sumsOf([
          [0, 0],
          [0, 5],
        ]),
      ),
    ).toBeNull();
  });
});
