// Which enrollments a results request is about. Every results query starts from these fragments,
// so a metric never counts a different set. Which events were routed to an enrollment is decided
// where the facts are kept (enrollment_facts_refresh in migration 0017; docs/results.md).
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
       ${cohortOf(sql`e.created_at`, scope)}
  )`;
}

/**
 * `scoped_facts`: the scoped enrollments' rows of enrollment_facts (migration 0017), one narrow
 * row per enrollment with what the summary counts of its routed events, tasks and calls.
 */
export function scopedFacts(scope: ResultsScope): SQL {
  return sql`scoped_facts as not materialized (
    select f.* from enrollment_facts f
     where f.journey_version_id = ${scope.journeyVersionId}
       ${cohortOf(sql`f.created_at`, scope)}
  )`;
}

/** `and <enrolled at> within the cohort`, or nothing without one. */
export function cohortOf(enrolledAt: SQL, scope: ResultsScope): SQL {
  return sql`${scope.from ? sql`and ${enrolledAt} >= ${scope.from}::date` : sql``}
       ${scope.to ? sql`and ${enrolledAt} < ${scope.to}::date + 1` : sql``}`;
}
