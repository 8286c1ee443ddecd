// Who a request is from: a machine with `Authorization: Bearer <key>`, or a person with the
// session cookie. Either way the key behind it must be working now: a revoked or expired key
// ends its sessions at once, because every request checks the key, not a copy of its role.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../db/client';
import { toIso } from '../../db/instants';
import {
  findKeyByHash,
  hashSecret,
  keyRefusal,
  touchKey,
  type ApiKeyRow,
} from '../../db/queries/api-keys';
import {
  endSession,
  findOpenSession,
  sessionEndsAt,
  sessionTimedOut,
  touchSession,
} from '../../db/queries/sessions';
import type { AppEnv, Caller } from '../auth';
import { ApiError } from '../errors';
import { cachedKey, rememberKey } from '../../keys/key-cache';
import { csrfTokenFor, SESSION_COOKIE, sessionTokenHash } from './session-tokens';

export interface SessionSettings {
  /** Ends a session nobody used for this long (TANDEM_SESSION_IDLE_MINUTES, default 8 h). */
  idleMs: number;
  /** Ends every session this long after sign-in (TANDEM_SESSION_MAX_DAYS, default 7 days). */
  maxMs: number;
}

export const defaultSessionSettings: SessionSettings = {
  idleMs: 8 * 60 * 60 * 1000,
  maxMs: 7 * 24 * 60 * 60 * 1000,
};

const unauthorized = (code: string, message: string) => new ApiError(401, code, message);

/** A 401 for a key that exists but does not work, saying why and since when. */
export function refusedKey(row: ApiKeyRow, now: Date): ApiError | null {
  const refusal = keyRefusal(row, now);
  if (refusal === 'revoked')
    return unauthorized('KEY_REVOKED', `this API key was revoked at ${toIso(row.revokedAt)}`);
  if (refusal === 'expired')
    return unauthorized('KEY_EXPIRED', `this API key expired at ${toIso(row.expiresAt)}`);
  return null;
}

/**
 * The key with this secret if it works now (its use noted), or a 401 saying why not. The row
 * comes from the key cache when it is fresh (key-cache.ts says how revocation stays honoured).
 */
export async function workingKey(db: Database, secret: string, now: Date): Promise<ApiKeyRow> {
  const hash = hashSecret(secret);
  let row = cachedKey(db, hash, now) ?? null;
  if (!row) {
    row = await findKeyByHash(db, hash);
    if (!row) throw unauthorized('UNAUTHORIZED', 'this API key is unknown');
  }
  const refusal = refusedKey(row, now);
  if (refusal) throw refusal;
  if (await touchKey(db, row, now)) row = { ...row, lastUsedAt: now.toISOString() };
  rememberKey(db, hash, row, now);
  return row;
}

/** The caller of a Bearer key, or a 401 saying why not. */
export async function keyCaller(db: Database, secret: string, now: Date): Promise<Caller> {
  const row = await workingKey(db, secret, now);
  return { keyId: row.id, name: row.name, role: row.role, via: 'key' };
}

/** The Bearer key in the Authorization header; undefined when there is no such header. */
export function bearerSecret(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('authorization');
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    throw unauthorized('UNAUTHORIZED', 'send an API key: "Authorization: Bearer <key>"');
  return match[1];
}

export const sessionToken = (c: Context<AppEnv>) => getCookie(c, SESSION_COOKIE);

/**
 * The caller of a session cookie, or a 401: unknown or ended session, timed out, or its key
 * revoked or expired (the session is then ended for good).
 */
export async function sessionCaller(
  db: Database,
  token: string,
  now: Date,
  settings: SessionSettings,
): Promise<Caller> {
  const found = await findOpenSession(db, sessionTokenHash(token));
  if (!found)
    throw unauthorized('UNAUTHORIZED', 'this session has ended or never existed: sign in again');
  const { session, key } = found;
  const refusal = refusedKey(key, now);
  if (refusal) {
    await endSession(db, session.id, now, 'keyRevoked');
    throw new ApiError(401, refusal.code, `${refusal.message}; its session has ended`);
  }
  if (sessionTimedOut(session, now, settings.idleMs)) {
    throw unauthorized('SESSION_EXPIRED', 'this session timed out: sign in again');
  }
  const seen = await touchSession(db, session, now);
  await touchKey(db, key, now);
  return {
    keyId: key.id,
    name: key.name,
    role: key.role,
    via: 'session',
    session: {
      id: session.id,
      csrfToken: csrfTokenFor(token),
      endsAt: sessionEndsAt(session, seen, settings.idleMs, key.expiresAt).toISOString(),
    },
  };
}

/**
 * A resolver for routes outside `/v1` (the codec endpoint): the caller of the request's session
 * cookie, null without one, or a 401 when the cookie is refused.
 */
export function cookieSessionCaller(
  db: Database,
  settings: SessionSettings,
  now: () => Date = () => new Date(),
): (c: Context) => Promise<Caller | null> {
  return async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    return token ? sessionCaller(db, token, now(), settings) : null;
  };
}
