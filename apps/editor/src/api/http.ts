import { createTandemClient, type TandemClient } from '@tandem/api-client';

export { ApiCallError, answer } from '@tandem/api-client';

export interface HttpOptions {
  /** Origin of the API; '' (the app's own origin) unless a test says otherwise. */
  base?: string;
  fetch?: typeof fetch;
  /** The signed-in session's CSRF token, sent with every unsafe call. */
  csrfToken: () => string | null;
  /** A call was refused with 401: the session ended (expired, revoked, signed out elsewhere). */
  onUnauthorized: () => void;
}

/** The web app's two views of the generated client (@tandem/api-client), over one session. */
export interface Http {
  /** Every call of a signed-in session: a 401 means the session ended. */
  api: TandemClient;
  /** Checking, opening and closing a session: a 401 is an answer here, not the end of one. */
  session: TandemClient;
}

/**
 * Calls to the API under `/v1` on the app's own origin, authenticated by the session cookie
 * (never by a key the app keeps): the browser sends the cookie (`credentials: 'same-origin'`),
 * and unsafe methods carry `X-CSRF-Token`. Bodies and answers are typed by the OpenAPI document.
 * @example const http = createHttp({ csrfToken: () => token, onUnauthorized: () => {} });
 */
export function createHttp(options: HttpOptions): Http {
  const shared = {
    baseUrl: options.base ?? '',
    csrfToken: options.csrfToken,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  return {
    api: createTandemClient({ ...shared, onUnauthorized: options.onUnauthorized }),
    session: createTandemClient(shared),
  };
}
