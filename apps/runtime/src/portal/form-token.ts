// Anti-forgery tokens for portal forms. Besides the Origin check (hono/csrf), every form carries
// an HMAC of the link token and the form's name: a page elsewhere cannot post a valid form
// without having read ours, and a token for one form does not work on another.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function formToken(secret: string, linkToken: string, form: string): string {
  return createHmac('sha256', secret)
    .update(`tandem-portal-form\u0000${linkToken}\u0000${form}`)
    .digest('base64url');
}

export function checkFormToken(
  secret: string,
  linkToken: string,
  form: string,
  given: unknown,
): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const expected = Buffer.from(formToken(secret, linkToken, form));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
