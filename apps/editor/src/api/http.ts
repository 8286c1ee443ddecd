import type { z } from 'zod';
import { errorSchema } from './api-schemas';

/** A failed API call: the API's own error code and message, and its details (problems). */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The API sent something that is not what docs/api.md promises. */
export class UnexpectedResponseError extends Error {
  constructor(path: string, cause: unknown) {
    super(`the API's answer to ${path} was not what the web app expected`, { cause });
    this.name = 'UnexpectedResponseError';
  }
}

export interface HttpOptions {
  /** Origin of the API; '' (the app's own origin) unless a test says otherwise. */
  base?: string;
  fetch?: typeof fetch;
  /** The signed-in session's CSRF token, sent with every unsafe call. */
  csrfToken: () => string | null;
  /** A call was refused with 401: the session ended (expired, revoked, signed out elsewhere). */
  onUnauthorized: () => void;
}

export interface CallOptions {
  /** A 401 is an answer here (checking or opening a session), not the end of one. */
  unauthorizedIsAnswer?: boolean;
  /** The CSRF token of a session the app has not taken on (closing one it refuses). */
  csrfToken?: string;
  /** Extra request headers (If-Match on a draft save). */
  headers?: Record<string, string>;
}

export type Http = ReturnType<typeof createHttp>;

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Calls to the API under `/v1` on the app's own origin, authenticated by the session cookie
 * (never by a key the app keeps): the browser sends the cookie (`credentials: 'same-origin'`),
 * and unsafe methods carry `X-CSRF-Token`. Every answer is parsed with zod, so the rest of the
 * app works with checked values.
 * @example const http = createHttp({ csrfToken: () => token, onUnauthorized: () => {} });
 */
export function createHttp(options: HttpOptions) {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    callOptions: CallOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...callOptions.headers,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = safeMethods.has(method) ? null : (callOptions.csrfToken ?? options.csrfToken());
    if (csrf) headers['x-csrf-token'] = csrf;
    const response = await doFetch(`${base}/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 401 && !callOptions.unauthorizedIsAnswer) options.onUnauthorized();
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (error) {
      throw new UnexpectedResponseError(path, error);
    }
    if (!response.ok) {
      const parsed = errorSchema.safeParse(json);
      if (!parsed.success)
        throw new ApiCallError(response.status, 'HTTP', `HTTP ${response.status}`);
      const { code, message, details } = parsed.data.error;
      throw new ApiCallError(response.status, code, message, details);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error);
    return parsed.data;
  }

  return { call };
}
