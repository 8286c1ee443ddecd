// Always-valid (sequential) inference for conversion rates: the mixture sequential probability
// ratio test (mSPRT) with a normal mixing distribution, as in Johari, Pekelis & Walsh,
// "Always Valid Inference: Bringing Sequential Analysis to A/B Testing" (2017, arXiv:1512.04922),
// section 4 and the two-stream formula used by Optimizely's Stats Engine. Its p-values and
// confidence intervals stay valid however often someone looks, so a manager may open the page
// every day without inflating false positives.
//
// Pure functions, no I/O. Closed-form: no distribution quantiles are needed, because the mixture
// likelihood ratio of a normal statistic under a N(0, τ²) prior on the effect is analytic.

/**
 * The mixture likelihood ratio Λ for an observed difference `estimate` whose variance is
 * `variance`, mixing the alternative over θ ~ N(0, τ²):
 *   Λ = sqrt(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²)))
 * (Johari et al. 2017, eq. for the normal-mixture mSPRT; θ₀ = 0).
 * @example mixtureLikelihoodRatio(0.05, 0.0004, 0.0025) // ≈ 5.49
 */
export function mixtureLikelihoodRatio(
  estimate: number,
  variance: number,
  tauSquared: number,
): number {
  const total = variance + tauSquared;
  return (
    Math.sqrt(variance / total) *
    Math.exp((tauSquared * estimate * estimate) / (2 * variance * total))
  );
}

/**
 * Half-width of the always-valid (1 − α) confidence sequence around an estimate with variance V:
 * the set of θ₀ whose mSPRT has not rejected, |θ̂ − θ₀| < sqrt(V (V + τ²)/τ² · (ln((V + τ²)/V) − 2 ln α)).
 * @example confidenceHalfWidth(0.0004, 0.0025, 0.05) // ≈ 0.0608
 */
export function confidenceHalfWidth(variance: number, tauSquared: number, alpha: number): number {
  const total = variance + tauSquared;
  return Math.sqrt(
    ((variance * total) / tauSquared) * (Math.log(total / variance) - 2 * Math.log(alpha)),
  );
}

/** Observed counts of one arm: enrollments that reached the metric's horizon and successes. */
export interface ArmCounts {
  arm: string;
  n: number;
  successes: number;
}

export interface Interval {
  low: number;
  high: number;
}

export interface SequentialSettings {
  /** Error rate: a false "better" is declared with probability at most α, at any look. */
  alpha: number;
  /**
   * Standard deviation τ of the normal mixture over effects (absolute rate difference): the test
   * is most powerful for effects around τ. Defaults to the smallest effect worth acting on.
   */
  tau: number;
  /** Below this |difference| the arms are "no meaningful difference" (absolute rate). */
  meaningfulEffect: number;
  /** Each arm needs this many enrollments before anything is computed (the normal approximation). */
  minimumPerArm: number;
}

export const defaultSequentialSettings: SequentialSettings = {
  alpha: 0.05,
  tau: 0.05,
  meaningfulEffect: 0.02,
  minimumPerArm: 30,
};

/** One arm's rate with its always-valid interval (null until the arm has enough enrollments). */
export interface ArmEstimate extends ArmCounts {
  rate: number | null;
  interval: Interval | null;
}

/** A challenger arm compared with the control arm, B − A. */
export interface Comparison {
  control: string;
  arm: string;
  /** Absolute lift: rate(arm) − rate(control). */
  lift: number | null;
  liftInterval: Interval | null;
  /** Relative lift: (rate(arm) − rate(control)) / rate(control). */
  relativeLift: number | null;
  /** Null when the control's rate could be 0 (the ratio is unbounded). */
  relativeLiftInterval: Interval | null;
  /** Always-valid p-value (running minimum of 1/Λ over the looks given, capped at 1). */
  pValue: number;
}

const rateOf = (a: ArmCounts) => (a.n > 0 ? a.successes / a.n : 0);
const varianceOf = (a: ArmCounts) => {
  const p = rateOf(a);
  return (p * (1 - p)) / a.n;
};
const enough = (a: ArmCounts, s: SequentialSettings) =>
  a.n >= s.minimumPerArm && a.n > 0 && varianceOf(a) > 0;

/**
 * A rate and its always-valid interval: the same normal-mixture confidence sequence on one mean,
 * clipped to [0, 1].
 * @example estimateArm({ arm: 'a', n: 400, successes: 80 }, defaultSequentialSettings)
 */
export function estimateArm(
  counts: ArmCounts,
  settings: SequentialSettings = defaultSequentialSettings,
  alpha = settings.alpha,
): ArmEstimate {
  if (counts.n === 0) return { ...counts, rate: null, interval: null };
  const rate = rateOf(counts);
  if (!enough(counts, settings)) return { ...counts, rate, interval: null };
  const half = confidenceHalfWidth(varianceOf(counts), settings.tau ** 2, alpha);
  return {
    ...counts,
    rate,
    interval: { low: Math.max(0, rate - half), high: Math.min(1, rate + half) },
  };
}

/**
 * Compares one arm with the control at a single look. `previousPValue` carries the running
 * minimum from earlier looks (the always-valid p-value never rises); without history the
 * p-value is min(1, 1/Λ), which is itself valid at this look.
 * @example compareArms({ arm: 'a', n: 1000, successes: 200 }, { arm: 'b', n: 1000, successes: 260 })
 */
export function compareArms(
  control: ArmCounts,
  challenger: ArmCounts,
  settings: SequentialSettings = defaultSequentialSettings,
  previousPValue = 1,
  alpha = settings.alpha,
): Comparison {
  const base = { control: control.arm, arm: challenger.arm };
  if (!enough(control, settings) || !enough(challenger, settings)) {
    const lift = control.n > 0 && challenger.n > 0 ? rateOf(challenger) - rateOf(control) : null;
    return {
      ...base,
      lift,
      liftInterval: null,
      relativeLift: lift !== null && rateOf(control) > 0 ? lift / rateOf(control) : null,
      relativeLiftInterval: null,
      pValue: previousPValue,
    };
  }
  const tauSquared = settings.tau ** 2;
  const lift = rateOf(challenger) - rateOf(control);
  const variance = varianceOf(control) + varianceOf(challenger);
  const ratio = mixtureLikelihoodRatio(lift, variance, tauSquared);
  const pValue = Math.min(previousPValue, 1, 1 / ratio);
  const half = confidenceHalfWidth(variance, tauSquared, alpha);
  const liftInterval = { low: lift - half, high: lift + half };
  // Relative lift: a Bonferroni union of the control rate's and the difference's confidence
  // sequences (each at α/2) bounds the ratio θ/p_A over the rectangle's corners, valid at α.
  const halfAtHalfAlpha = confidenceHalfWidth(variance, tauSquared, alpha / 2);
  const controlRange = estimateArm(control, settings, alpha / 2).interval;
  let relativeLiftInterval: Interval | null = null;
  if (controlRange && controlRange.low > 0) {
    const corners = [lift - halfAtHalfAlpha, lift + halfAtHalfAlpha].flatMap((d) => [
      d / controlRange.low,
      d / controlRange.high,
    ]);
    relativeLiftInterval = { low: Math.min(...corners), high: Math.max(...corners) };
  }
  return {
    ...base,
    lift,
    liftInterval,
    relativeLift: rateOf(control) > 0 ? lift / rateOf(control) : null,
    relativeLiftInterval,
    pValue,
  };
}

/**
 * The smallest absolute difference the test can declare at this sample size: an observed
 * difference at least this large is significant now. Uses the pooled rate for both arms.
 * Null when there is no variance yet.
 * @example minimumDetectableEffect(0.2, 1000, 1000, defaultSequentialSettings) // ≈ 0.0543
 */
export function minimumDetectableEffect(
  pooledRate: number,
  nControl: number,
  nChallenger: number,
  settings: SequentialSettings = defaultSequentialSettings,
  alpha = settings.alpha,
): number | null {
  const unit = pooledRate * (1 - pooledRate);
  if (unit <= 0 || nControl <= 0 || nChallenger <= 0) return null;
  const variance = unit / nControl + unit / nChallenger;
  return confidenceHalfWidth(variance, settings.tau ** 2, alpha);
}

/**
 * Enrollments per arm needed before an effect of `effect` (absolute) becomes detectable, with
 * arms growing in the ratio `shareChallenger` : 1 − `shareChallenger`: the smallest total n whose
 * minimum detectable effect is at most `effect` (bisection on a monotone function).
 * @example enrollmentsToDetect(0.2, 0.05, 0.5, defaultSequentialSettings) // ≈ 2000 in total
 */
export function enrollmentsToDetect(
  pooledRate: number,
  effect: number,
  shareChallenger: number,
  settings: SequentialSettings = defaultSequentialSettings,
  alpha = settings.alpha,
): number | null {
  if (effect <= 0 || shareChallenger <= 0 || shareChallenger >= 1) return null;
  if (pooledRate <= 0 || pooledRate >= 1) return null;
  const mde = (total: number) =>
    minimumDetectableEffect(
      pooledRate,
      total * (1 - shareChallenger),
      total * shareChallenger,
      settings,
      alpha,
    ) ?? Infinity;
  let high = 2;
  while (mde(high) > effect) {
    high *= 2;
    if (high > 1e12) return null;
  }
  let low = high / 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (mde(middle) > effect) low = middle;
    else high = middle;
  }
  return high;
}
