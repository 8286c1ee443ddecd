// The one gate in front of every /v1 route: who is calling (credentials.ts), whether a signed-in
// page's unsafe request is its own (csrf.ts), and whether the caller's role may call this
// operation (access-matrix.ts). Route modules decide nothing about access.
import type { MiddlewareHandler } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { Database } from '../../db/client';
import type { AppEnv, Caller } from '../auth';
import { ApiError } from '../errors';
import type { Operation } from './access-matrix';
import { allows, findOperation } from './operation-lookup';
import {
  bearerSecret,
  keyCaller,
  sessionCaller,
  sessionToken,
  type SessionSettings,
} from './credentials';
import { checkCsrf, checkOrigin } from './csrf';
import type { OriginSettings } from './request-origin';
import { SESSION_COOKIE } from './session-tokens';
import { hasSignature, signatureHint, signedCaller } from './signed-request';

export interface AccessOptions extends OriginSettings {
  db: Database;
  matrix: readonly Operation[];
  sessions: SessionSettings;
  now: () => Date;
  webhookSecret?: string;
}

const roleList = (operation: Operation) => ['admin', ...operation.roles].join(', ');

/** Who is calling: the Bearer key if there is one, else the session cookie, else 401. */
async function identify(
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
  options: AccessOptions,
  operation: Operation | null,
): Promise<Caller> {
  const now = options.now();
  const secret = bearerSecret(c);
  if (secret !== undefined) return keyCaller(options.db, secret, now);
  const token = sessionToken(c);
  if (token !== undefined) {
    try {
      return await sessionCaller(options.db, token, now, options.sessions);
    } catch (error) {
      // A cookie that no longer opens anything is cleared, so the browser stops sending it.
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      throw error;
    }
  }
  const signing = operation?.auth === 'keyOrSignature' ? ` ${signatureHint}` : '';
  throw new ApiError(
    401,
    'UNAUTHORIZED',
    `send an API key ("Authorization: Bearer <key>")${signing}, or sign in (POST /v1/session)`,
  );
}

/**
 * Authenticates and authorizes every /v1 request against the access matrix. Order: 401 (no
 * working credential), 403 CSRF (a signed-in page's unsafe request without its token), 404 (no
 * such operation), 403 FORBIDDEN (the role may not).
 * @example app.use('/v1/*', accessControl({ db, matrix: accessMatrix, sessions, now }))
 */
export function accessControl(options: AccessOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const operation = findOperation(options.matrix, c.req.method, c.req.path);
    if (operation?.auth === 'signIn') {
      checkOrigin(c, options);
      return next();
    }
    const caller =
      operation?.auth === 'keyOrSignature' && hasSignature(c)
        ? await signedCaller(c, options.webhookSecret, options.now())
        : await identify(c, options, operation);
    if (operation?.auth === 'session' && caller.via !== 'session') {
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        'this needs the session cookie: sign in with POST /v1/session',
      );
    }
    checkCsrf(c, caller, options);
    if (!operation) {
      throw new ApiError(404, 'NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`);
    }
    if (!allows(operation, caller.role)) {
      throw new ApiError(
        403,
        'FORBIDDEN',
        `${operation.operationId} needs the role ${roleList(operation)}; this ${caller.via === 'session' ? 'session' : 'key'} has "${caller.role}"`,
      );
    }
    c.set('caller', { ...caller, requestId: c.get('requestId') });
    await next();
  };
}
