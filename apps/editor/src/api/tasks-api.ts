import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

export type Task = Schemas['Task'];
export type Priority = Task['priority'];
export const priorities = ['low', 'normal', 'high', 'urgent'] as const satisfies Priority[];
export type QueueCount = Schemas['TaskQueueCounts']['queues'][number];
export type TaskStats = Schemas['TaskStats'];

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
  const { api } = http;
  const at = (id: string) => ({ params: { path: { id } } });
  return {
    list: (filters: TaskFilters) =>
      answer(
        api.GET('/v1/tasks', {
          params: {
            query: {
              limit: 100,
              ...(filters.queue ? { queue: filters.queue } : {}),
              ...(filters.priority ? { priority: filters.priority } : {}),
              ...(filters.overdue ? { overdue: 'true' } : {}),
              ...(filters.mine ? { mine: 'true' } : {}),
            },
          },
        }),
      ),
    counts: () => answer(api.GET('/v1/tasks/counts')),
    stats: () => answer(api.GET('/v1/tasks/stats')),
    claim: (taskId: string) => answer(api.POST('/v1/tasks/{id}/claim', at(taskId))),
    release: (taskId: string) => answer(api.POST('/v1/tasks/{id}/release', at(taskId))),
  };
}
