// Per-arm outcomes of an A/B split, counted by the database in one grouped query. The arm an
// enrollment took is the port by which it first left the split (journey_steps, kind 'exit'); a
// split is deterministic per enrollment, so a loop back through it takes the same port.
// docs/experiments.md defines each metric; this file is the code it points to.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { enrollments, events, journeySteps } from '../schema';

export interface ArmOutcomes {
  arm: string;
  /** Enrollments that took this arm. */
  enrolled: number;
  /** Of those, enrollments whose "paid within N days" window has closed (the metric's n). */
  matured: number;
  paidWithinDays: number;
  promiseKept: number;
  settled: number;
  planAccepted: number;
  optOut: number;
  hardshipOrDispute: number;
  /** Enrollments that took the arm in the last `recentDays` days. */
  recent: number;
}

export interface OutcomeQuery {
  journeyVersionId: string;
  splitNodeId: string;
  /** Node ids of promise-to-pay nodes in the version (their "kept" port is a kept promise). */
  promiseNodeIds: string[];
  paidWithinDays: number;
  recentDays: number;
  now: Date;
}

/**
 * Counts, per arm of the split, the enrollments and how many reached each outcome after they took
 * the arm. Events count for an enrollment when they are on its account (payments must be), or on
 * its borrower without an account (opt-outs, hardship, plans offered by borrower).
 * @example await experimentOutcomes(db, { journeyVersionId, splitNodeId: 'tone', promiseNodeIds: [], paidWithinDays: 30, recentDays: 7, now: new Date() })
 */
export async function experimentOutcomes(db: Database, q: OutcomeQuery): Promise<ArmOutcomes[]> {
  const assigned = db.$with('assigned').as(
    db
      .select({
        enrollmentId: journeySteps.enrollmentId,
        arm: sql<string>`${journeySteps.port}`.as('arm'),
        at: sql<string>`min(${journeySteps.at})`.as('took_at'),
      })
      .from(journeySteps)
      .where(
        and(
          eq(journeySteps.journeyVersionId, q.journeyVersionId),
          eq(journeySteps.nodeId, q.splitNodeId),
          eq(journeySteps.kind, 'exit'),
        ),
      )
      .groupBy(journeySteps.enrollmentId, journeySteps.port),
  );
  const nowIso = q.now.toISOString();
  const takenAt = sql`"assigned"."took_at"`;
  const windowEnd = sql`${takenAt} + make_interval(days => ${q.paidWithinDays})`;
  const matured = sql`${windowEnd} <= ${nowIso}::timestamptz`;
  // An event that belongs to the enrollment: on its account, or on its borrower with no account.
  const belongs = (types: string[], accountOnly = false) => {
    const typeList = sql.join(
      types.map((t) => sql`${t}`),
      sql`, `,
    );
    const owner = accountOnly
      ? sql`ev.account_id = ${enrollments.accountId}`
      : sql`(ev.account_id = ${enrollments.accountId} or (ev.account_id is null and ev.borrower_id = ${enrollments.borrowerId}))`;
    return sql`exists (select 1 from ${events} ev where ${owner} and ev.type in (${typeList}) and ev.occurred_at >= ${takenAt}`;
  };
  const promiseKept =
    q.promiseNodeIds.length === 0
      ? sql`false`
      : sql`exists (select 1 from ${journeySteps} ps where ps.enrollment_id = ${enrollments.id} and ps.kind = 'exit' and ps.port = 'kept' and ps.node_id in (${sql.join(
          q.promiseNodeIds.map((id) => sql`${id}`),
          sql`, `,
        )}) and ps.at >= ${takenAt})`;
  const counted = (condition: ReturnType<typeof sql>) =>
    sql<number>`cast(count(*) filter (where ${condition}) as integer)`;

  const rows = await db
    .with(assigned)
    .select({
      arm: assigned.arm,
      enrolled: sql<number>`cast(count(*) as integer)`,
      matured: counted(matured),
      paidWithinDays: counted(
        sql`${matured} and ${belongs(['payment.received', 'payment.settled'], true)} and ev.occurred_at < ${windowEnd})`,
      ),
      promiseKept: counted(promiseKept),
      settled: counted(sql`${belongs(['payment.settled'], true)})`),
      planAccepted: counted(sql`${belongs(['plan.accepted'])})`),
      optOut: counted(sql`${belongs(['contact.optedOut', 'contact.ceased'])})`),
      hardshipOrDispute: counted(sql`${belongs(['hardship.requested', 'dispute.opened'])})`),
      recent: counted(
        sql`${takenAt} > ${nowIso}::timestamptz - make_interval(days => ${q.recentDays})`,
      ),
    })
    .from(assigned)
    .innerJoin(enrollments, eq(enrollments.id, assigned.enrollmentId))
    .groupBy(assigned.arm);
  return rows.map((r) => ({
    arm: r.arm,
    enrolled: Number(r.enrolled),
    matured: Number(r.matured),
    paidWithinDays: Number(r.paidWithinDays),
    promiseKept: Number(r.promiseKept),
    settled: Number(r.settled),
    planAccepted: Number(r.planAccepted),
    optOut: Number(r.optOut),
    hardshipOrDispute: Number(r.hardshipOrDispute),
    recent: Number(r.recent),
  }));
}
