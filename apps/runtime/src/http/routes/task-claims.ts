// Claiming, releasing and reassigning tasks. Each is audited in the transaction that does it.
import { createRoute, z } from '@hono/zod-openapi';
import { recordAudit } from '../../audit/record-audit';
import {
  claimTask,
  isAgentName,
  reassignTask,
  releaseTask,
  type ClaimResult,
} from '../../db/queries/task-claims';
import { taskView } from '../../db/queries/tasks';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { taskIdParam, taskSchema } from './task-schemas';

const answers = {
  200: { description: 'The task now', content: { 'application/json': { schema: taskSchema } } },
  404: { description: 'No such task' },
  409: { description: 'Resolved already, or another agent holds it' },
};

const getRoute = createRoute({
  method: 'get',
  path: '/tasks/{id}',
  tags: ['tasks'],
  summary: 'One task',
  request: { params: taskIdParam },
  responses: { 200: answers[200], 404: answers[404] },
});

const claimRoute = createRoute({
  method: 'post',
  path: '/tasks/{id}/claim',
  tags: ['tasks'],
  summary: 'Claim an open task: it becomes the caller’s until released, resolved or left idle',
  request: { params: taskIdParam },
  responses: answers,
});

const releaseRoute = createRoute({
  method: 'post',
  path: '/tasks/{id}/release',
  tags: ['tasks'],
  summary: 'Give a claimed task back to its queue (its holder, or an admin)',
  request: { params: taskIdParam },
  responses: answers,
});

const reassignRoute = createRoute({
  method: 'post',
  path: '/tasks/{id}/reassign',
  tags: ['tasks'],
  summary: 'Hand an open task to another agent (supervisors)',
  request: {
    params: taskIdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              assignee: z.string().trim().min(1).max(200).describe('A working agent key’s name'),
            })
            .openapi('TaskReassignment'),
        },
      },
    },
  },
  responses: {
    ...answers,
    422: { description: 'No working agent key has that name' },
  },
});

function refuse(id: string, result: Exclude<ClaimResult, { ok: true }>): never {
  if (result.reason === 'not-found') throw new ApiError(404, 'NOT_FOUND', `no task ${id}`);
  if (result.reason === 'resolved') {
    throw new ApiError(409, 'ALREADY_RESOLVED', `task ${id} is already resolved`);
  }
  throw new ApiError(409, 'CLAIMED', `task ${id} is held by ${result.assignee}`, {
    assignee: result.assignee,
  });
}

export const taskClaimsRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const current = async (id: string) => {
    const task = await taskView(deps.db, id);
    if (!task) throw new ApiError(404, 'NOT_FOUND', `no task ${id}`);
    return task;
  };

  router.openapi(getRoute, async (c) => c.json(await current(c.req.valid('param').id), 200));

  router.openapi(claimRoute, async (c) => {
    const { id } = c.req.valid('param');
    const caller = c.get('caller');
    const result = await deps.db.transaction(async (tx) => {
      const claimed = await claimTask(tx, id, caller.name, deps.now());
      if (claimed.ok) await recordAudit(tx, caller, 'task.claimed', id);
      return claimed;
    });
    if (!result.ok) refuse(id, result);
    return c.json(await current(id), 200);
  });

  router.openapi(releaseRoute, async (c) => {
    const { id } = c.req.valid('param');
    const caller = c.get('caller');
    const result = await deps.db.transaction(async (tx) => {
      const released = await releaseTask(tx, id, {
        agent: caller.name,
        anyHolder: caller.role === 'admin',
      });
      if (released.ok) await recordAudit(tx, caller, 'task.released', id);
      return released;
    });
    if (!result.ok) refuse(id, result);
    return c.json(await current(id), 200);
  });

  router.openapi(reassignRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { assignee } = c.req.valid('json');
    const caller = c.get('caller');
    if (!(await isAgentName(deps.db, assignee, deps.now()))) {
      const message = `no working agent or admin key is named "${assignee}"`;
      throw new ApiError(422, 'UNKNOWN_AGENT', message, [{ path: 'assignee', message }]);
    }
    const result = await deps.db.transaction(async (tx) => {
      const moved = await reassignTask(tx, id, assignee, deps.now());
      if (moved.ok) {
        await recordAudit(tx, caller, 'task.reassigned', id, {
          from: moved.previous,
          to: assignee,
        });
      }
      return moved;
    });
    if (!result.ok) refuse(id, result);
    return c.json(await current(id), 200);
  });

  return router;
};
