// Events arrive two ways: from a lender's system holding an API key, or as a webhook signed with
// the shared secret. A request that carries a signature is judged by it alone: a bad signature is
// refused even if an API key rides along, because it means the body is not what was signed.
import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app';
import { requireRole, type AppEnv } from '../auth';
import { ApiError } from '../errors';
import { signatureHeader, verifySignature, type SignatureCheck } from '../signature';

const refusals: Record<Exclude<SignatureCheck, { ok: true }>['reason'], string> = {
  malformed: `${signatureHeader} must look like "t=<unix seconds>,v1=<hex HMAC-SHA256>"`,
  mismatch: `${signatureHeader} does not match the body: sign "<t>.<raw body>" with the shared secret`,
  'too-old': `${signatureHeader} is more than 5 minutes old (replayed, or the sender's clock is behind)`,
  'in-future': `${signatureHeader} is more than 5 minutes in the future (the sender's clock is ahead)`,
};

/**
 * Authenticates POST /events by `Tandem-Signature` over the raw body bytes, or else by an API key
 * with the role integration (or admin).
 * @example router.use('/events', signedOrApiKey(deps))
 */
export function signedOrApiKey(
  deps: Pick<AppDeps, 'db' | 'webhookSecret'> & { now: () => Date },
): MiddlewareHandler<AppEnv> {
  const apiKey = requireRole(deps.db, 'integration');
  return async (c, next) => {
    const header = c.req.header(signatureHeader);
    if (header === undefined) {
      if (c.req.header('authorization') === undefined) {
        throw new ApiError(
          401,
          'UNAUTHORIZED',
          `send an API key ("Authorization: Bearer <key>") or sign the body ("${signatureHeader}: t=…,v1=…")`,
        );
      }
      return apiKey(c, next);
    }
    if (!deps.webhookSecret) {
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        'signed requests are refused: no webhook secret is configured',
      );
    }
    // Read once as bytes: the validator later parses the same cached body, so what is verified
    // is exactly what is parsed.
    const body = new Uint8Array(await c.req.arrayBuffer());
    const check = verifySignature({ header, body, secret: deps.webhookSecret, now: deps.now() });
    if (!check.ok) throw new ApiError(401, 'UNAUTHORIZED', refusals[check.reason]);
    c.set('caller', { keyId: 'webhook-signature', name: 'signed webhook', role: 'integration' });
    await next();
  };
}
