import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/api-types';

/** JSON answers only: routes that can also answer CSV (`format=csv`) are typed by their JSON. */
export type TandemClient = Client<paths, 'application/json'>;

export interface TandemClientOptions {
  /** Where the API is: an origin (`http://127.0.0.1:8787`); '' for the page's own origin. */
  baseUrl: string;
  /** An API key (CLI, scripts, integrations): sent as `Authorization: Bearer …`. */
  apiKey?: string;
  /**
   * The web app's session: the cookie goes along on its own (`credentials`), and this token is
   * sent as `X-CSRF-Token` with every unsafe method unless the call sets one itself.
   */
  csrfToken?: () => string | null;
  /** Any answer with status 401: a session that ended (leave it out where a 401 is an answer). */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A typed client for every route of /openapi.json (openapi-fetch over the generated `paths`).
 * @example
 * const api = createTandemClient({ baseUrl: 'http://127.0.0.1:8787', apiKey });
 * const { journeys } = await answer(api.GET('/v1/journeys'));
 */
export function createTandemClient(options: TandemClientOptions): TandemClient {
  const client = createClient<paths, 'application/json'>({
    baseUrl: options.baseUrl,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
    // Looked up per call, so a fetch replaced after the client was made is the one used.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  const { csrfToken, onUnauthorized } = options;
  if (csrfToken) {
    const csrf: Middleware = {
      onRequest({ request }) {
        if (safeMethods.has(request.method) || request.headers.has('x-csrf-token')) return;
        const token = csrfToken();
        if (token) request.headers.set('x-csrf-token', token);
        return request;
      },
    };
    client.use(csrf);
  }
  if (onUnauthorized) {
    const sessionEnded: Middleware = {
      onResponse({ response }) {
        if (response.status === 401) onUnauthorized();
      },
    };
    client.use(sessionEnded);
  }
  return client;
}
