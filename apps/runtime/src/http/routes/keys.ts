// API keys per person and system: make, list, revoke, rotate. Admins only (the access matrix
// says so); every change is audited in its own transaction (keys/key-actions.ts).
import { listKeys } from '../../db/queries/api-keys';
import { createKey, revokeKey, rotateKey, type KeyRefusal } from '../../keys/key-actions';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { createKeyRoute, listKeysRoute, revokeKeyRoute, rotateKeyRoute } from './keys-schemas';

/** At most this far ahead: a key that never needs renewing should say so (no expiry). */
const MAX_EXPIRY_MS = 5 * 366 * 24 * 60 * 60 * 1000;

/** An `expiresAt` from a body as a Date in the (not too far) future, or a 400 naming the field. */
function expiryOf(text: string | null | undefined, now: Date): Date | null | undefined {
  if (text === undefined || text === null) return text;
  const at = new Date(text);
  const problem =
    at <= now
      ? 'must be in the future'
      : at.getTime() - now.getTime() > MAX_EXPIRY_MS
        ? 'must be at most 5 years ahead (leave it out for a key that does not expire)'
        : null;
  if (problem) {
    throw new ApiError(400, 'VALIDATION', `expiresAt: ${problem}`, [
      { path: 'expiresAt', message: problem },
    ]);
  }
  return at;
}

function refusal(id: string, refused: KeyRefusal): ApiError {
  switch (refused.reason) {
    case 'not-found':
      return new ApiError(404, 'KEY_NOT_FOUND', `no API key ${id}`);
    case 'already-revoked':
      return new ApiError(
        409,
        'ALREADY_REVOKED',
        `this key is revoked, or rotated and in its grace, from ${refused.revokedAt}`,
      );
    case 'last-admin':
      return new ApiError(
        409,
        'LAST_ADMIN_KEY',
        'this is the last working admin key: revoking it would leave nobody able to manage keys. ' +
          'Make another admin key first, or rotate this one',
      );
  }
}

/** POST/GET /keys, POST /keys/:id/revoke, POST /keys/:id/rotate. */
export const keysRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(createKeyRoute, async (c) => {
    const input = c.req.valid('json');
    const now = deps.now();
    const expiresAt = expiryOf(input.expiresAt, now);
    const made = await createKey(deps.db, c.get('caller'), { ...input, expiresAt }, now);
    return c.json(made, 201);
  });

  router.openapi(listKeysRoute, async (c) => c.json({ keys: await listKeys(deps.db) }, 200));

  router.openapi(revokeKeyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const result = await revokeKey(deps.db, c.get('caller'), id, deps.now());
    if (!result.ok) throw refusal(id, result);
    return c.json({ key: result.key }, 200);
  });

  router.openapi(rotateKeyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const now = deps.now();
    const expiresAt = expiryOf(body.expiresAt, now);
    const result = await rotateKey(
      deps.db,
      c.get('caller'),
      id,
      {
        ...(body.graceSeconds === undefined ? {} : { graceSeconds: body.graceSeconds }),
        ...(expiresAt === undefined ? {} : { expiresAt }),
      },
      now,
    );
    if (!result.ok) throw refusal(id, result);
    const { key, secret, previous } = result;
    return c.json({ key, secret, previous }, 201);
  });

  return router;
};
