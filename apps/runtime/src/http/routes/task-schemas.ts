// The task shapes of the API, shared by the queue and the claim routes.
import { z } from '@hono/zod-openapi';
import { taskPriorities } from '../../db/queries/tasks';

export const taskIdParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const taskSchema = z
  .object({
    id: z.uuid(),
    enrollmentId: z.uuid().nullable(),
    borrower: z.object({
      externalId: z.string(),
      firstName: z.string(),
      lastName: z.string().nullable(),
      timezone: z.string().describe('IANA zone: the screen shows the borrower’s local time now'),
    }),
    nodeId: z.string().nullable(),
    queue: z.string(),
    priority: z.enum(taskPriorities),
    reason: z.string(),
    outcomes: z.array(z.string()).describe('The outcomes an agent may resolve it with'),
    dueAt: z.string().describe('The SLA due time'),
    status: z.enum(['open', 'resolved']),
    assignee: z.string().nullable().describe('Who holds it (claimed), or null'),
    claimedAt: z.string().nullable(),
    breachedAt: z.string().nullable().describe('When it passed its SLA while open'),
    outcome: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('Task');

/** "true"/"false" in a query string; anything else is a 400 naming the field. */
export const queryFlag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const taskListQuery = z.object({
  queue: z.string().min(1).max(200).optional(),
  priority: z.enum(taskPriorities).optional(),
  status: z.enum(['open', 'resolved']).default('open'),
  overdue: queryFlag.describe('true: only tasks past their SLA due time; false: only the others'),
  mine: queryFlag.describe('true: only tasks the caller holds'),
  unclaimed: queryFlag.describe('true: only tasks nobody holds'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
});

export const queueCountsSchema = z
  .object({
    queues: z.array(
      z.object({
        queue: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        unclaimed: z.number().int(),
        mine: z.number().int().describe('Held by the caller'),
      }),
    ),
  })
  .openapi('TaskQueueCounts');

export const taskStatsSchema = z
  .object({
    since: z.string().describe('Start of the period (UTC midnight) for resolved tasks'),
    queues: z.array(
      z.object({
        queue: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        resolved: z.number().int().describe('Resolved since `since`'),
        medianMinutesToResolve: z.number().nullable(),
        shareWithinSla: z.number().min(0).max(1).nullable().describe('Of those resolved'),
      }),
    ),
    agents: z.array(
      z.object({
        agent: z.string(),
        open: z.number().int().describe('Open tasks they hold'),
        overdue: z.number().int(),
        resolved: z.number().int().describe('Resolved by them since `since`'),
      }),
    ),
  })
  .openapi('TaskStats');
