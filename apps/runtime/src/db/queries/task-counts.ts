// The numbers at the top of the Tasks screen: per queue, how many are open, overdue, unclaimed
// and the caller's. One grouped scan of the open tasks (tasks_queue index).
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { tasks } from '../schema';

export interface QueueCounts {
  queue: string;
  open: number;
  overdue: number;
  unclaimed: number;
  mine: number;
}

/**
 * Open-task counts per queue, queues in name order.
 * @example await queueCounts(db, { agent: 'sam', now }) // [{ queue: 'hardship', open: 4, … }]
 */
export async function queueCounts(
  db: Database,
  input: { agent: string; now: Date },
): Promise<QueueCounts[]> {
  const now = input.now.toISOString();
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  return db
    .select({
      queue: tasks.queue,
      open: sql<number>`count(*)`.mapWith(Number),
      overdue: count(sql`${tasks.dueAt} <= ${now}::timestamptz`),
      unclaimed: count(sql`${tasks.assignee} is null`),
      mine: count(sql`${tasks.assignee} = ${input.agent}`),
    })
    .from(tasks)
    .where(eq(tasks.status, 'open'))
    .groupBy(tasks.queue)
    .orderBy(tasks.queue);
}
