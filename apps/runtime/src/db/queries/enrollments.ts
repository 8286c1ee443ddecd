// Enrollment records. At most one live (pending or running) enrollment per account and journey
// version: the partial unique index `enrollments_live` decides, so two concurrent requests for
// the same account end with one row, and the loser is handed the winner's.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts, borrowers, enrollments, journeySteps, journeyVersions } from '../schema';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event';
import { olderThan, pageOf, type KeysetPosition } from './keyset-cursor';
import { toIso } from '../instants';

export type EnrollmentStatus = (typeof enrollments.$inferSelect)['status'];
export const liveStatuses: EnrollmentStatus[] = ['pending', 'running'];

/**
 * The conflict target of `enrollments_live`. The predicate is literal SQL, as in the index:
 * Postgres infers a partial index only from a predicate that implies the index's own, which
 * bound parameters cannot.
 */
export const liveIndexTarget = {
  target: [enrollments.accountId, enrollments.journeyVersionId],
  where: sql`status in ('pending', 'running')`,
};

export interface EnrollmentView {
  id: string;
  workflowId: string;
  status: EnrollmentStatus;
  borrower: { externalId: string };
  account: { externalId: string };
  journeyId: string;
  version: number;
  currentNode: string | null;
  outcome: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

const viewColumns = {
  id: enrollments.id,
  workflowId: enrollments.workflowId,
  status: enrollments.status,
  borrowerExternalId: borrowers.externalId,
  accountExternalId: accounts.externalId,
  journeyId: journeyVersions.journeyId,
  version: journeyVersions.version,
  currentNode: enrollments.currentNode,
  outcome: enrollments.outcome,
  createdBy: enrollments.createdBy,
  createdAt: enrollments.createdAt,
  updatedAt: enrollments.updatedAt,
  completedAt: enrollments.completedAt,
};

function selectViews(db: Database, where: SQL | undefined) {
  return db
    .select(viewColumns)
    .from(enrollments)
    .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
    .innerJoin(accounts, eq(accounts.id, enrollments.accountId))
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(where);
}

type ViewRow = Awaited<ReturnType<typeof selectViews>>[number];
const toView = ({ borrowerExternalId, accountExternalId, ...row }: ViewRow): EnrollmentView => ({
  ...row,
  borrower: { externalId: borrowerExternalId },
  account: { externalId: accountExternalId },
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
  completedAt: toIso(row.completedAt),
});

/** One enrollment as the API shows it, or null. */
export async function enrollmentView(db: Database, id: string): Promise<EnrollmentView | null> {
  const [row] = await selectViews(db, eq(enrollments.id, id)).limit(1);
  return row ? toView(row) : null;
}

/**
 * Creates a pending enrollment, or returns the live one the account already has in that version.
 * @example const { id, created } = await enrollAccount(db, { borrowerId, accountId, journeyVersionId, createdBy: 'crm' })
 */
export async function enrollAccount(
  db: Database,
  input: { borrowerId: string; accountId: string; journeyVersionId: string; createdBy: string },
): Promise<{ id: string; created: boolean }> {
  // A live enrollment seen as a conflict may finish before we read it; then try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    const [inserted] = await db
      .insert(enrollments)
      .values({ id, workflowId: `enr-${id}`, ...input })
      .onConflictDoNothing(liveIndexTarget)
      .returning({ id: enrollments.id });
    if (inserted) return { id: inserted.id, created: true };
    const [live] = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(
        and(
          eq(enrollments.accountId, input.accountId),
          eq(enrollments.journeyVersionId, input.journeyVersionId),
          inArray(enrollments.status, liveStatuses),
        ),
      )
      .limit(1);
    if (live) return { id: live.id, created: false };
  }
  throw new Error('enrollment kept conflicting with live enrollments that then finished');
}

export interface EnrollmentFilters {
  borrowerExternalId?: string;
  journeyId?: string;
  status?: EnrollmentStatus;
}

/**
 * Enrollments newest first, filtered, a page at a time.
 * @example const { page, nextCursor } = await listEnrollments(db, { journeyId: 'j' }, { limit: 50 })
 */
export async function listEnrollments(
  db: Database,
  filters: EnrollmentFilters,
  paging: { limit: number; after?: KeysetPosition },
): Promise<{ page: EnrollmentView[]; nextCursor: string | null }> {
  const where = and(
    filters.borrowerExternalId === undefined
      ? undefined
      : eq(borrowers.externalId, filters.borrowerExternalId),
    filters.journeyId === undefined ? undefined : eq(journeyVersions.journeyId, filters.journeyId),
    filters.status === undefined ? undefined : eq(enrollments.status, filters.status),
    paging.after ? olderThan(enrollments.createdAt, enrollments.id, paging.after) : undefined,
  );
  const rows = await selectViews(db, where)
    .orderBy(desc(enrollments.createdAt), desc(enrollments.id))
    .limit(paging.limit + 1);
  const { page, nextCursor } = pageOf(rows, paging.limit);
  return { page: page.map(toView), nextCursor };
}

/** The node visits of an enrollment, in the order they happened. */
export async function enrollmentSteps(db: Database, enrollmentId: string) {
  const rows = await db
    .select({
      nodeId: journeySteps.nodeId,
      kind: journeySteps.kind,
      port: journeySteps.port,
      at: journeySteps.at,
    })
    .from(journeySteps)
    .where(eq(journeySteps.enrollmentId, enrollmentId))
    .orderBy(asc(journeySteps.ordinal));
  return rows.map((row) => ({ ...row, at: toIso(row.at) }));
}

/**
 * Cancels a live enrollment in one conditional update, so a cancel racing a completion cannot
 * overwrite it.
 * @example const result = await cancelEnrollment(db, id, new Date())
 */
export async function cancelEnrollment(
  db: Database,
  id: string,
  now: Date,
): Promise<
  | { ok: true }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'finished'; status: EnrollmentStatus }
> {
  const at = now.toISOString();
  const [updated] = await db
    .update(enrollments)
    .set({ status: 'cancelled', updatedAt: at, completedAt: at })
    .where(and(eq(enrollments.id, id), inArray(enrollments.status, liveStatuses)))
    .returning({ id: enrollments.id, borrowerId: enrollments.borrowerId });
  if (updated) {
    await emitWebhookEvent(db, 'enrollment.finished', updated.borrowerId, {
      enrollmentId: id,
      status: 'cancelled',
      outcome: null,
    });
    return { ok: true };
  }
  const [existing] = await db
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(eq(enrollments.id, id))
    .limit(1);
  return existing
    ? { ok: false, reason: 'finished', status: existing.status }
    : { ok: false, reason: 'not-found' };
}

/**
 * The live enrollments an event about a borrower concerns: all of theirs, or only those of one
 * account when the event names it (a payment on one loan does not end another loan's journey).
 */
export async function liveEnrollmentsOf(
  db: Database,
  borrowerId: string,
  accountId: string | null = null,
): Promise<Array<{ id: string; workflowId: string }>> {
  return db
    .select({ id: enrollments.id, workflowId: enrollments.workflowId })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.borrowerId, borrowerId),
        accountId === null ? undefined : eq(enrollments.accountId, accountId),
        inArray(enrollments.status, liveStatuses),
      ),
    );
}

/** What starting an enrollment's workflow needs: its workflow id and the version's search keys. */
export async function enrollmentStartInfo(
  db: Database,
  ids: readonly string[],
): Promise<Array<{ id: string; workflowId: string; journeyId: string; version: number }>> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: enrollments.id,
      workflowId: enrollments.workflowId,
      journeyId: journeyVersions.journeyId,
      version: journeyVersions.version,
    })
    .from(enrollments)
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(inArray(enrollments.id, [...ids]));
}

/** Marks enrollments whose workflow has started as running (unless they moved on already). */
export async function markStarted(db: Database, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(enrollments)
    .set({ status: 'running', updatedAt: now.toISOString() })
    .where(and(inArray(enrollments.id, [...ids]), eq(enrollments.status, 'pending')));
}
