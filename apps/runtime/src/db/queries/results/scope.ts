// Which enrollments a results request is about, and which events were routed to them. Every
// results query starts from these two fragments, so a metric never counts a different set.
import { sql, type SQL } from 'drizzle-orm';

/** A published version, and optionally a cohort: enrollments created from `from` to `to`. */
export interface ResultsScope {
  journeyVersionId: string;
  /** YYYY-MM-DD (UTC), inclusive. */
  from?: string;
  /** YYYY-MM-DD (UTC), inclusive. */
  to?: string;
}

// Both are `not materialized`: inlined, the planner sees the tables' own statistics and picks
// hash joins; a materialized CTE is estimated at a few rows and gets nested loops (seconds at
// 100,000 enrollments).

/** `scoped_enrollments`: the enrollments of the version (and cohort) the request is about. */
export function scopedEnrollments(scope: ResultsScope): SQL {
  return sql`scoped_enrollments as not materialized (
    select e.id, e.borrower_id, e.account_id, e.status, e.outcome, e.current_node,
           e.created_at, e.completed_at, e.created_by
      from enrollments e
     where e.journey_version_id = ${scope.journeyVersionId}
       ${scope.from ? sql`and e.created_at >= ${scope.from}::date` : sql``}
       ${scope.to ? sql`and e.created_at < ${scope.to}::date + 1` : sql``}
  )`;
}

/**
 * `routed_events`: each event paired with each scoped enrollment it was routed to. The rule is
 * the one signalJourneys applies (http/routes/events.ts): the same borrower, the enrollment's
 * account or no account named, and while the enrollment was live. A payment on another account
 * of the same borrower is not routed, so it never counts.
 */
export const routedEvents = sql`routed_events as not materialized (
  select se.id as enrollment_id, ev.type, ev.occurred_at, ev.data, ev.account_id
    from scoped_enrollments se
    join events ev on ev.borrower_id = se.borrower_id
   where (ev.account_id is null or ev.account_id = se.account_id)
     and ev.occurred_at >= se.created_at
     and (se.completed_at is null or ev.occurred_at <= se.completed_at)
)`;
