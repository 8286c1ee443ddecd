import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/client';
import type { ApiKeyRole } from '../db/schema';
import { roleOfKey } from './api-keys';
import { ApiError } from './errors';

export interface Caller {
  keyId: string;
  name: string;
  role: ApiKeyRole;
}

export type AppEnv = { Variables: { caller: Caller } };

/**
 * Requires `Authorization: Bearer <key>` with one of `roles` (admin may do everything).
 * Missing or unknown key: 401. Known key, wrong role: 403.
 */
export function requireRole(db: Database, ...roles: ApiKeyRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new ApiError(401, 'UNAUTHORIZED', 'send an API key: "Authorization: Bearer <key>"');
    const caller = await roleOfKey(db, match[1]);
    if (!caller) throw new ApiError(401, 'UNAUTHORIZED', 'this API key is unknown or revoked');
    if (caller.role !== 'admin' && !roles.includes(caller.role)) {
      throw new ApiError(
        403,
        'FORBIDDEN',
        `this needs the role ${roles.join(' or ')}; the key has "${caller.role}"`,
      );
    }
    c.set('caller', { keyId: caller.id, name: caller.name, role: caller.role });
    await next();
  };
}
