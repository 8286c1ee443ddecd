import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/client';
import type { LenderSettings } from '../../api/lender-api';

const lenderKey = ['settings', 'lender'] as const;

/** The lender settings (null before anyone set them), from the one query cache. */
export function useLenderSettings() {
  const { lender } = useApi();
  return useQuery({ queryKey: lenderKey, queryFn: () => lender.get() });
}

/** Replace them; the cache takes the saved version. */
export function useSaveLenderSettings() {
  const { lender } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: LenderSettings) => lender.put(settings),
    onSuccess: (saved) => queryClient.setQueryData(lenderKey, saved),
  });
}
