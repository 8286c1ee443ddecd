// Signing in to the web app: a key in, an HttpOnly session cookie and a CSRF token out. Machines
// keep sending their key as a Bearer token; people's browsers never hold a key after sign-in.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { personLocale, setPersonLocale } from '../../db/queries/person-locale';
import { createSession, endSession, findOpenSession } from '../../db/queries/sessions';
import type { PersonLocale } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import type { AppDeps, RouteModule } from '../app';
import type { AppEnv, Caller } from '../auth';
import { defaultSessionSettings, workingKey } from '../access/credentials';
import { isHttps } from '../access/request-origin';
import {
  csrfTokenFor,
  newSessionToken,
  SESSION_COOKIE,
  sessionTokenHash,
} from '../access/session-tokens';
import { newRouter } from '../router';
import { getSessionRoute, signInRoute, signOutRoute, updateSessionRoute } from './session-schemas';

const cookieOptions = (c: Context<AppEnv>, deps: AppDeps) =>
  ({
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c, deps),
  }) as const;

const body = (
  caller: Caller,
  csrfToken: string,
  expiresAt: string,
  locale: PersonLocale | null,
) => ({
  caller: { keyId: caller.keyId, name: caller.name, role: caller.role },
  csrfToken,
  expiresAt,
  locale,
});

const earliest = (...instants: Array<number | null>) =>
  new Date(Math.min(...instants.filter((t): t is number => t !== null)));

/** POST, GET, PATCH and DELETE /session. */
export const sessionRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const settings = deps.sessions ?? defaultSessionSettings;

  router.openapi(signInRoute, async (c) => {
    const now = deps.now();
    const key = await workingKey(deps.db, c.req.valid('json').key, now);
    const caller: Caller = {
      keyId: key.id,
      name: key.name,
      role: key.role,
      via: 'session',
      requestId: c.get('requestId'),
    };
    const keyExpiry = key.expiresAt === null ? null : new Date(key.expiresAt).getTime();
    const token = newSessionToken();
    const absoluteEnd = earliest(now.getTime() + settings.maxMs, keyExpiry);
    const previous = getCookie(c, SESSION_COOKIE);
    const session = await deps.db.transaction(async (tx) => {
      if (previous !== undefined) {
        const open = await findOpenSession(tx, sessionTokenHash(previous));
        if (open) await endSession(tx, open.session.id, now, 'replaced');
      }
      const row = await createSession(tx, {
        keyId: caller.keyId,
        tokenHash: sessionTokenHash(token),
        now,
        expiresAt: absoluteEnd,
      });
      await recordAudit(tx, caller, 'session.signedIn', row.id);
      return row;
    });
    setCookie(c, SESSION_COOKIE, token, {
      ...cookieOptions(c, deps),
      maxAge: Math.max(1, Math.floor((absoluteEnd.getTime() - now.getTime()) / 1000)),
    });
    const idleEnd = earliest(now.getTime() + settings.idleMs, absoluteEnd.getTime());
    deps.logger.info({ keyId: caller.keyId, sessionId: session.id }, 'signed in');
    return c.json(body(caller, csrfTokenFor(token), idleEnd.toISOString(), key.locale), 200);
  });

  router.openapi(getSessionRoute, async (c) => {
    const caller = c.get('caller');
    const session = caller.session!;
    const locale = await personLocale(deps.db, caller.keyId);
    return c.json(body(caller, session.csrfToken, session.endsAt, locale), 200);
  });

  router.openapi(updateSessionRoute, async (c) => {
    const caller = c.get('caller');
    const session = caller.session!;
    const { locale } = c.req.valid('json');
    if (locale !== undefined) await setPersonLocale(deps.db, caller.keyId, locale);
    const now = await personLocale(deps.db, caller.keyId);
    return c.json(body(caller, session.csrfToken, session.endsAt, now), 200);
  });

  router.openapi(signOutRoute, async (c) => {
    const caller = c.get('caller');
    const sessionId = caller.session!.id;
    await deps.db.transaction(async (tx) => {
      await endSession(tx, sessionId, deps.now(), 'signedOut');
      await recordAudit(tx, caller, 'session.signedOut', sessionId);
    });
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c, deps));
    return c.body(null, 204);
  });

  return router;
};
