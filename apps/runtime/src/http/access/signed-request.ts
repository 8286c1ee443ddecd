// Events may arrive as a webhook signed with the shared secret instead of with an API key. A
// request that carries a signature is judged by it alone: a bad signature is refused even if an
// API key rides along, because it means the body is not what was signed.
import type { Context } from 'hono';
import type { AppEnv, Caller } from '../auth';
import { ApiError } from '../errors';
import { signatureHeader, verifySignature, type SignatureCheck } from '../signature';

const refusals: Record<Exclude<SignatureCheck, { ok: true }>['reason'], string> = {
  malformed: `${signatureHeader} must look like "t=<unix seconds>,v1=<hex HMAC-SHA256>"`,
  mismatch: `${signatureHeader} does not match the body: sign "<t>.<raw body>" with the shared secret`,
  'too-old': `${signatureHeader} is more than 5 minutes old (replayed, or the sender's clock is behind)`,
  'in-future': `${signatureHeader} is more than 5 minutes in the future (the sender's clock is ahead)`,
};

export const hasSignature = (c: Context<AppEnv>) => c.req.header(signatureHeader) !== undefined;

/**
 * The caller of a signed request, or a 401 naming what is wrong with its signature. The body is
 * read once as bytes: the validator later parses the same cached body, so what is verified is
 * exactly what is parsed.
 */
export async function signedCaller(
  c: Context<AppEnv>,
  secret: string | undefined,
  now: Date,
): Promise<Caller> {
  if (!secret) {
    throw new ApiError(
      401,
      'UNAUTHORIZED',
      'signed requests are refused: no webhook secret is configured',
    );
  }
  const header = c.req.header(signatureHeader) ?? '';
  const body = new Uint8Array(await c.req.arrayBuffer());
  const check = verifySignature({ header, body, secret, now });
  if (!check.ok) throw new ApiError(401, 'UNAUTHORIZED', refusals[check.reason]);
  return {
    keyId: 'webhook-signature',
    name: 'signed webhook',
    role: 'integration',
    via: 'signature',
  };
}

export const signatureHint = `or sign the body ("${signatureHeader}: t=…,v1=…")`;
