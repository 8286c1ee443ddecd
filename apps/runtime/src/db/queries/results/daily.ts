// Daily series for the charts: what happened on each UTC day to the version's enrollments.
// Unlike the summary (a cohort by enrollment date), the date range here bounds the days. It reads
// the counters migration 0017 keeps (enrollment_facts, routed_payments, journey_daily_sends).
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { sqlRows } from './sql-rows';

export interface DailyPoint {
  /** YYYY-MM-DD, UTC. */
  day: string;
  enrollments: number;
  /** Contact-ledger rows with outcome "sent". */
  sends: number;
  /** payment.received events routed to the enrollments. */
  payments: number;
  /** Completed enrollments that had a routed payment, by the day they completed. */
  resolutions: number;
}

/** Longest series one request returns; a longer range is refused at the boundary. */
export const maxDailyDays = 731;

/** @example dailySeries(db, versionId, { from: '2026-03-01', to: '2026-03-31' }) */
export async function dailySeries(
  db: Database,
  journeyVersionId: string,
  range: { from: string; to: string },
): Promise<DailyPoint[]> {
  const day = (column: ReturnType<typeof sql>) => sql`(${column} at time zone 'UTC')::date`;
  const inRange = (column: ReturnType<typeof sql>) =>
    sql`${column} >= ${range.from}::date and ${column} < ${range.to}::date + 1`;
  const version = journeyVersionId;
  return sqlRows<DailyPoint>(
    db,
    sql`with days as (select d::date as day from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') d),
        enrolled as (select ${day(sql`created_at`)} as day, count(*) as n from enrollment_facts
                      where journey_version_id = ${version} and ${inRange(sql`created_at`)} group by 1),
        sends as (select day, sends as n from journey_daily_sends
                   where journey_version_id = ${version} and day >= ${range.from}::date and day <= ${range.to}::date),
        payments as (select ${day(sql`occurred_at`)} as day, count(*) as n from routed_payments
                      where journey_version_id = ${version} and ${inRange(sql`occurred_at`)} group by 1),
        resolutions as (select ${day(sql`completed_at`)} as day, count(*) as n from enrollment_facts
                         where journey_version_id = ${version} and status = 'completed' and paid
                           and ${inRange(sql`completed_at`)}
                         group by 1)
        select to_char(days.day, 'YYYY-MM-DD') as day,
               coalesce(enrolled.n, 0)::int as enrollments, coalesce(sends.n, 0)::int as sends,
               coalesce(payments.n, 0)::int as payments,
               coalesce(resolutions.n, 0)::int as resolutions
          from days
          left join enrolled using (day) left join sends using (day)
          left join payments using (day) left join resolutions using (day)
         order by days.day`,
  );
}
