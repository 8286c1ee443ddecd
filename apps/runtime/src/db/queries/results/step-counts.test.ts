// The counters the results read (journey_step_counts, seconds_at_step) must agree with a recount
// from the raw journey_steps rows: whole version and cohorts, steps written by the real recordStep
// activity in batches, retried, replayed over ordinals already written, and inserted in bulk.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import type { RecordStepInput } from '../../../activities/types';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertSteps,
} from '../../../http/routes/record-fixtures';
import { plainLinks } from '../../../worker';
import type { Database, OpenDatabase } from '../../client';
import { openTestDatabase, testDrivers } from '../../test-databases';
import type { ResultsScope } from './scope';
import { sqlRows } from './sql-rows';
import { stepGroups, type StepGroup } from './step-groups';

/** The step groups as the results computed them before the counters: GROUP BY over the rows. */
async function recount(db: Database, scope: ResultsScope): Promise<StepGroup[]> {
  return sqlRows<StepGroup>(
    db,
    sql`select js.node_id as "nodeId", js.kind, js.port, count(*)::int as visits,
               count(distinct js.enrollment_id)::int as enrollments
          from journey_steps js join enrollments e on e.id = js.enrollment_id
         where js.journey_version_id = ${scope.journeyVersionId}
           ${scope.from ? sql`and e.created_at >= ${scope.from}::date` : sql``}
           ${scope.to ? sql`and e.created_at < ${scope.to}::date + 1` : sql``}
         group by 1, 2, 3`,
  );
}

/** Time at each step recounted with the self-join the stored seconds replace. */
async function recountSeconds(db: Database, journeyVersionId: string) {
  return sqlRows<{ id: number; seconds: number }>(
    db,
    sql`select next.id::int as id, extract(epoch from next.at - enter.at)::float8 as seconds
          from journey_steps enter
          join journey_steps next
            on next.enrollment_id = enter.enrollment_id and next.ordinal = enter.ordinal + 1
         where enter.journey_version_id = ${journeyVersionId} and enter.kind = 'enter'
           and next.kind in ('exit', 'end')
         order by 1`,
  );
}

const sorted = (groups: StepGroup[]) =>
  [...groups].sort((a, b) =>
    `${a.nodeId}|${a.kind}|${a.port}`.localeCompare(`${b.nodeId}|${b.kind}|${b.port}`),
  );

describe.each(testDrivers)('journey step counters (%s)', (driver) => {
  let database: OpenDatabase;
  let journeyVersionId: string;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    const db = database.db;
    const activities = createActivities({ db, links: plainLinks('https://tandem.example') });
    const version = await insertJourneyVersion(db);
    journeyVersionId = version.id;
    const enrol = async (createdAt: string) => {
      const debtor = await insertDebtor(db);
      return insertEnrollment(
        db,
        { borrowerId: debtor.borrower.id, accountId: debtor.account.id, journeyVersionId },
        { status: 'running', createdAt },
      );
    };
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 5, 9, minute)).toISOString();
    const record = (
      enrollmentId: string,
      fromOrdinal: number,
      steps: RecordStepInput['steps'],
    ): RecordStepInput => ({
      enrollmentId,
      journeyVersionId,
      fromOrdinal,
      steps,
      status: 'running',
      currentNode: steps.at(-1)?.nodeId ?? null,
      outcome: null,
      at: steps.at(-1)?.at ?? at(0),
    });

    // A loops: ask → ask (broken) → remind → ask again, recorded one step at a time, each call
    // retried (the activity's retry after a lost acknowledgement writes the same rows again).
    const a = await enrol('2026-03-01T23:30:00Z');
    const loop: RecordStepInput['steps'] = [
      { nodeId: 'ask', kind: 'enter', port: null, at: at(0) },
      { nodeId: 'ask', kind: 'exit', port: 'broken', at: at(7) },
      { nodeId: 'remind', kind: 'enter', port: null, at: at(8) },
      { nodeId: 'remind', kind: 'exit', port: 'sent', at: at(9) },
      { nodeId: 'ask', kind: 'enter', port: null, at: at(10) },
      { nodeId: 'ask', kind: 'exit', port: 'kept', at: at(40) },
    ];
    for (const [i, step] of loop.entries()) {
      await activities.recordStep(record(a.id, i, [step]));
      await activities.recordStep(record(a.id, i, [step]));
    }
    // B: a batch, then a replay from ordinal 0 that carries two steps more (only those are new),
    // then the same replay again.
    const b = await enrol('2026-03-02T00:30:00Z');
    const path: RecordStepInput['steps'] = [
      { nodeId: 'ask', kind: 'enter', port: null, at: at(0) },
      { nodeId: 'ask', kind: 'exit', port: 'kept', at: at(3) },
      { nodeId: 'done', kind: 'enter', port: null, at: at(4) },
      { nodeId: 'done', kind: 'end', port: null, at: at(4) },
    ];
    await activities.recordStep(record(b.id, 0, path.slice(0, 2)));
    await activities.recordStep(record(b.id, 0, path));
    await activities.recordStep(record(b.id, 0, path));
    // C and D: rows inserted directly, in one statement each (as fixtures and imports do).
    const c = await enrol('2026-03-02T12:00:00Z');
    await insertSteps(db, c, [
      { nodeId: 'ask', kind: 'enter' },
      { nodeId: 'ask', kind: 'exit', port: 'broken' },
      { nodeId: 'remind', kind: 'enter' },
    ]);
    const d = await enrol('2026-03-03T08:00:00Z');
    await insertSteps(db, d, [
      { nodeId: 'ask', kind: 'enter' },
      { nodeId: 'ask', kind: 'exit', port: 'kept' },
      { nodeId: 'done', kind: 'enter' },
      { nodeId: 'done', kind: 'end' },
    ]);
    // Another version's steps never count for this one.
    const other = await insertJourneyVersion(db);
    const debtor = await insertDebtor(db);
    const e = await insertEnrollment(db, {
      borrowerId: debtor.borrower.id,
      accountId: debtor.account.id,
      journeyVersionId: other.id,
    });
    await insertSteps(db, e, [{ nodeId: 'ask', kind: 'enter' }]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('agree with a recount of the raw steps for the whole version', async () => {
    const scope = { journeyVersionId };
    const counted = sorted(await stepGroups(database.db, scope));
    expect(counted).toEqual(sorted(await recount(database.db, scope)));
    // Worked by hand: A entered ask twice (2 visits, 1 enrollment), B, C and D once each.
    expect(counted.find((g) => g.nodeId === 'ask' && g.kind === 'enter')).toEqual({
      nodeId: 'ask',
      kind: 'enter',
      port: null,
      visits: 5,
      enrollments: 4,
    });
    expect(counted.find((g) => g.nodeId === 'ask' && g.port === 'kept')).toMatchObject({
      visits: 3,
      enrollments: 3,
    });
  });

  it('agree with a recount for cohorts of UTC days', async () => {
    for (const cohort of [
      { from: '2026-03-01', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-02' },
      { from: '2026-03-02' },
      { to: '2026-03-02' },
      { from: '2026-03-04', to: '2026-03-09' },
    ]) {
      const scope = { journeyVersionId, ...cohort };
      const counted = sorted(await stepGroups(database.db, scope));
      expect(counted, JSON.stringify(cohort)).toEqual(sorted(await recount(database.db, scope)));
    }
    // A (created 23:30 on 03-01 UTC) is in the 03-01 cohort only: its loop is all there is.
    const first = await stepGroups(database.db, {
      journeyVersionId,
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(first.find((g) => g.nodeId === 'ask' && g.kind === 'enter')).toMatchObject({
      visits: 2,
      enrollments: 1,
    });
  });

  it('store the seconds at each step on its exit or end row, as the self-join recounts them', async () => {
    const stored = await sqlRows<{ id: number; seconds: number }>(
      database.db,
      sql`select id::int as id, seconds_at_step as seconds from journey_steps
           where journey_version_id = ${journeyVersionId} and seconds_at_step is not null
           order by 1`,
    );
    const recounted = await recountSeconds(database.db, journeyVersionId);
    expect(stored).toEqual(recounted);
    // A's second visit to ask lasted 30 minutes.
    expect(recounted.map((r) => r.seconds)).toContain(1800);
  });
});
