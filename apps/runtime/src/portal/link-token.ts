// Signed, expiring portal links. A token is 48 URL-safe characters (short enough for an SMS):
// the enrollment id (16 bytes), the expiry (4 bytes, unix seconds) and a 16-byte HMAC-SHA256 of
// enrollment, borrower and expiry. The borrower id is signed but not carried: the portal looks up
// the enrollment's borrower and checks the MAC with it, so a link is bound to both, and a link
// reveals nothing about who it is for.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Links } from '@tandem/dsl';
import type { LinkMaker } from '../activities/index';

const MAC_BYTES = 16;
const TOKEN_BYTES = 16 + 4 + MAC_BYTES;
const uuidHex = /^[0-9a-f]{32}$/;

export interface LinkClaims {
  enrollmentId: string;
  expiresAt: Date;
}

export type TokenCheck =
  { ok: true; claims: LinkClaims } | { ok: false; reason: 'malformed' | 'expired' | 'forged' };

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidText = (bytes: Buffer) => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

function mac(secret: string, enrollmentId: string, borrowerId: string, expires: number): Buffer {
  return createHmac('sha256', secret)
    .update(`tandem-portal-link\u0000${enrollmentId}\u0000${borrowerId}\u0000${expires}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

/**
 * @example signLinkToken({ secret, enrollmentId, borrowerId, expiresAt }) // 'q1vV…' (48 chars)
 */
export function signLinkToken(input: {
  secret: string;
  enrollmentId: string;
  borrowerId: string;
  expiresAt: Date;
}): string {
  const expires = Math.floor(input.expiresAt.getTime() / 1000);
  const head = Buffer.alloc(20);
  uuidBytes(input.enrollmentId).copy(head, 0);
  head.writeUInt32BE(expires, 16);
  return Buffer.concat([
    head,
    mac(input.secret, input.enrollmentId, input.borrowerId, expires),
  ]).toString('base64url');
}

/** Reads the enrollment id out of a token, before the MAC can be checked (it needs the borrower). */
export function readLinkToken(
  token: string,
): { enrollmentId: string; expires: number; mac: Buffer } | null {
  if (!/^[A-Za-z0-9_-]{48}$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== TOKEN_BYTES) return null;
  const id = bytes.subarray(0, 16);
  if (!uuidHex.test(id.toString('hex'))) return null;
  return { enrollmentId: uuidText(id), expires: bytes.readUInt32BE(16), mac: bytes.subarray(20) };
}

/**
 * Checks a token against the borrower the enrollment belongs to (null: no such enrollment, which
 * is reported as forged, so a guessed id learns nothing).
 */
export function checkLinkToken(input: {
  secret: string;
  token: string;
  borrowerId: string | null;
  now: Date;
}): TokenCheck {
  const read = readLinkToken(input.token);
  if (!read) return { ok: false, reason: 'malformed' };
  const expected = mac(input.secret, read.enrollmentId, input.borrowerId ?? '', read.expires);
  if (!input.borrowerId || !timingSafeEqual(expected, read.mac))
    return { ok: false, reason: 'forged' };
  // Expiry only after the MAC: an attacker cannot probe which ids exist by their expiry.
  if (read.expires * 1000 <= input.now.getTime()) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: { enrollmentId: read.enrollmentId, expiresAt: new Date(read.expires * 1000) },
  };
}

/** The portal paths behind each link kind. */
export const linkPaths: Record<keyof Links, string> = {
  portal: '',
  pay: '/pay',
  promise: '/promise',
  plan: '/plan',
  lesson: '/lesson',
};

/**
 * The link maker the worker renders messages with: every link of an enrollment, signed, valid
 * for `ttlMs` from the moment the message is rendered.
 * @example createJourneyWorker({ ..., links: signedLinks({ secret, publicUrl, ttlMs: 30 * 86_400_000 }) })
 */
export function signedLinks(options: {
  secret: string;
  publicUrl: string;
  ttlMs: number;
  now?: () => Date;
}): LinkMaker {
  const base = options.publicUrl.replace(/\/$/, '');
  return (enrollmentId, borrowerId) => {
    const expiresAt = new Date((options.now?.() ?? new Date()).getTime() + options.ttlMs);
    const token = signLinkToken({ secret: options.secret, enrollmentId, borrowerId, expiresAt });
    const at = (path: string) => `${base}/p/${token}${path}`;
    return {
      portal: at(linkPaths.portal),
      pay: at(linkPaths.pay),
      promise: at(linkPaths.promise),
      plan: at(linkPaths.plan),
      lesson: at(linkPaths.lesson),
    };
  };
}
