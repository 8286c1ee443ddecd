// Escalations as agents work them: soonest SLA due first, paged by (due_at, id).
import { and, asc, eq, gt, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { borrowers, tasks } from '../schema';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event';
import { toIso } from '../instants';
import { encodeCursor, type KeysetPosition } from './keyset-cursor';

export type TaskStatus = (typeof tasks.$inferSelect)['status'];
export type TaskPriority = (typeof tasks.$inferSelect)['priority'];
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;

export interface TaskView {
  id: string;
  enrollmentId: string | null;
  borrower: {
    externalId: string;
    firstName: string;
    lastName: string | null;
    /** The borrower's IANA zone, so a screen can show their local time now. */
    timezone: string;
  };
  nodeId: string | null;
  queue: string;
  priority: TaskPriority;
  reason: string;
  outcomes: string[];
  dueAt: string;
  status: TaskStatus;
  assignee: string | null;
  claimedAt: string | null;
  /** When it passed its SLA while still open; null if it never did. */
  breachedAt: string | null;
  outcome: string | null;
  note: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

function selectTasks(db: Database) {
  return db
    .select({
      id: tasks.id,
      enrollmentId: tasks.enrollmentId,
      externalId: borrowers.externalId,
      firstName: borrowers.firstName,
      lastName: borrowers.lastName,
      timezone: borrowers.timezone,
      nodeId: tasks.nodeId,
      queue: tasks.queue,
      priority: tasks.priority,
      reason: tasks.reason,
      outcomes: tasks.outcomes,
      dueAt: tasks.dueAt,
      status: tasks.status,
      assignee: tasks.assignee,
      claimedAt: tasks.claimedAt,
      breachedAt: tasks.breachedAt,
      outcome: tasks.outcome,
      note: tasks.note,
      createdAt: tasks.createdAt,
      resolvedAt: tasks.resolvedAt,
    })
    .from(tasks)
    .innerJoin(borrowers, eq(borrowers.id, tasks.borrowerId));
}

type TaskRow = Awaited<ReturnType<typeof selectTasks>>[number];
const toView = ({ externalId, firstName, lastName, timezone, ...row }: TaskRow): TaskView => ({
  ...row,
  borrower: { externalId, firstName, lastName, timezone },
  dueAt: toIso(row.dueAt),
  claimedAt: toIso(row.claimedAt),
  breachedAt: toIso(row.breachedAt),
  createdAt: toIso(row.createdAt),
  resolvedAt: toIso(row.resolvedAt),
});

export interface TaskFilters {
  queue?: string;
  priority?: TaskPriority;
  status: TaskStatus;
  /** Only tasks whose SLA due time is at or before `now`. */
  overdue?: boolean;
  /** Only tasks assigned to this name (the caller, for "mine"). */
  assignee?: string;
  /** Only tasks nobody holds. */
  unclaimed?: boolean;
  now: Date;
  limit: number;
  /** The (due_at, id) after which this page starts. */
  after?: KeysetPosition;
}

/** The condition "comes after `position` in soonest-due order". */
const dueAfter = (position: KeysetPosition): SQL =>
  sql`(${tasks.dueAt}, ${tasks.id}) > (${position.createdAt}::timestamptz, ${position.id}::uuid)`;

/**
 * One page of tasks, soonest due first; `nextCursor` continues it. Each filter is a prefix of an
 * index (tasks_status_due, tasks_queue, tasks_assignee), so a page costs the same at 50,000 tasks.
 * @example await listTasks(db, { queue: 'hardship', status: 'open', overdue: true, now, limit: 50 })
 */
export async function listTasks(
  db: Database,
  filters: TaskFilters,
): Promise<{ tasks: TaskView[]; nextCursor: string | null }> {
  const rows = await selectTasks(db)
    .where(
      and(
        eq(tasks.status, filters.status),
        filters.queue === undefined ? undefined : eq(tasks.queue, filters.queue),
        filters.priority === undefined ? undefined : eq(tasks.priority, filters.priority),
        filters.overdue === undefined
          ? undefined
          : filters.overdue
            ? lte(tasks.dueAt, filters.now.toISOString())
            : gt(tasks.dueAt, filters.now.toISOString()),
        filters.assignee === undefined ? undefined : eq(tasks.assignee, filters.assignee),
        filters.unclaimed ? isNull(tasks.assignee) : undefined,
        filters.after ? dueAfter(filters.after) : undefined,
      ),
    )
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return {
    tasks: page.map(toView),
    // The raw database text keeps microseconds, so tasks due in the same millisecond page right.
    nextCursor:
      rows.length > filters.limit && last
        ? encodeCursor({ createdAt: last.dueAt, id: last.id })
        : null,
  };
}

/** One task as agents see it, or null. */
export async function taskView(db: Database, id: string): Promise<TaskView | null> {
  const [row] = await selectTasks(db).where(eq(tasks.id, id)).limit(1);
  return row ? toView(row) : null;
}

/**
 * Resolves an open task with one of its outcomes. The update is conditional on the task still
 * being open, so of two agents resolving at once exactly one wins; the loser gets `already`.
 * A task resolved after its due time is marked breached even if the sweeper has not run yet.
 * @example await resolveTask(db, id, { outcome: 'planAgreed', resolvedBy: 'sam', now })
 */
export async function resolveTask(
  db: Database,
  id: string,
  input: { outcome: string; note?: string; assignee?: string; resolvedBy: string; now: Date },
): Promise<
  | { ok: true; task: TaskView; commandId: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'already-resolved' }
  | { ok: false; reason: 'unknown-outcome'; outcomes: string[] }
> {
  const [task] = await db
    .select({ status: tasks.status, outcomes: tasks.outcomes })
    .from(tasks)
    .where(eq(tasks.id, id))
    .limit(1);
  if (!task) return { ok: false, reason: 'not-found' };
  if (task.status === 'resolved') return { ok: false, reason: 'already-resolved' };
  if (!task.outcomes.includes(input.outcome)) {
    return { ok: false, reason: 'unknown-outcome', outcomes: task.outcomes };
  }
  const now = input.now.toISOString();
  const [updated] = await db
    .update(tasks)
    .set({
      status: 'resolved',
      outcome: input.outcome,
      note: input.note ?? null,
      // Whoever the task was assigned to keeps it unless another assignee is named.
      assignee: input.assignee ?? sql`coalesce(${tasks.assignee}, ${input.resolvedBy})`,
      resolvedAt: now,
      breachedAt: sql`coalesce(${tasks.breachedAt}, case when ${tasks.dueAt} < ${now}::timestamptz then ${tasks.dueAt} end)`,
    })
    .where(and(eq(tasks.id, id), eq(tasks.status, 'open')))
    .returning({ id: tasks.id, commandId: tasks.commandId, borrowerId: tasks.borrowerId });
  if (!updated) return { ok: false, reason: 'already-resolved' };
  await emitWebhookEvent(db, 'task.resolved', updated.borrowerId, {
    taskId: id,
    outcome: input.outcome,
  });
  const view = await taskView(db, id);
  return { ok: true, task: view!, commandId: updated.commandId };
}
