// The benches call the API through the generated client (@tandem/api-client), with the admin key
// of the server they started. Load generators (autocannon) still speak raw HTTP: they measure it.
import { createTandemClient, type TandemClient } from '@tandem/api-client';
import type { ServerProcess } from './server-process';

export { answer } from '@tandem/api-client';

/** A typed client for `server`, as its admin. */
export function benchApi(server: Pick<ServerProcess, 'base' | 'adminKey'>): TandemClient {
  return createTandemClient({ baseUrl: server.base, apiKey: server.adminKey });
}
