// Escalations as agents work them: the most urgent first, then the soonest due.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { borrowers, tasks } from '../schema';
import { toIso } from '../instants';

export type TaskStatus = (typeof tasks.$inferSelect)['status'];
export type TaskPriority = (typeof tasks.$inferSelect)['priority'];

export interface TaskView {
  id: string;
  enrollmentId: string | null;
  borrower: { externalId: string; firstName: string; lastName: string | null };
  nodeId: string | null;
  queue: string;
  priority: TaskPriority;
  reason: string;
  outcomes: string[];
  dueAt: string;
  status: TaskStatus;
  assignee: string | null;
  outcome: string | null;
  note: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

const priorityRank = sql`case ${tasks.priority} when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

function selectTasks(db: Database) {
  return db
    .select({
      id: tasks.id,
      enrollmentId: tasks.enrollmentId,
      externalId: borrowers.externalId,
      firstName: borrowers.firstName,
      lastName: borrowers.lastName,
      nodeId: tasks.nodeId,
      queue: tasks.queue,
      priority: tasks.priority,
      reason: tasks.reason,
      outcomes: tasks.outcomes,
      dueAt: tasks.dueAt,
      status: tasks.status,
      assignee: tasks.assignee,
      outcome: tasks.outcome,
      note: tasks.note,
      createdAt: tasks.createdAt,
      resolvedAt: tasks.resolvedAt,
    })
    .from(tasks)
    .innerJoin(borrowers, eq(borrowers.id, tasks.borrowerId));
}

type TaskRow = Awaited<ReturnType<typeof selectTasks>>[number];
const toView = ({ externalId, firstName, lastName, ...row }: TaskRow): TaskView => ({
  ...row,
  borrower: { externalId, firstName, lastName },
  dueAt: toIso(row.dueAt),
  createdAt: toIso(row.createdAt),
  resolvedAt: toIso(row.resolvedAt),
});

/**
 * Tasks of a queue (or all queues) in one status, most urgent first, then soonest due.
 * @example await listTasks(db, { queue: 'hardship', status: 'open', limit: 50 })
 */
export async function listTasks(
  db: Database,
  filters: { queue?: string; status: TaskStatus; limit: number },
): Promise<TaskView[]> {
  const rows = await selectTasks(db)
    .where(
      and(
        eq(tasks.status, filters.status),
        filters.queue === undefined ? undefined : eq(tasks.queue, filters.queue),
      ),
    )
    .orderBy(priorityRank, asc(tasks.dueAt), asc(tasks.id))
    .limit(filters.limit);
  return rows.map(toView);
}

/** One task as agents see it, or null. */
export async function taskView(db: Database, id: string): Promise<TaskView | null> {
  const [row] = await selectTasks(db).where(eq(tasks.id, id)).limit(1);
  return row ? toView(row) : null;
}

/**
 * Resolves an open task with one of its outcomes. The update is conditional on the task still
 * being open, so of two agents resolving at once exactly one wins; the loser gets `already`.
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
  const [updated] = await db
    .update(tasks)
    .set({
      status: 'resolved',
      outcome: input.outcome,
      note: input.note ?? null,
      // Whoever the task was assigned to keeps it unless another assignee is named.
      assignee: input.assignee ?? sql`coalesce(${tasks.assignee}, ${input.resolvedBy})`,
      resolvedAt: input.now.toISOString(),
    })
    .where(and(eq(tasks.id, id), eq(tasks.status, 'open')))
    .returning({ id: tasks.id, commandId: tasks.commandId });
  if (!updated) return { ok: false, reason: 'already-resolved' };
  const view = await taskView(db, id);
  return { ok: true, task: view!, commandId: updated.commandId };
}
