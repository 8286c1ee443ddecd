// Escalations for human agents: the queue, its counts, and resolving. Resolving one is reported
// to its journey as a `task.resolved` event carrying the engine command that created the task.
import { createRoute, z } from '@hono/zod-openapi';
import { listTasks, resolveTask } from '../../db/queries/tasks';
import { queueCounts } from '../../db/queries/task-counts';
import { taskStats, type TaskStats } from '../../db/queries/task-stats';
import { recordAudit } from '../../audit/record-audit';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { cursorParam } from './cursor-param';
import {
  queueCountsSchema,
  taskIdParam,
  taskListQuery,
  taskSchema,
  taskStatsSchema,
} from './task-schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/tasks',
  tags: ['tasks'],
  summary: 'Tasks, soonest SLA due first, a page at a time',
  request: { query: taskListQuery },
  responses: {
    200: {
      description: 'One page of tasks; pass nextCursor as cursor for the next',
      content: {
        'application/json': {
          schema: z.object({ tasks: z.array(taskSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
  },
});

const countsRoute = createRoute({
  method: 'get',
  path: '/tasks/counts',
  tags: ['tasks'],
  summary: 'Open tasks per queue: open, overdue, unclaimed and the caller’s',
  responses: {
    200: {
      description: 'Counts per queue',
      content: { 'application/json': { schema: queueCountsSchema } },
    },
  },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/tasks/{id}/resolve',
  tags: ['tasks'],
  summary: 'Resolve an open task with one of its outcomes',
  request: {
    params: taskIdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              outcome: z.string().min(1).max(100),
              note: z.string().max(5000).optional(),
              assignee: z
                .string()
                .min(1)
                .max(200)
                .optional()
                .describe('Default: the current one, else the caller'),
            })
            .openapi('TaskResolution'),
        },
      },
    },
  },
  responses: {
    200: { description: 'Resolved', content: { 'application/json': { schema: taskSchema } } },
    404: { description: 'No such task' },
    409: { description: 'Already resolved' },
    422: { description: 'The outcome is not one of the task’s outcomes' },
  },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/tasks/stats',
  tags: ['tasks'],
  summary: 'Supervisors: per queue and per agent, open, overdue, resolved, time to resolve, SLA',
  request: {
    query: z.object({
      days: z.coerce
        .number()
        .int()
        .min(1)
        .max(90)
        .default(1)
        .describe('Resolved tasks of the last N UTC days, today included (1: today)'),
      format: z.enum(['json', 'csv']).default('json').describe('csv: one row per queue and agent'),
    }),
  },
  responses: {
    200: {
      description: 'The statistics',
      content: {
        'application/json': { schema: taskStatsSchema },
        'text/csv': { schema: z.string() },
      },
    },
  },
});

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quote what needs it, and defuse spreadsheet formulas (=, +, -, @) in names.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One CSV: a row per queue, then a row per agent, under one header. */
export function taskStatsCsv(stats: TaskStats): string {
  const header = [
    'kind',
    'name',
    'open',
    'overdue',
    'resolved',
    'median_minutes_to_resolve',
    'share_within_sla',
    'since',
  ];
  const rows = [
    ...stats.queues.map((q) => [
      'queue',
      q.queue,
      q.open,
      q.overdue,
      q.resolved,
      q.medianMinutesToResolve,
      q.shareWithinSla === null ? null : Math.round(q.shareWithinSla * 1000) / 1000,
      stats.since,
    ]),
    ...stats.agents.map((a) => [
      'agent',
      a.agent,
      a.open,
      a.overdue,
      a.resolved,
      null,
      null,
      stats.since,
    ]),
  ];
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const tasksRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(listRoute, async (c) => {
    const { queue, priority, status, overdue, mine, unclaimed, limit, cursor } =
      c.req.valid('query');
    const after = cursorParam(cursor);
    const page = await listTasks(deps.db, {
      ...(queue === undefined ? {} : { queue }),
      ...(priority === undefined ? {} : { priority }),
      ...(overdue === undefined ? {} : { overdue }),
      ...(mine ? { assignee: c.get('caller').name } : {}),
      ...(unclaimed ? { unclaimed } : {}),
      ...(after ? { after } : {}),
      status,
      limit,
      now: deps.now(),
    });
    return c.json(page, 200);
  });

  router.openapi(statsRoute, async (c) => {
    const { days, format } = c.req.valid('query');
    const stats = await taskStats(deps.db, { now: deps.now(), days });
    if (format === 'csv') {
      return c.text(taskStatsCsv(stats), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="task-stats-${stats.since.slice(0, 10)}.csv"`,
      });
    }
    return c.json(stats, 200);
  });

  router.openapi(countsRoute, async (c) => {
    const queues = await queueCounts(deps.db, { agent: c.get('caller').name, now: deps.now() });
    return c.json({ queues }, 200);
  });

  router.openapi(resolveRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const caller = c.get('caller');
    const result = await deps.db.transaction(async (tx) => {
      const resolved = await resolveTask(tx, id, {
        ...input,
        resolvedBy: caller.name,
        now: deps.now(),
      });
      if (resolved.ok) {
        await recordAudit(tx, caller, 'task.resolved', id, {
          outcome: input.outcome,
          enrollmentId: resolved.task.enrollmentId,
        });
      }
      return resolved;
    });
    if (result.ok) {
      const { task, commandId } = result;
      if (task.enrollmentId && deps.journeys) {
        await deps.journeys.notifyEnrollment(task.enrollmentId, {
          id: `task-${task.id}-resolved`,
          type: 'task.resolved',
          occurredAt: task.resolvedAt ?? deps.now().toISOString(),
          data: { commandId, outcome: input.outcome },
        });
      }
      return c.json(task, 200);
    }
    if (result.reason === 'not-found') throw new ApiError(404, 'NOT_FOUND', `no task ${id}`);
    if (result.reason === 'already-resolved') {
      throw new ApiError(409, 'ALREADY_RESOLVED', `task ${id} is already resolved`);
    }
    const message = `"${input.outcome}" is not an outcome of this task; use one of: ${result.outcomes.join(', ')}`;
    throw new ApiError(422, 'UNKNOWN_OUTCOME', message, [{ path: 'outcome', message }]);
  });

  return router;
};
