// Cross-site request forgery, for callers signed in with the cookie (a Bearer key cannot be sent
// by another site's page, so machines need none of this). SameSite=Strict already keeps the
// cookie off cross-site requests; the synchronizer token and the Origin check are the belt and
// braces for browsers and proxies that get SameSite wrong.
import type { Context } from 'hono';
import type { AppEnv, Caller } from '../auth';
import { ApiError } from '../errors';
import { ownOrigins, type OriginSettings } from './request-origin';
import { CSRF_HEADER, sameToken } from './session-tokens';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isUnsafe = (method: string) => unsafeMethods.has(method.toUpperCase());

const refused = (message: string) => new ApiError(403, 'CSRF', message);

/** 403 CSRF unless an Origin header, when sent, is this server's own. */
export function checkOrigin(c: Context<AppEnv>, settings: OriginSettings): void {
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  const own = ownOrigins(c, settings);
  if (!own.includes(origin)) {
    throw refused(`the Origin header "${origin}" is not this server's (${own.join(' or ')})`);
  }
}

/**
 * For a session caller's unsafe request: the X-CSRF-Token header must be the session's token,
 * and the Origin, when the browser sends one, this server's. Otherwise 403 CSRF naming what is
 * missing or wrong.
 */
export function checkCsrf(c: Context<AppEnv>, caller: Caller, settings: OriginSettings): void {
  if (caller.via !== 'session' || !caller.session || !isUnsafe(c.req.method)) return;
  const given = c.req.header(CSRF_HEADER);
  if (given === undefined || given === '') {
    throw refused(
      `the ${CSRF_HEADER} header is missing: send the csrfToken from POST or GET /v1/session`,
    );
  }
  if (!sameToken(caller.session.csrfToken, given)) {
    throw refused(`the ${CSRF_HEADER} header does not match this session's csrfToken`);
  }
  checkOrigin(c, settings);
}
