import { describe, expect, it } from 'vitest';
import {
  checkIdentityPass,
  expectedFact,
  factsMatch,
  normaliseFact,
  signIdentityPass,
} from './identity-check';
import type { PortalSession } from './portal-session';

const session = (
  borrower: Record<string, string | number | boolean | null>,
  account: Record<string, string | number | boolean | null>,
  externalId = 'ACC-00417',
) =>
  ({
    borrower: { attributes: borrower },
    account: { attributes: account, externalId },
  }) as unknown as PortalSession;

describe('identity facts', () => {
  it('reads date of birth and postcode from borrower attributes', () => {
    const s = session({ dateOfBirth: '1988-03-24', postcode: 'SW1A 1AA' }, {});
    expect(expectedFact('dateOfBirth', s)).toBe('1988-03-24');
    expect(expectedFact('postcode', s)).toBe('SW1A 1AA');
    expect(expectedFact('dateOfBirth', session({}, {}))).toBeNull();
  });

  it('takes the last 4 digits of the account number, else of the account id', () => {
    expect(expectedFact('accountLast4', session({}, { accountNumber: '12-3456-7890' }))).toBe(
      '7890',
    );
    expect(expectedFact('accountLast4', session({}, {}))).toBe('0417');
    expect(expectedFact('accountLast4', session({}, {}, 'ACC-7'))).toBeNull();
  });

  it('compares postcodes without case or spaces, and account digits without separators', () => {
    expect(normaliseFact('postcode', ' sw1a  1aa ')).toBe('SW1A1AA');
    expect(factsMatch('postcode', 'sw1a1aa', 'SW1A 1AA')).toBe(true);
    expect(factsMatch('postcode', 'SW1A 1AB', 'SW1A 1AA')).toBe(false);
    expect(factsMatch('accountLast4', ' 7890', '7890')).toBe(true);
    expect(factsMatch('dateOfBirth', '1988-03-24', '1988-03-24')).toBe(true);
    expect(factsMatch('dateOfBirth', '1988-03-23', '1988-03-24')).toBe(false);
  });

  it('never matches an empty record', () => {
    expect(factsMatch('postcode', '', ' ')).toBe(false);
  });
});

describe('identity pass cookie', () => {
  const secret = 'identity-pass-secret-identity-pass-secret';
  const now = new Date('2026-12-06T10:00:00Z');
  const pass = signIdentityPass(secret, 'enr-1', 'postcode', now);

  it('opens the link it was made for, until it expires', () => {
    expect(checkIdentityPass(secret, 'enr-1', 'postcode', pass, now)).toBe(true);
    const later = new Date(now.getTime() + 13 * 3_600_000);
    expect(checkIdentityPass(secret, 'enr-1', 'postcode', pass, later)).toBe(false);
  });

  it('opens nothing else: another link, another fact, another secret, an altered expiry', () => {
    expect(checkIdentityPass(secret, 'enr-2', 'postcode', pass, now)).toBe(false);
    expect(checkIdentityPass(secret, 'enr-1', 'dateOfBirth', pass, now)).toBe(false);
    expect(checkIdentityPass(`${secret}x`, 'enr-1', 'postcode', pass, now)).toBe(false);
    const [expires, mac] = pass.split('.');
    expect(
      checkIdentityPass(secret, 'enr-1', 'postcode', `${Number(expires) + 1}.${mac}`, now),
    ).toBe(false);
    expect(checkIdentityPass(secret, 'enr-1', 'postcode', undefined, now)).toBe(false);
  });
});
