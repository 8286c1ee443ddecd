// The real API server over HTTP, for tests that run it as a process of its own (cluster mode):
// the same `call` the in-process test app offers, with one key per role made in its database.
import type { ApiKeyRole } from '../db/schema';
import type { Database } from '../db/client';
import { createApiKey } from '../db/queries/api-keys';
import type { ScenarioApi } from './scenario';

export async function remoteApi(baseUrl: string, db: Database): Promise<ScenarioApi> {
  const keys = {} as Record<ApiKeyRole, string>;
  for (const role of ['admin', 'designer', 'agent', 'integration'] as const) {
    keys[role] = (await createApiKey(db, { name: `cluster test ${role}`, role })).key;
  }
  return {
    async call(method, path, { role = 'admin', body, rawBody, headers = {} } = {}) {
      const res = await fetch(new URL(path, baseUrl), {
        method,
        headers: {
          ...(body !== undefined || rawBody !== undefined
            ? { 'content-type': 'application/json' }
            : {}),
          ...(role ? { authorization: `Bearer ${keys[role]}` } : {}),
          ...headers,
        },
        ...(rawBody !== undefined
          ? { body: rawBody }
          : body !== undefined
            ? { body: JSON.stringify(body) }
            : {}),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
  };
}
