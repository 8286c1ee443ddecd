// Supervisors' numbers: per queue, open, overdue, resolved in the period, the median time to
// resolve and the share resolved within the SLA; per agent, what they hold and what they resolved.
// Open tasks are one grouped scan of the open tasks; resolved ones are those resolved since the
// start of the period (a UTC day boundary), so "today" is the same for every supervisor.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { tasks } from '../schema';

export interface QueueStats {
  queue: string;
  open: number;
  overdue: number;
  resolved: number;
  /** Median minutes from creation to resolution; null when nothing was resolved. */
  medianMinutesToResolve: number | null;
  /** Resolved on or before their due time, of those resolved (0–1); null when none. */
  shareWithinSla: number | null;
}

export interface AgentWorkload {
  agent: string;
  open: number;
  overdue: number;
  resolved: number;
}

export interface TaskStats {
  since: string;
  queues: QueueStats[];
  agents: AgentWorkload[];
}

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** The start of the UTC day `days - 1` days before `now` (days = 1: today). */
export function periodStart(now: Date, days: number): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return start;
}

/**
 * Queue and agent statistics for the `days` UTC days ending today.
 * @example await taskStats(db, { now, days: 1 }) // { since: '2026-12-06T00:00:00.000Z', queues: […], agents: […] }
 */
export async function taskStats(
  db: Database,
  input: { now: Date; days: number },
): Promise<TaskStats> {
  const now = input.now.toISOString();
  const since = periodStart(input.now, input.days);
  const overdue = sql`${tasks.dueAt} <= ${now}::timestamptz`;
  const [openByQueue, resolvedByQueue, openByAgent, resolvedByAgent] = await Promise.all([
    db
      .select({
        queue: tasks.queue,
        open: sql<number>`count(*)`.mapWith(Number),
        overdue: count(overdue),
      })
      .from(tasks)
      .where(eq(tasks.status, 'open'))
      .groupBy(tasks.queue),
    db
      .select({
        queue: tasks.queue,
        resolved: sql<number>`count(*)`.mapWith(Number),
        median: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (${tasks.resolvedAt} - ${tasks.createdAt})) / 60)`.mapWith(
          (v: unknown) => (v === null ? null : Number(v)),
        ),
        withinSla: count(sql`${tasks.resolvedAt} <= ${tasks.dueAt}`),
      })
      .from(tasks)
      .where(and(eq(tasks.status, 'resolved'), gte(tasks.resolvedAt, since.toISOString())))
      .groupBy(tasks.queue),
    db
      .select({
        agent: sql<string>`${tasks.assignee}`,
        open: sql<number>`count(*)`.mapWith(Number),
        overdue: count(overdue),
      })
      .from(tasks)
      .where(and(eq(tasks.status, 'open'), sql`${tasks.assignee} is not null`))
      .groupBy(tasks.assignee),
    db
      .select({
        agent: sql<string>`${tasks.assignee}`,
        resolved: sql<number>`count(*)`.mapWith(Number),
      })
      .from(tasks)
      .where(
        and(
          eq(tasks.status, 'resolved'),
          gte(tasks.resolvedAt, since.toISOString()),
          sql`${tasks.assignee} is not null`,
        ),
      )
      .groupBy(tasks.assignee),
  ]);

  const queues = new Map<string, QueueStats>();
  const queueOf = (queue: string) => {
    const found = queues.get(queue);
    if (found) return found;
    const fresh: QueueStats = {
      queue,
      open: 0,
      overdue: 0,
      resolved: 0,
      medianMinutesToResolve: null,
      shareWithinSla: null,
    };
    queues.set(queue, fresh);
    return fresh;
  };
  for (const row of openByQueue)
    Object.assign(queueOf(row.queue), { open: row.open, overdue: row.overdue });
  for (const row of resolvedByQueue) {
    Object.assign(queueOf(row.queue), {
      resolved: row.resolved,
      medianMinutesToResolve: row.median === null ? null : Math.round(row.median * 10) / 10,
      shareWithinSla: row.resolved === 0 ? null : row.withinSla / row.resolved,
    });
  }
  const agents = new Map<string, AgentWorkload>();
  const agentOf = (agent: string) => {
    const found = agents.get(agent);
    if (found) return found;
    const fresh: AgentWorkload = { agent, open: 0, overdue: 0, resolved: 0 };
    agents.set(agent, fresh);
    return fresh;
  };
  for (const row of openByAgent)
    Object.assign(agentOf(row.agent), { open: row.open, overdue: row.overdue });
  for (const row of resolvedByAgent) agentOf(row.agent).resolved = row.resolved;
  const byName =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    since: since.toISOString(),
    queues: [...queues.values()].sort(byName((q) => q.queue)),
    agents: [...agents.values()].sort(byName((a) => a.agent)),
  };
}
