import { z } from 'zod';
import type { Http } from './http';

const rate = z.number().nullable();
const counts = z.record(z.string(), z.number());

const difference = z
  .object({
    estimate: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    enoughData: z.boolean(),
  })
  .nullable();
const armShare = z.object({ n: z.number(), paid: z.number(), share: rate });
const armMoney = z.object({
  accounts: z.number(),
  due: z.number(),
  paid: z.number(),
  payments: z.number(),
  recoveryRate: rate,
});

/** The journey against its launch's holdout (docs/results.md, "Journey vs holdout"). */
export const holdoutComparisonSchema = z.object({
  launchId: z.string(),
  holdoutPercent: z.number(),
  journeyAccounts: z.number(),
  holdoutAccounts: z.number(),
  minimumArmSize: z.number(),
  shares: z.array(z.object({ days: z.number(), journey: armShare, holdout: armShare, difference })),
  recovery: z.array(
    z.object({ currency: z.string(), journey: armMoney, holdout: armMoney, difference }),
  ),
  medianDaysToFirstPayment: z.object({
    journey: z.number().nullable(),
    holdout: z.number().nullable(),
    difference: z.number().nullable(),
  }),
});
export type HoldoutComparison = z.infer<typeof holdoutComparisonSchema>;
export type HoldoutDifference = z.infer<typeof difference>;

export const resultsSummarySchema = z.object({
  journeyId: z.string(),
  version: z.number(),
  enrollments: z.object({
    enrolled: z.number(),
    active: z.number(),
    completed: z.number(),
    completedByOutcome: counts,
    cancelled: z.number(),
    failed: z.number(),
  }),
  promises: z.object({ made: z.number(), kept: z.number(), broken: z.number(), keptRate: rate }),
  plans: z.object({ offered: z.number(), accepted: z.number() }),
  lessonsWatched: z.number(),
  hardship: z.object({ requests: z.number(), holds: z.number(), rate }),
  complaints: z.object({ disputes: z.number(), rate }),
  optOuts: z.number(),
  escalations: z.object({ created: z.number(), resolved: z.number(), overdue: z.number() }),
  money: z.object({
    byCurrency: z.array(
      z.object({
        currency: z.string(),
        paid: z.number(),
        payments: z.number(),
        due: z.number(),
        recoveryRate: rate,
      }),
    ),
    timing: z.object({
      within7: rate,
      within14: rate,
      within30: rate,
      medianDaysToFirstPayment: z.number().nullable(),
      payers: z.number(),
    }),
  }),
  selfServe: z.object({ resolutions: z.number(), withoutAgent: z.number(), share: rate }),
  holdout: holdoutComparisonSchema.nullable().default(null),
});
export type ResultsSummary = z.infer<typeof resultsSummarySchema>;

export const stepResultsSchema = z.object({
  nodeId: z.string(),
  type: z.string().nullable(),
  entered: z.number(),
  visits: z.number(),
  now: z.number(),
  nowEnrollmentIds: z.array(z.string()),
  ended: z.number(),
  ports: z.array(z.object({ port: z.string(), count: z.number(), share: rate })),
  messages: z.array(
    z.object({
      channel: z.string(),
      sent: z.number(),
      delivered: z.number(),
      read: z.number(),
      failed: z.number(),
      suppressed: counts,
      deferred: counts,
    }),
  ),
  secondsAtStep: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
});
export type StepResults = z.infer<typeof stepResultsSchema>;
const stepsSchema = z.object({ steps: z.array(stepResultsSchema) });

const dailySchema = z.object({
  days: z.array(
    z.object({
      day: z.string(),
      enrollments: z.number(),
      sends: z.number(),
      payments: z.number(),
      resolutions: z.number(),
    }),
  ),
});
export type DailyPoint = z.infer<typeof dailySchema>['days'][number];

export const conductSchema = z.object({
  contacts: z.number(),
  outsideWindow: z.number(),
  capBreaches: z.number(),
  duringHold: z.number(),
  afterOptOut: z.number(),
});
export type Conduct = z.infer<typeof conductSchema>;

/** Which results: a published version, and optionally a cohort or day range (YYYY-MM-DD). */
export interface ResultsSelection {
  journeyId: string;
  version: number;
  from?: string;
  to?: string;
}

export type ResultsTable = '' | '/steps' | '/daily' | '/conduct';

/**
 * The path of a results table, without `/v1`; `csv` adds `format=csv` (a plain link downloads
 * it with the session cookie).
 * @example resultsPath({ journeyId: 'gentle', version: 2 }, '/steps')
 */
export function resultsPath(selection: ResultsSelection, table: ResultsTable, csv = false) {
  const query = new URLSearchParams();
  if (selection.from) query.set('from', selection.from);
  if (selection.to) query.set('to', selection.to);
  if (csv) query.set('format', 'csv');
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `/journeys/${encodeURIComponent(selection.journeyId)}/versions/${selection.version}/results${table}${search}`;
}

/** The results API: summary, per-step numbers, daily series and the conduct check. */
export function resultsApi(http: Http) {
  return {
    summary: (s: ResultsSelection) => http.call('GET', resultsPath(s, ''), resultsSummarySchema),
    steps: (s: ResultsSelection) => http.call('GET', resultsPath(s, '/steps'), stepsSchema),
    daily: (s: ResultsSelection) => http.call('GET', resultsPath(s, '/daily'), dailySchema),
    conduct: (s: ResultsSelection) => http.call('GET', resultsPath(s, '/conduct'), conductSchema),
  };
}
