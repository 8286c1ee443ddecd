// The journey against its holdout: the same money numbers for the accounts a launch enrolled
// and for the accounts it matched and deliberately left alone, with the difference and a 95 %
// interval. Every number is defined in docs/results.md ("Journey vs holdout").
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../client';
import {
  minimumArmSize,
  newcombeDifference,
  ratioDifference,
  type DifferenceEstimate,
  type RatioSums,
} from '@tandem/dsl';
import { scopedEnrollments, type ResultsScope } from './scope';
import { sqlRows } from './sql-rows';

export interface ArmShare {
  /** Accounts at least N days past their start (enrolled or held out) before now. */
  n: number;
  /** Of those, accounts with a payment within N days of their start. */
  paid: number;
  share: number | null;
}

export interface ArmMoney {
  accounts: number;
  due: number;
  paid: number;
  payments: number;
  recoveryRate: number | null;
}

export interface Difference {
  /** Journey minus holdout. */
  estimate: number;
  /** The 95 % interval; null under the minimum arm size ("not enough data"). */
  low: number | null;
  high: number | null;
  enoughData: boolean;
}

export interface HoldoutComparison {
  launchId: string;
  holdoutPercent: number;
  journeyAccounts: number;
  holdoutAccounts: number;
  minimumArmSize: number;
  shares: Array<{
    days: 7 | 14 | 30;
    journey: ArmShare;
    holdout: ArmShare;
    difference: Difference | null;
  }>;
  recovery: Array<{
    currency: string;
    journey: ArmMoney;
    holdout: ArmMoney;
    difference: Difference | null;
  }>;
  medianDaysToFirstPayment: {
    journey: number | null;
    holdout: number | null;
    /** Journey minus holdout; no interval (see docs/results.md). */
    difference: number | null;
  };
}

export interface HoldoutScope extends ResultsScope {
  journeyId: string;
}

const windows = [7, 14, 30] as const;

/**
 * `units`: one row per account in the comparison, with its arm and the instant it started.
 * Journey: the scoped enrollments the launch made (created_by "launch <journey id>"). Holdout:
 * the journey's launch_holdouts held out in the same period: the cohort days when given, else
 * while this version was the newest published one (launches enrol into the newest version).
 */
function comparisonUnits(scope: HoldoutScope, nowIso: string): SQL {
  const period =
    scope.from || scope.to
      ? sql`${scope.from ? sql`and h.held_out_at >= ${scope.from}::date` : sql``}
            ${scope.to ? sql`and h.held_out_at < ${scope.to}::date + 1` : sql``}`
      : sql`and h.held_out_at >= v.created_at
            and not exists (select 1 from journey_versions nv
                             where nv.journey_id = v.journey_id and nv.version > v.version
                               and nv.created_at <= h.held_out_at)`;
  return sql`${scopedEnrollments(scope)},
    units as (
      select 'journey' as arm, se.account_id, se.created_at as started_at
        from scoped_enrollments se
       where se.created_by = ${`launch ${scope.journeyId}`}
      union all
      select 'holdout' as arm, h.account_id, h.held_out_at as started_at
        from launch_holdouts h join journey_versions v on v.id = ${scope.journeyVersionId}
       where h.journey_id = ${scope.journeyId} ${period}),
    unit_payments as (
      select u.arm, u.account_id, u.started_at, a.currency, a.amount_due::float8 as due,
             coalesce(sum((ev.data->>'amount')::numeric)
                        filter (where coalesce(ev.data->>'currency', a.currency) = a.currency), 0)::float8 as paid,
             count(ev.id)::int as payments,
             extract(epoch from min(ev.occurred_at) - u.started_at) / 86400 as first_days
        from units u
        join accounts a on a.id = u.account_id
        left join events ev on ev.account_id = u.account_id and ev.type = 'payment.received'
         and ev.occurred_at >= u.started_at and ev.occurred_at <= ${nowIso}::timestamptz
       group by u.arm, u.account_id, u.started_at, a.currency, a.amount_due)`;
}

type ArmName = 'journey' | 'holdout';

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const toDifference = (
  estimate: DifferenceEstimate | null,
  point: number | null,
  enough: boolean,
) =>
  point === null
    ? null
    : {
        estimate: point,
        low: enough && estimate ? estimate.low : null,
        high: enough && estimate ? estimate.high : null,
        enoughData: enough && estimate !== null,
      };

/**
 * The comparison for a version (and cohort), or null when the journey's launch has no holdout.
 * Both arms count payments the same way: payment.received events naming the account, from its
 * start to now (a held-out account is in no journey, so nothing is routed to it; using the same
 * rule for the enrolled accounts keeps the difference about the journey, not the counting).
 * @example holdoutComparison(db, { journeyId, journeyVersionId }, new Date())
 */
export async function holdoutComparison(
  db: Database,
  scope: HoldoutScope,
  now: Date,
): Promise<HoldoutComparison | null> {
  const [launch] = await sqlRows<{ id: string; holdout_percent: number; holdouts: number }>(
    db,
    sql`select l.id, l.holdout_percent::int as holdout_percent,
               (select count(*)::int from launch_holdouts h where h.launch_id = l.id) as holdouts
          from launches l where l.journey_id = ${scope.journeyId}`,
  );
  if (!launch || (launch.holdout_percent === 0 && launch.holdouts === 0)) return null;
  const nowIso = now.toISOString();
  const units = comparisonUnits(scope, nowIso);
  const [money, timing] = await Promise.all([
    sqlRows<{
      arm: ArmName;
      currency: string;
      n: number;
      sum_x: number;
      sum_y: number;
      sum_xx: number;
      sum_yy: number;
      sum_xy: number;
      payments: number;
    }>(
      db,
      sql`with ${units}
          select arm, currency, count(*)::int as n, sum(due)::float8 as sum_x, sum(paid)::float8 as sum_y,
                 sum(due * due)::float8 as sum_xx, sum(paid * paid)::float8 as sum_yy,
                 sum(due * paid)::float8 as sum_xy, sum(payments)::int as payments
            from unit_payments group by arm, currency order by currency, arm`,
    ),
    sqlRows<{
      arm: ArmName;
      accounts: number;
      matured7: number;
      paid7: number;
      matured14: number;
      paid14: number;
      matured30: number;
      paid30: number;
      median_days: number | null;
    }>(
      db,
      sql`with ${units}
          select arm, count(*)::int as accounts,
            ${sql.join(
              windows.map(
                (
                  days,
                ) => sql`count(*) filter (where started_at <= ${nowIso}::timestamptz - ${`${days} days`}::interval)::int as ${sql.raw(`matured${days}`)},
                count(*) filter (where started_at <= ${nowIso}::timestamptz - ${`${days} days`}::interval and first_days <= ${days})::int as ${sql.raw(`paid${days}`)},`,
              ),
            )}
            (percentile_cont(0.5) within group (order by first_days))::float8 as median_days
          from unit_payments group by arm`,
    ),
  ]);
  const arm = (name: ArmName) =>
    timing.find((row) => row.arm === name) ?? {
      arm: name,
      accounts: 0,
      matured7: 0,
      paid7: 0,
      matured14: 0,
      paid14: 0,
      matured30: 0,
      paid30: 0,
      median_days: null,
    };
  const journey = arm('journey');
  const holdout = arm('holdout');

  const shares = windows.map((days) => {
    const share = (row: typeof journey): ArmShare => {
      const n = row[`matured${days}` as const];
      const paid = row[`paid${days}` as const];
      return { n, paid, share: ratio(paid, n) };
    };
    const j = share(journey);
    const h = share(holdout);
    const enough = j.n >= minimumArmSize && h.n >= minimumArmSize;
    const estimate = j.n > 0 && h.n > 0 ? newcombeDifference(j.paid, j.n, h.paid, h.n) : null;
    const point = j.share !== null && h.share !== null ? j.share - h.share : null;
    return { days, journey: j, holdout: h, difference: toDifference(estimate, point, enough) };
  });

  const currencies = [...new Set(money.map((row) => row.currency))];
  const recovery = currencies.map((currency) => {
    const sums = (name: ArmName): RatioSums & { payments: number } => {
      const row = money.find((m) => m.currency === currency && m.arm === name);
      return row
        ? {
            n: row.n,
            sumX: row.sum_x,
            sumY: row.sum_y,
            sumXX: row.sum_xx,
            sumYY: row.sum_yy,
            sumXY: row.sum_xy,
            payments: row.payments,
          }
        : { n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0, payments: 0 };
    };
    const view = (s: RatioSums & { payments: number }): ArmMoney => ({
      accounts: s.n,
      due: s.sumX,
      paid: s.sumY,
      payments: s.payments,
      recoveryRate: ratio(s.sumY, s.sumX),
    });
    const j = sums('journey');
    const h = sums('holdout');
    const jv = view(j);
    const hv = view(h);
    const point =
      jv.recoveryRate !== null && hv.recoveryRate !== null
        ? jv.recoveryRate - hv.recoveryRate
        : null;
    const enough = j.n >= minimumArmSize && h.n >= minimumArmSize;
    return {
      currency,
      journey: jv,
      holdout: hv,
      difference: toDifference(ratioDifference(j, h), point, enough),
    };
  });

  return {
    launchId: launch.id,
    holdoutPercent: launch.holdout_percent,
    journeyAccounts: journey.accounts,
    holdoutAccounts: holdout.accounts,
    minimumArmSize,
    shares,
    recovery,
    medianDaysToFirstPayment: {
      journey: journey.median_days,
      holdout: holdout.median_days,
      difference:
        journey.median_days !== null && holdout.median_days !== null
          ? journey.median_days - holdout.median_days
          : null,
    },
  };
}
