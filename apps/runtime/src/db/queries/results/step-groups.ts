// Steps counted by (node, kind, port): a million steps come back as a few dozen rows, read from
// counters kept as the steps are written. The summary (promises, plans, lessons) and the per-step numbers both read these groups.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import type { ResultsScope } from './scope';
import { sqlRows } from './sql-rows';

export interface StepGroup {
  nodeId: string;
  kind: 'enter' | 'exit' | 'end';
  port: string | null;
  /** Rows: an enrollment that loops counts each time. */
  visits: number;
  /** Distinct enrollments. */
  enrollments: number;
}

/** @example const groups = await stepGroups(db, { journeyVersionId }) */
export async function stepGroups(db: Database, scope: ResultsScope): Promise<StepGroup[]> {
  // Read from the counters the journey_steps_counted trigger keeps (schema: journeyStepCounts):
  // a few rows per node and day. A cohort is a range of the enrollments' UTC creation days, the
  // same days scopedEnrollments selects; each enrollment has one day, so the sums stay distinct.
  return sqlRows<StepGroup>(
    db,
    sql`select node_id as "nodeId", kind, nullif(port, '') as port, sum(visits)::int as visits,
               sum(enrollments)::int as enrollments
          from journey_step_counts
         where journey_version_id = ${scope.journeyVersionId}
           ${scope.from ? sql`and cohort_day >= ${scope.from}::date` : sql``}
           ${scope.to ? sql`and cohort_day <= ${scope.to}::date` : sql``}
         group by 1, 2, 3`,
  );
}
