import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/client';
import type { NewKey } from '../../api/keys-api';

const keysKey = ['keys'] as const;

/** The keys (no secrets), from the one query cache. */
export function useKeys() {
  const { keys } = useApi();
  return useQuery({ queryKey: keysKey, queryFn: () => keys.list() });
}

/** Create, revoke and rotate; each refreshes the list when it is done. */
export function useKeyActions() {
  const { keys } = useApi();
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: keysKey });
  return {
    create: useMutation({ mutationFn: (input: NewKey) => keys.create(input), onSettled }),
    revoke: useMutation({ mutationFn: (id: string) => keys.revoke(id), onSettled }),
    rotate: useMutation({
      mutationFn: (input: { id: string; graceSeconds?: number }) =>
        keys.rotate(input.id, input.graceSeconds),
      onSettled,
    }),
  };
}
