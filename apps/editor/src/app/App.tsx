import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Router, type BaseLocationHook } from 'wouter';
import { ApiContext, createApiClient, type ApiClient } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { I18nProvider } from '../i18n/I18nProvider';
import { Shell } from '../shell/Shell';

/** Where the API's server serves the app (and Vite's dev server, with the same `base`). */
export const appBase = '/app';

/** The API client, the cache of server data and the chosen language, for everything below. */
export function AppProviders(props: {
  client: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <ApiContext.Provider value={props.client}>
      <QueryClientProvider client={props.queryClient}>
        <I18nProvider>{props.children}</I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}

/**
 * The web app: path routes under /app/ (the server sends index.html for every app route, so
 * deep links and reloads work), the session, the shell and its screens. Tests pass their own
 * client and an in-memory location.
 */
export function App(props: {
  client?: ApiClient;
  queryClient?: QueryClient;
  locationHook?: BaseLocationHook;
}) {
  const client = props.client ?? defaultClient();
  const queryClient = props.queryClient ?? defaultQueryClient();
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <Router
        base={props.locationHook ? '' : appBase}
        {...(props.locationHook ? { hook: props.locationHook } : {})}
      >
        <Shell />
      </Router>
    </AppProviders>
  );
}

let client: ApiClient | null = null;
let queries: QueryClient | null = null;
const defaultClient = () => (client ??= createApiClient());
const defaultQueryClient = () => (queries ??= createQueryClient());
