import { z } from 'zod';
import type { Http } from './http';
import { journeySchema } from './api-schemas';

const interval = z.object({ low: z.number(), high: z.number() }).nullable();
const armSchema = z.object({
  arm: z.string(),
  n: z.number(),
  successes: z.number(),
  rate: z.number().nullable(),
  interval,
});
const comparisonSchema = z.object({
  control: z.string(),
  arm: z.string(),
  lift: z.number().nullable(),
  liftInterval: interval,
  relativeLift: z.number().nullable(),
  relativeLiftInterval: interval,
  pValue: z.number(),
});

export const experimentSchema = z.object({
  journeyId: z.string(),
  version: z.number(),
  nodeId: z.string(),
  configured: z.boolean(),
  primaryMetric: z.enum(['paidWithinDays', 'promiseKept', 'settled', 'planAccepted']),
  paidWithinDays: z.number(),
  alpha: z.number(),
  enrolled: z.record(z.string(), z.number()),
  arms: z.array(armSchema),
  comparisons: z.array(comparisonSchema),
  guardrails: z.array(
    z.object({
      metric: z.string(),
      arms: z.array(armSchema),
      comparisons: z.array(comparisonSchema),
      breachedBy: z.array(z.string()),
    }),
  ),
  verdict: z.object({
    kind: z.enum(['keepRunning', 'better', 'noMeaningfulDifference', 'guardrailBreached']),
    arm: z.string().optional(),
    guardrail: z.string().optional(),
    text: z.string(),
  }),
  minimumDetectableEffect: z.number().nullable(),
  targetEffect: z.number(),
  enrollmentsNeeded: z.number().nullable(),
  daysToDetect: z.number().nullable(),
  recentDailyEnrollments: z.number(),
});
export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentArm = z.infer<typeof armSchema>;
export type ExperimentComparison = z.infer<typeof comparisonSchema>;

/** A split's experiment (always-valid statistics) and "promote this arm" into a new draft. */
export function experimentsApi(http: Http) {
  const id = encodeURIComponent;
  const base = (journeyId: string, version: number, nodeId: string) =>
    `/journeys/${id(journeyId)}/versions/${version}/experiments/${id(nodeId)}`;
  return {
    get: (journeyId: string, version: number, nodeId: string) =>
      http.call('GET', base(journeyId, version, nodeId), experimentSchema),
    promote: (journeyId: string, version: number, nodeId: string, arm: string) =>
      http.call('POST', `${base(journeyId, version, nodeId)}/promote`, journeySchema, { arm }),
  };
}
