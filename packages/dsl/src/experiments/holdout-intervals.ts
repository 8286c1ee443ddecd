// Confidence intervals for the journey-versus-holdout comparison. Pure functions, so the numbers
// can be checked against published reference values (holdout-intervals.test.ts).
import type { Interval } from './sequential';

/** z for a two-sided 95 % interval (the 0.975 quantile of the standard normal). */
export const z95 = 1.959963984540054;

/** Below this many units in either arm a difference is reported as "not enough data". */
export const minimumArmSize = 30;

/**
 * Wilson's score interval for one proportion k/n (Wilson 1927; Newcombe 1998, method 3).
 * @example wilsonInterval(56, 70) // { low: 0.6920, high: 0.8770 } (rounded)
 */
export function wilsonInterval(k: number, n: number, z = z95): Interval {
  if (n <= 0) throw new RangeError('n must be positive');
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface DifferenceEstimate extends Interval {
  difference: number;
}

/**
 * The difference of two independent proportions k1/n1 − k2/n2 with Newcombe's hybrid score
 * interval (Newcombe, R. G. 1998, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, method 10):
 * the Wilson limits of each proportion combined by the square-and-add rule. Unlike the Wald
 * interval it stays inside [−1, 1] and behaves with shares near 0 or 1 and small n.
 * @example newcombeDifference(56, 70, 48, 80) // difference 0.2, 0.0524 to 0.3339 (Newcombe's table II)
 */
export function newcombeDifference(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z = z95,
): DifferenceEstimate {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const one = wilsonInterval(k1, n1, z);
  const two = wilsonInterval(k2, n2, z);
  const difference = p1 - p2;
  return {
    difference,
    low: difference - Math.sqrt((p1 - one.low) ** 2 + (two.high - p2) ** 2),
    high: difference + Math.sqrt((one.high - p1) ** 2 + (p2 - two.low) ** 2),
  };
}

/**
 * Sufficient statistics of one arm for a ratio of means Σy ÷ Σx (here: paid ÷ due over accounts):
 * n units and the sums of x, y, x², y² and xy.
 */
export interface RatioSums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

export interface RatioEstimate {
  ratio: number;
  /** Delta-method variance of the ratio. */
  variance: number;
}

/**
 * A ratio of means R = ȳ / x̄ and its delta-method variance
 * Var(R) ≈ (s²_y − 2R·s_xy + R²·s²_x) / (n·x̄²), with sample (n − 1) variances
 * (Cochran, W. G. 1977, Sampling Techniques, 3rd ed., §6.3, eq. 6.9; the same formula as
 * Deng, Knoblich & Lu 2018, "Applying the delta method in metric analytics", KDD, §3).
 * Accounts are the units, so correlated payments of one account are handled.
 * @example ratioOfMeans({ n: 3, sumX: 600, sumY: 150, sumXX: 140000, sumYY: 12500, sumXY: 40000 })
 */
export function ratioOfMeans(sums: RatioSums): RatioEstimate | null {
  const { n, sumX, sumY, sumXX, sumYY, sumXY } = sums;
  if (n < 2 || sumX <= 0) return null;
  const meanX = sumX / n;
  const meanY = sumY / n;
  const ratio = sumY / sumX;
  const varX = (sumXX - n * meanX * meanX) / (n - 1);
  const varY = (sumYY - n * meanY * meanY) / (n - 1);
  const covXY = (sumXY - n * meanX * meanY) / (n - 1);
  const variance = Math.max(
    0,
    (varY - 2 * ratio * covXY + ratio * ratio * varX) / (n * meanX * meanX),
  );
  return { ratio, variance };
}

/**
 * The difference of two independent ratios of means with a Wald interval on the delta-method
 * variances (Var(R1 − R2) = Var(R1) + Var(R2), the arms being independent).
 */
export function ratioDifference(
  one: RatioSums,
  two: RatioSums,
  z = z95,
): DifferenceEstimate | null {
  const a = ratioOfMeans(one);
  const b = ratioOfMeans(two);
  if (!a || !b) return null;
  const difference = a.ratio - b.ratio;
  const half = z * Math.sqrt(a.variance + b.variance);
  return { difference, low: difference - half, high: difference + half };
}
