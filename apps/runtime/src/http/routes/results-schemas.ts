// Request and response shapes of the results API (the numbers behind the Results screen and
// the canvas's Results mode), as zod schemas that also make its OpenAPI.
import { z } from '@hono/zod-openapi';

const int = z.number().int();
const rate = z.number().nullable().describe('A share from 0 to 1; null when the base is 0');
const counts = z.record(z.string(), int);

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'a real calendar date',
  );

const format = z
  .enum(['json', 'csv'])
  .optional()
  .openapi({
    param: { name: 'format', in: 'query' },
    description: 'csv for a CSV file (same as Accept: text/csv)',
  });

/** The cohort filter: enrollments created on these UTC days, inclusive. */
export const cohortQuery = z.object({
  from: isoDay.optional().openapi({ param: { name: 'from', in: 'query' }, example: '2026-03-01' }),
  to: isoDay.optional().openapi({ param: { name: 'to', in: 'query' }, example: '2026-03-31' }),
  format,
});

/** The days of a daily series; both default to the last 30 days. */
export const dailyQuery = cohortQuery;

export const csvContent = {
  'text/csv': { schema: z.string().describe('The same table as CSV, one header row') },
};

const difference = z
  .object({
    estimate: z.number().describe('Journey minus holdout'),
    low: z.number().nullable().describe('95 % interval; null under the minimum arm size'),
    high: z.number().nullable(),
    enoughData: z.boolean(),
  })
  .nullable()
  .describe('null when either arm has no base yet');

const armMoney = z.object({
  accounts: int,
  due: z.number(),
  paid: z.number(),
  payments: int,
  recoveryRate: rate,
});

const armShare = z.object({ n: int, paid: int, share: rate });

export const holdoutSchema = z
  .object({
    launchId: z.string(),
    holdoutPercent: int,
    journeyAccounts: int.describe('Accounts the launch enrolled into this version (and cohort)'),
    holdoutAccounts: int.describe('Accounts the launch held out in the same period'),
    minimumArmSize: int,
    shares: z.array(
      z.object({
        days: z.union([z.literal(7), z.literal(14), z.literal(30)]),
        journey: armShare,
        holdout: armShare,
        difference: difference.describe("Newcombe's hybrid score interval"),
      }),
    ),
    recovery: z.array(
      z.object({
        currency: z.string(),
        journey: armMoney,
        holdout: armMoney,
        difference: difference.describe('Ratio of means, delta-method interval'),
      }),
    ),
    medianDaysToFirstPayment: z.object({
      journey: z.number().nullable(),
      holdout: z.number().nullable(),
      difference: z.number().nullable(),
    }),
  })
  .openapi('ResultsHoldout');

export const summarySchema = z
  .object({
    journeyId: z.string(),
    version: int,
    from: z.string().nullable(),
    to: z.string().nullable(),
    enrollments: z.object({
      enrolled: int,
      active: int,
      completed: int,
      completedByOutcome: counts,
      cancelled: int,
      failed: int,
    }),
    promises: z.object({ made: int, kept: int, broken: int, keptRate: rate }),
    plans: z.object({ offered: int, accepted: int }),
    lessonsWatched: int,
    hardship: z.object({ requests: int, holds: int, rate }),
    complaints: z.object({ disputes: int, rate }),
    optOuts: int,
    escalations: z.object({ created: int, resolved: int, overdue: int }),
    money: z.object({
      byCurrency: z.array(
        z.object({
          currency: z.string(),
          paid: z.number(),
          payments: int,
          due: z.number(),
          recoveryRate: rate,
        }),
      ),
      timing: z.object({
        within7: rate,
        within14: rate,
        within30: rate,
        medianDaysToFirstPayment: z.number().nullable(),
        payers: int,
      }),
    }),
    selfServe: z.object({ resolutions: int, withoutAgent: int, share: rate }),
    holdout: holdoutSchema
      .nullable()
      .describe("The journey against its launch's holdout; null when the launch has none"),
  })
  .openapi('ResultsSummary');

export const stepsSchema = z
  .object({
    journeyId: z.string(),
    version: int,
    steps: z.array(
      z.object({
        nodeId: z.string(),
        type: z.string().nullable(),
        entered: int.describe('Distinct enrollments that entered'),
        visits: int,
        now: int.describe('Live enrollments at this step now'),
        nowEnrollmentIds: z.array(z.string()).describe('The first 50 of them, oldest first'),
        ended: int,
        ports: z.array(z.object({ port: z.string(), count: int, share: rate })),
        messages: z.array(
          z.object({
            channel: z.string(),
            sent: int,
            delivered: int,
            read: int,
            failed: int,
            suppressed: counts.describe('By reason: hold, window, holiday, cap, opt-out, other'),
            deferred: counts,
          }),
        ),
        secondsAtStep: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
      }),
    ),
  })
  .openapi('ResultsSteps');

export const dailySchema = z
  .object({
    journeyId: z.string(),
    version: int,
    days: z.array(
      z.object({ day: z.string(), enrollments: int, sends: int, payments: int, resolutions: int }),
    ),
  })
  .openapi('ResultsDaily');

export const conductSchema = z
  .object({
    journeyId: z.string(),
    version: int,
    contacts: int,
    outsideWindow: int.describe('Must read 0'),
    capBreaches: int.describe('Must read 0'),
    duringHold: int.describe('Must read 0'),
    afterOptOut: int.describe('Must read 0'),
  })
  .openapi('ResultsConduct');
