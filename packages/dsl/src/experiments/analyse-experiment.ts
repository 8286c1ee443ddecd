// Turns per-arm counts into what the experiment page shows: rates, lifts, always-valid p-values,
// a plain verdict, the minimum detectable effect and about how long until a chosen effect can be
// detected. Pure: the runtime counts, this decides.
import {
  compareArms,
  defaultSequentialSettings,
  enrollmentsToDetect,
  estimateArm,
  minimumDetectableEffect,
  type ArmCounts,
  type ArmEstimate,
  type Comparison,
  type SequentialSettings,
} from './sequential';

export type Verdict =
  | { kind: 'keepRunning'; text: string }
  | { kind: 'better'; arm: string; text: string }
  | { kind: 'noMeaningfulDifference'; text: string }
  | { kind: 'guardrailBreached'; arm: string; guardrail: string; text: string };

export interface GuardrailInput {
  /** e.g. "optOut", "hardshipOrDispute". */
  metric: string;
  /** One entry per arm, in the same order as the primary metric's arms. */
  arms: ArmCounts[];
}

export interface GuardrailResult {
  metric: string;
  arms: ArmEstimate[];
  comparisons: Comparison[];
  /** Arms whose rate is higher (worse) than the control's with always-valid confidence. */
  breachedBy: string[];
}

export interface ExperimentInput {
  /** Arms in the split's order; the first is the control ("A"). */
  primary: ArmCounts[];
  guardrails: GuardrailInput[];
  /** New enrollments per arm per day over the recent window (for the time to detect). */
  dailyEnrollments: Record<string, number>;
  /** Effect (absolute rate difference) the manager wants to be able to detect. */
  targetEffect: number;
  settings?: Partial<SequentialSettings>;
}

export interface ExperimentAnalysis {
  alpha: number;
  /** α per comparison after Bonferroni over challengers (α when there are two arms). */
  comparisonAlpha: number;
  arms: ArmEstimate[];
  comparisons: Comparison[];
  guardrails: GuardrailResult[];
  verdict: Verdict;
  /** Smallest absolute difference detectable now (first challenger vs control). */
  minimumDetectableEffect: number | null;
  targetEffect: number;
  /** Enrollments per arm still needed to detect `targetEffect` (0 when already enough). */
  enrollmentsNeeded: number | null;
  /** Days at the recent enrollment rate; null when nothing enrolls or the rate is unknown. */
  daysToDetect: number | null;
}

const percent = (x: number) => `${(x * 100).toFixed(1)} points`;

/**
 * Analyses a split's arms: each challenger against the first arm (the control), α shared among
 * challengers (Bonferroni), guardrails that must not get worse, and the verdict:
 * guardrail breached > an arm is better > no meaningful difference > keep running.
 * @example analyseExperiment({ primary: [{ arm: 'a', n: 2000, successes: 400 }, { arm: 'b', n: 2000, successes: 520 }], guardrails: [], dailyEnrollments: { a: 50, b: 50 }, targetEffect: 0.03 }).verdict.kind // 'better'
 */
export function analyseExperiment(input: ExperimentInput): ExperimentAnalysis {
  const settings: SequentialSettings = { ...defaultSequentialSettings, ...input.settings };
  const [control, ...challengers] = input.primary;
  if (!control) throw new Error('an experiment needs at least one arm');
  const comparisonAlpha = settings.alpha / Math.max(1, challengers.length);
  const arms = input.primary.map((a) => estimateArm(a, settings, comparisonAlpha));
  const comparisons = challengers.map((c) => compareArms(control, c, settings, 1, comparisonAlpha));

  const guardrails = input.guardrails.map((g): GuardrailResult => {
    const [gControl, ...gChallengers] = g.arms;
    const gComparisons = gControl
      ? gChallengers.map((c) => compareArms(gControl, c, settings, 1, comparisonAlpha))
      : [];
    return {
      metric: g.metric,
      arms: g.arms.map((a) => estimateArm(a, settings, comparisonAlpha)),
      comparisons: gComparisons,
      breachedBy: gComparisons
        .filter((c) => c.liftInterval !== null && c.liftInterval.low > 0)
        .map((c) => c.arm),
    };
  });

  const first = challengers[0];
  const pooledN = input.primary.reduce((s, a) => s + a.n, 0);
  const pooledRate = pooledN > 0 ? input.primary.reduce((s, a) => s + a.successes, 0) / pooledN : 0;
  const mde = first
    ? minimumDetectableEffect(pooledRate, control.n, first.n, settings, comparisonAlpha)
    : null;

  let enrollmentsNeeded: number | null = null;
  let daysToDetect: number | null = null;
  if (first) {
    const controlDaily = input.dailyEnrollments[control.arm] ?? 0;
    const firstDaily = input.dailyEnrollments[first.arm] ?? 0;
    const share =
      controlDaily + firstDaily > 0
        ? firstDaily / (controlDaily + firstDaily)
        : control.n + first.n > 0
          ? first.n / (control.n + first.n)
          : 0.5;
    const total = enrollmentsToDetect(
      pooledRate,
      input.targetEffect,
      share,
      settings,
      comparisonAlpha,
    );
    if (total !== null) {
      const current = control.n + first.n;
      const remaining = Math.max(0, total - current);
      enrollmentsNeeded = Math.ceil(remaining / 2);
      const daily = controlDaily + firstDaily;
      daysToDetect = remaining === 0 ? 0 : daily > 0 ? Math.ceil(remaining / daily) : null;
    }
  }

  return {
    alpha: settings.alpha,
    comparisonAlpha,
    arms,
    comparisons,
    guardrails,
    verdict: decide(comparisons, guardrails, settings),
    minimumDetectableEffect: mde,
    targetEffect: input.targetEffect,
    enrollmentsNeeded,
    daysToDetect,
  };
}

function decide(
  comparisons: Comparison[],
  guardrails: GuardrailResult[],
  settings: SequentialSettings,
): Verdict {
  for (const g of guardrails) {
    const arm = g.breachedBy[0];
    if (arm !== undefined)
      return {
        kind: 'guardrailBreached',
        arm,
        guardrail: g.metric,
        text: `Guardrail breached: ${arm} makes ${g.metric} worse. Stop or fix ${arm} before promoting anything.`,
      };
  }
  const decided = comparisons.filter((c) => c.liftInterval !== null);
  if (decided.length === 0 || decided.length < comparisons.length)
    return { kind: 'keepRunning', text: 'Keep running: not enough enrollments in each arm yet.' };
  // The best challenger whose whole interval is above 0 wins; if every challenger is confidently
  // below the control, the control wins.
  const winners = decided
    .filter((c) => (c.liftInterval?.low ?? 0) > 0)
    .sort((x, y) => (y.lift ?? 0) - (x.lift ?? 0));
  const winner = winners[0];
  if (winner)
    return {
      kind: 'better',
      arm: winner.arm,
      text: `${winner.arm} is better: it lifts the rate by ${percent(winner.lift ?? 0)} over ${winner.control}.`,
    };
  if (decided.every((c) => (c.liftInterval?.high ?? 0) < 0)) {
    const control = decided[0]?.control ?? 'the control';
    return {
      kind: 'better',
      arm: control,
      text: `${control} is better: every other arm lowers the rate.`,
    };
  }
  const m = settings.meaningfulEffect;
  if (decided.every((c) => c.liftInterval && c.liftInterval.low > -m && c.liftInterval.high < m))
    return {
      kind: 'noMeaningfulDifference',
      text: `No meaningful difference: any true difference is smaller than ${percent(m)}.`,
    };
  return { kind: 'keepRunning', text: 'Keep running: no arm is better yet.' };
}
