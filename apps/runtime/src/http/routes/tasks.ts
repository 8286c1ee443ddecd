// Escalations for human agents. Resolving one is reported to its journey as a `task.resolved`
// event carrying the engine command that created the task.
import { createRoute, z } from '@hono/zod-openapi';
import { listTasks, resolveTask } from '../../db/queries/tasks';
import { recordAudit } from '../../audit/record-audit';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';

const taskSchema = z
  .object({
    id: z.uuid(),
    enrollmentId: z.uuid().nullable(),
    borrower: z.object({
      externalId: z.string(),
      firstName: z.string(),
      lastName: z.string().nullable(),
    }),
    nodeId: z.string().nullable(),
    queue: z.string(),
    priority: z.enum(['low', 'normal', 'high', 'urgent']),
    reason: z.string(),
    outcomes: z.array(z.string()).describe('The outcomes an agent may resolve it with'),
    dueAt: z.string(),
    status: z.enum(['open', 'resolved']),
    assignee: z.string().nullable(),
    outcome: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('Task');

const listRoute = createRoute({
  method: 'get',
  path: '/tasks',
  tags: ['tasks'],
  summary: 'Tasks, most urgent first, then soonest due',
  request: {
    query: z.object({
      queue: z.string().min(1).optional(),
      status: z.enum(['open', 'resolved']).default('open'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'The tasks',
      content: { 'application/json': { schema: z.object({ tasks: z.array(taskSchema) }) } },
    },
  },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/tasks/{id}/resolve',
  tags: ['tasks'],
  summary: 'Resolve an open task with one of its outcomes',
  request: {
    params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
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
    const { queue, status, limit } = c.req.valid('query');
    const tasks = await listTasks(deps.db, {
      ...(queue === undefined ? {} : { queue }),
      status,
      limit,
    });
    return c.json({ tasks }, 200);
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
