import { z } from 'zod';
import type { Http } from './http';

const priorities = ['low', 'normal', 'high', 'urgent'] as const;

export const taskSchema = z.object({
  id: z.string(),
  enrollmentId: z.string().nullable(),
  borrower: z.object({
    externalId: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    timezone: z.string(),
  }),
  queue: z.string(),
  priority: z.enum(priorities),
  reason: z.string(),
  outcomes: z.array(z.string()),
  dueAt: z.string(),
  status: z.enum(['open', 'resolved']),
  assignee: z.string().nullable(),
  claimedAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
});
export type Task = z.infer<typeof taskSchema>;
export type Priority = (typeof priorities)[number];
export { priorities };

const taskPageSchema = z.object({ tasks: z.array(taskSchema), nextCursor: z.string().nullable() });
const countsSchema = z.object({
  queues: z.array(
    z.object({
      queue: z.string(),
      open: z.number(),
      overdue: z.number(),
      unclaimed: z.number(),
      mine: z.number(),
    }),
  ),
});
export type QueueCount = z.infer<typeof countsSchema>['queues'][number];

const statsSchema = z.object({
  since: z.string(),
  queues: z.array(
    z.object({
      queue: z.string(),
      open: z.number(),
      overdue: z.number(),
      resolved: z.number(),
      medianMinutesToResolve: z.number().nullable(),
      shareWithinSla: z.number().nullable(),
    }),
  ),
  agents: z.array(
    z.object({ agent: z.string(), open: z.number(), overdue: z.number(), resolved: z.number() }),
  ),
});
export type TaskStats = z.infer<typeof statsSchema>;
/** The CSV export of the supervisors' numbers (a plain link: the session cookie authenticates). */
export const taskStatsCsvUrl = '/v1/tasks/stats?format=csv';

export interface TaskFilters {
  queue?: string;
  priority?: Priority;
  overdue?: boolean;
  mine?: boolean;
}

/** The agents' queue: a page of open tasks, counts per queue, claim and release. */
export function tasksApi(http: Http) {
  const id = encodeURIComponent;
  return {
    list: (filters: TaskFilters) => {
      const query = new URLSearchParams({ limit: '100' });
      if (filters.queue) query.set('queue', filters.queue);
      if (filters.priority) query.set('priority', filters.priority);
      if (filters.overdue) query.set('overdue', 'true');
      if (filters.mine) query.set('mine', 'true');
      return http.call('GET', `/tasks?${query.toString()}`, taskPageSchema);
    },
    counts: () => http.call('GET', '/tasks/counts', countsSchema),
    stats: () => http.call('GET', '/tasks/stats', statsSchema),
    claim: (taskId: string) => http.call('POST', `/tasks/${id(taskId)}/claim`, taskSchema, {}),
    release: (taskId: string) => http.call('POST', `/tasks/${id(taskId)}/release`, taskSchema, {}),
  };
}
