// A task that passes its SLA while open is recorded as breached once, at its due time: the
// statistics count it and the breach webhook announces it (tasks/task-sweeper.ts).
import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { toIso } from '../instants';
import { tasks } from '../schema';

/** What a breach announces: no borrower's name, only ids and the SLA. */
export interface TaskBreach {
  id: string;
  queue: string;
  priority: string;
  dueAt: string;
  enrollmentId: string | null;
}

/**
 * Marks every open task due at or before `now` and not yet marked; returns the newly breached.
 * @example await recordBreaches(db, new Date()) // [{ id, queue: 'hardship', dueAt, … }]
 */
export async function recordBreaches(
  db: Database,
  now: Date,
): Promise<(TaskBreach & { borrowerId: string })[]> {
  const rows = await db
    .update(tasks)
    .set({ breachedAt: tasks.dueAt })
    .where(
      and(eq(tasks.status, 'open'), isNull(tasks.breachedAt), lte(tasks.dueAt, now.toISOString())),
    )
    .returning({
      id: tasks.id,
      queue: tasks.queue,
      priority: tasks.priority,
      dueAt: tasks.dueAt,
      enrollmentId: tasks.enrollmentId,
      borrowerId: tasks.borrowerId,
    });
  return rows.map((row) => ({ ...row, dueAt: toIso(row.dueAt) }));
}
