import { createContext, useContext } from 'react';
import { journeysApi } from './api-client';
import { borrowersApi } from './borrowers-api';
import { experimentsApi } from './experiments-api';
import { createHttp } from './http';
import { keysApi } from './keys-api';
import { launchApi } from './launch-api';
import { lenderApi } from './lender-api';
import { resultsApi } from './results-api';
import { currentCsrfToken, useSession } from './session';
import { sessionApi } from './session-api';
import { tasksApi } from './tasks-api';
import { webhooksApi } from './webhooks-api';

/** Every API the web app calls, over one `Http` bound to the session. */
export function createApiClient(options: { base?: string; fetch?: typeof fetch } = {}) {
  const http = createHttp({
    ...options,
    csrfToken: currentCsrfToken,
    onUnauthorized: () => useSession.getState().ended(),
  });
  return {
    session: sessionApi(http),
    journeys: journeysApi(http),
    experiments: experimentsApi(http),
    keys: keysApi(http),
    lender: lenderApi(http),
    launches: launchApi(http),
    tasks: tasksApi(http),
    borrowers: borrowersApi(http),
    results: resultsApi(http),
    webhooks: webhooksApi(http),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;

export const ApiContext = createContext<ApiClient | null>(null);

/** The API client of the app (provided once, in App). */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs <ApiContext.Provider> (App provides it)');
  return client;
}
