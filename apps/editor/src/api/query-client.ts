import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from './http';

/**
 * The one cache of server data. An answer the API gave on purpose (4xx) is not asked again;
 * a network failure or a 5xx is retried twice.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          !(error instanceof ApiCallError && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
