// For tests: sign in through the real POST /v1/session and keep what a browser would keep (the
// cookie) and what the page would send back (the CSRF token).
import { expect } from 'vitest';
import type { ApiKeyRole } from '../../db/schema';
import type { TestApi } from '../testing';
import { CSRF_HEADER, SESSION_COOKIE } from './session-tokens';

export interface SignedIn {
  /** `tandem_session=<id>`, for a Cookie header. */
  cookie: string;
  csrfToken: string;
  /** The cookie and the CSRF token, as a signed-in page sends them. */
  headers: Record<string, string>;
  /** The whole Set-Cookie header of the sign-in. */
  setCookie: string;
}

/** The `name=value` of the session cookie in a Set-Cookie header. */
export function sessionCookieOf(setCookie: string | null): string {
  const match = new RegExp(`${SESSION_COOKIE}=[^;]*`).exec(setCookie ?? '');
  if (!match) throw new Error(`no ${SESSION_COOKIE} cookie in "${setCookie}"`);
  return match[0];
}

/** Signs in with the test key of `role` (or any key), as the web app would. */
export async function signInAs(
  api: TestApi,
  role: ApiKeyRole,
  key = api.keys[role],
): Promise<SignedIn> {
  const res = await api.call('POST', '/v1/session', { role: null, body: { key } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = sessionCookieOf(setCookie);
  const { csrfToken } = res.body as { csrfToken: string };
  return { cookie, csrfToken, setCookie, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}
