// The web session's secrets. The cookie carries a random id; the database stores only its hash.
// The CSRF token is derived from the id, so it needs no storage and cannot be computed by anyone
// who can read the database but not the cookie.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/** A new session id: 256 random bits. */
export const newSessionToken = () => randomBytes(32).toString('base64url');

export const sessionTokenHash = (token: string) =>
  createHash('sha256').update(`tandem-session:${token}`).digest('hex');

/** The synchronizer token a signed-in page sends back in `X-CSRF-Token` on unsafe requests. */
export const csrfTokenFor = (token: string) =>
  createHash('sha256').update(`tandem-csrf:${token}`).digest('base64url');

/** Compares without leaking, through timing, how much of a guess was right. */
export function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
