// Steps counted by (node, kind, port) in the database: a million steps come back as a few dozen
// rows. The summary (promises, plans, lessons) and the per-step numbers both read these groups.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { scopedEnrollments, type ResultsScope } from './scope';
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

const cohort = (scope: ResultsScope) => scope.from !== undefined || scope.to !== undefined;

/** @example const groups = await stepGroups(db, { journeyVersionId }) */
export async function stepGroups(db: Database, scope: ResultsScope): Promise<StepGroup[]> {
  // Without a cohort the version index alone answers; with one, join the scoped enrollments.
  const query = cohort(scope)
    ? sql`with ${scopedEnrollments(scope)}
          select js.node_id as "nodeId", js.kind, js.port, count(*)::int as visits,
                 count(distinct js.enrollment_id)::int as enrollments
            from journey_steps js join scoped_enrollments se on se.id = js.enrollment_id
           where js.journey_version_id = ${scope.journeyVersionId}
           group by 1, 2, 3`
    : sql`select node_id as "nodeId", kind, port, count(*)::int as visits,
                 count(distinct enrollment_id)::int as enrollments
            from journey_steps where journey_version_id = ${scope.journeyVersionId}
           group by 1, 2, 3`;
  return sqlRows<StepGroup>(db, query);
}
