// HMAC-signed webhooks: `Tandem-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
// The timestamp is inside the signed text, so a captured request cannot be replayed later with a
// fresh timestamp; the tolerance bounds how long a captured request stays usable.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'Tandem-Signature';

/** How far a signature's timestamp may be from our clock, either way. */
export const signatureToleranceSeconds = 5 * 60;

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'malformed' | 'mismatch' | 'too-old' | 'in-future' };

const toBytes = (body: Uint8Array | string): Buffer =>
  typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);

function hmac(secret: string, timestamp: number, body: Uint8Array | string): Buffer {
  return createHmac('sha256', secret)
    .update(`${timestamp}.`, 'utf8')
    .update(toBytes(body))
    .digest();
}

/**
 * The header value a sender puts on a request: sign the exact bytes you send.
 * @example signPayload('s3cret-s3cret-s3cret', '{"events":[]}', 1772442000) // "t=1772442000,v1=9f…"
 */
export function signPayload(secret: string, body: Uint8Array | string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body).toString('hex')}`;
}

/** `t=…,v1=…[,v1=…]`: several v1 values let a sender sign with an old and a new secret. */
function parseHeader(header: string): { timestamp: number; signatures: Buffer[] } | null {
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || value === undefined) return null;
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/i.test(value)) return null;
      signatures.push(Buffer.from(value, 'hex'));
    }
    // Other schemes (v0, v2…) are ignored so senders can add one before we support it.
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Checks a `Tandem-Signature` header against the raw body bytes, in constant time, and refuses
 * timestamps outside the tolerance (replays, or a sender's clock far ahead).
 * @example verifySignature({ header, body: rawBytes, secret, now: new Date() }) // { ok: true, timestamp }
 */
export function verifySignature(input: {
  header: string;
  body: Uint8Array | string;
  secret: string;
  now: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  const parsed = parseHeader(input.header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const tolerance = input.toleranceSeconds ?? signatureToleranceSeconds;
  const age = Math.floor(input.now.getTime() / 1000) - parsed.timestamp;
  if (age > tolerance) return { ok: false, reason: 'too-old' };
  if (age < -tolerance) return { ok: false, reason: 'in-future' };
  const expected = hmac(input.secret, parsed.timestamp, input.body);
  const matches = parsed.signatures.some((candidate) => timingSafeEqual(candidate, expected));
  return matches ? { ok: true, timestamp: parsed.timestamp } : { ok: false, reason: 'mismatch' };
}
