import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/client';
import type { TaskFilters } from '../api/tasks-api';

/** New tasks appear without reloading: the queue and its counts are fetched again this often. */
export const QUEUE_REFRESH_MS = 10_000;

export function useTasks(filters: TaskFilters) {
  const { tasks } = useApi();
  return useQuery({
    queryKey: ['tasks', filters],
    queryFn: () => tasks.list(filters),
    refetchInterval: QUEUE_REFRESH_MS,
  });
}

export function useQueueCounts() {
  const { tasks } = useApi();
  return useQuery({
    queryKey: ['tasks', 'counts'],
    queryFn: () => tasks.counts(),
    refetchInterval: QUEUE_REFRESH_MS,
  });
}

/** Claim and release; both refresh the queue and the counts. */
export function useTaskActions() {
  const { tasks } = useApi();
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });
  return {
    claim: useMutation({ mutationFn: (id: string) => tasks.claim(id), onSettled }),
    release: useMutation({ mutationFn: (id: string) => tasks.release(id), onSettled }),
  };
}
