import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkLinkToken, signedLinks, signLinkToken } from './link-token';

const secret = 'a-link-secret-of-at-least-32-chars!!';
const enrollmentId = randomUUID();
const borrowerId = randomUUID();
const now = new Date('2026-03-02T09:00:00Z');
const token = signLinkToken({
  secret,
  enrollmentId,
  borrowerId,
  expiresAt: new Date('2026-03-10T00:00:00Z'),
});

describe('portal link tokens', () => {
  it('are 48 URL-safe characters that check out for their enrollment and borrower', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(checkLinkToken({ secret, token, borrowerId, now })).toEqual({
      ok: true,
      claims: { enrollmentId, expiresAt: new Date('2026-03-10T00:00:00Z') },
    });
  });

  it('are refused for another borrower, another secret, or any changed character', () => {
    expect(checkLinkToken({ secret, token, borrowerId: randomUUID(), now })).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(checkLinkToken({ secret: `${secret}x`, token, borrowerId, now }).ok).toBe(false);
    for (const at of [0, 17, 30, 47]) {
      const swapped = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
      expect(checkLinkToken({ secret, token: swapped, borrowerId, now }).ok, `char ${at}`).toBe(
        false,
      );
    }
    expect(checkLinkToken({ secret, token: `${token}x`, borrowerId, now })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('expire', () => {
    const later = new Date('2026-03-10T00:00:00Z');
    expect(checkLinkToken({ secret, token, borrowerId, now: later })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('make every link of a message under /p/<token>', () => {
    const links = signedLinks({
      secret,
      publicUrl: 'https://pay.example/',
      ttlMs: 86_400_000,
      now: () => now,
    })(enrollmentId, borrowerId);
    expect(links.promise).toMatch(/^https:\/\/pay\.example\/p\/[A-Za-z0-9_-]{48}\/promise$/);
    expect(links.portal).toBe(links.promise.replace(/\/promise$/, ''));
  });
});
