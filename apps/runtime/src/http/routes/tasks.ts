// Escalations for human agents: the queue, its counts, and resolving. Resolving one is reported
// to its journey as a `task.resolved` event carrying the engine command that created the task.
import { createRoute, z } from '@hono/zod-openapi';
import { listTasks, resolveTask } from '../../db/queries/tasks';
import { queueCounts } from '../../db/queries/task-counts';
import { recordAudit } from '../../audit/record-audit';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { cursorParam } from './cursor-param';
import { queueCountsSchema, taskIdParam, taskListQuery, taskSchema } from './task-schemas';

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
