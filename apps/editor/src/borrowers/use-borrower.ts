import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/client';

export function useBorrowerPage(externalId: string) {
  const { borrowers } = useApi();
  return useQuery({
    queryKey: ['borrower', externalId, 'page'],
    queryFn: () => borrowers.page(externalId),
  });
}

/** The timeline, newest first, a page of 50 at a time ("Older entries" fetches the next). */
export function useBorrowerTimeline(externalId: string) {
  const { borrowers } = useApi();
  return useInfiniteQuery({
    queryKey: ['borrower', externalId, 'timeline'],
    queryFn: ({ pageParam }) => borrowers.timeline(externalId, pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * A mutation that, once settled, reads the borrower's page and timeline again (a call, a note, a
 * hold or a resolution shows in both) and the task queue.
 */
export function useBorrowerMutation<I, O>(externalId: string, run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['borrower', externalId] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
