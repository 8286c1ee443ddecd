// One way for tests to call the API with a key per role: over the in-process app (`app.request`)
// or over HTTP to a real server running as a process of its own (cluster mode).
import type { ApiKeyRole } from '../db/schema';
import type { Database } from '../db/client';
import { createApiKey } from '../db/queries/api-keys';

/** Options of one test call: the role whose key it carries (null: none) and its body. */
export interface ApiCallOptions {
  role?: ApiKeyRole | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface ApiCallAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A JSON request as `role` (or without a key when role is null); returns status and parsed body. */
export type ApiCall = (
  method: string,
  path: string,
  options?: ApiCallOptions,
) => Promise<ApiCallAnswer>;

/** Sends one request: `app.request` of the in-process app, or `fetch` against a base URL. */
export type SendRequest = (path: string, init: RequestInit) => Promise<Response>;

/** One API key per role, made in `db` and named `<label> <role>`. */
export async function createRoleKeys(
  db: Database,
  label: string,
): Promise<Record<ApiKeyRole, string>> {
  const keys = {} as Record<ApiKeyRole, string>;
  for (const role of ['admin', 'designer', 'agent', 'integration'] as const) {
    keys[role] = (await createApiKey(db, { name: `${label} ${role}`, role })).key;
  }
  return keys;
}

/** The `call` of a test API over `send`, authorised with `keys`. */
export function apiCaller(send: SendRequest, keys: Record<ApiKeyRole, string>): ApiCall {
  return async (method, path, { role = 'admin', body, rawBody, headers = {} } = {}) => {
    const res = await send(path, {
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
      // not JSON (CSV export, HTML): keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
}

/**
 * The real API server over HTTP, for tests that run it as a process of its own (cluster mode):
 * the same `call` the in-process test app offers, with one key per role made in its database.
 */
export async function remoteApi(baseUrl: string, db: Database): Promise<{ call: ApiCall }> {
  const keys = await createRoleKeys(db, 'cluster test');
  return { call: apiCaller((path, init) => fetch(new URL(path, baseUrl), init), keys) };
}
