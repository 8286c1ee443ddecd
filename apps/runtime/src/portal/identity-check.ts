// The identity check before the portal shows a balance or personal data (lender setting
// `identityCheck`). The borrower confirms one fact the lender chose; five wrong answers in a row
// lock the link for 30 minutes (kept in the database, per enrollment, so a restart or a second
// server does not give five more tries); a right answer is remembered by a signed cookie scoped
// to the link. The typed value is compared in constant time and never stored or logged.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { portalIdentityChecks } from '../db/schema';
import type { IdentityFact } from '../lender/lender-settings-schema';
import type { PortalSession } from './portal-session';

export const identityMaxFailures = 5;
export const identityLockMs = 30 * 60_000;
/** How long a passed check is honoured (the cookie itself lasts until the browser closes). */
export const identityPassMs = 12 * 60 * 60_000;
export const identityCookie = 'tandem_identity';

/**
 * Where each fact lives. Date of birth and postcode are borrower attributes (`dateOfBirth` as
 * YYYY-MM-DD, `postcode`): the import already carries free attributes, and a lender that does not
 * use the check need not send them. The account number is the account attribute
 * `accountNumber` when the lender sends one, else the account's id at the lender.
 */
export function expectedFact(fact: IdentityFact, session: PortalSession): string | null {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
  if (fact === 'dateOfBirth') return text(session.borrower.attributes.dateOfBirth);
  if (fact === 'postcode') return text(session.borrower.attributes.postcode);
  const number = text(session.account.attributes.accountNumber) ?? session.account.externalId;
  const digits = number.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** The form of a fact both sides are compared in: "sw1a 1aa" = "SW1A1AA", " 1234" = "1234". */
export function normaliseFact(fact: IdentityFact, value: string): string {
  if (fact === 'postcode') return value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (fact === 'accountLast4') return value.replace(/\D/g, '');
  return value.trim();
}

/** Equal facts, in time that does not depend on where they differ (both are hashed first). */
export function factsMatch(fact: IdentityFact, typed: string, expected: string): boolean {
  const digest = (v: string) => createHash('sha256').update(normaliseFact(fact, v)).digest();
  const same = timingSafeEqual(digest(typed), digest(expected));
  return same && normaliseFact(fact, expected) !== '';
}

export type IdentityState = { locked: false } | { locked: true; until: Date };
export type FailureOutcome = { locked: false; triesLeft: number } | { locked: true; until: Date };

export async function identityState(
  db: Database,
  enrollmentId: string,
  now: Date,
): Promise<IdentityState> {
  const [row] = await db
    .select({ lockedUntil: portalIdentityChecks.lockedUntil })
    .from(portalIdentityChecks)
    .where(eq(portalIdentityChecks.enrollmentId, enrollmentId));
  const until = row?.lockedUntil ? new Date(row.lockedUntil) : null;
  return until && until > now ? { locked: true, until } : { locked: false };
}

/**
 * One wrong answer: counted in one statement (two tabs cannot both read 4 and write 5); the fifth
 * in a row locks the link and starts the count again for after the lock.
 */
export async function recordFailure(
  db: Database,
  enrollmentId: string,
  now: Date,
): Promise<FailureOutcome> {
  const at = now.toISOString();
  const [row] = await db
    .insert(portalIdentityChecks)
    .values({ enrollmentId, failures: 1, updatedAt: at })
    .onConflictDoUpdate({
      target: portalIdentityChecks.enrollmentId,
      set: { failures: sql`${portalIdentityChecks.failures} + 1`, updatedAt: at },
    })
    .returning({ failures: portalIdentityChecks.failures });
  const failures = row?.failures ?? identityMaxFailures;
  if (failures < identityMaxFailures)
    return { locked: false, triesLeft: identityMaxFailures - failures };
  const until = new Date(now.getTime() + identityLockMs);
  await db
    .update(portalIdentityChecks)
    .set({ failures: 0, lockedUntil: until.toISOString(), updatedAt: at })
    .where(eq(portalIdentityChecks.enrollmentId, enrollmentId));
  return { locked: true, until };
}

/** A right answer clears the count. */
export async function recordSuccess(db: Database, enrollmentId: string, now: Date): Promise<void> {
  await db
    .update(portalIdentityChecks)
    .set({ failures: 0, lockedUntil: null, updatedAt: now.toISOString() })
    .where(eq(portalIdentityChecks.enrollmentId, enrollmentId));
}

const passMac = (secret: string, enrollmentId: string, fact: IdentityFact, expires: number) =>
  createHmac('sha256', secret)
    .update(`identity-pass\n${enrollmentId}\n${fact}\n${expires}`)
    .digest('base64url');

/** The cookie value that says this browser passed the check for this link (and this fact). */
export function signIdentityPass(
  secret: string,
  enrollmentId: string,
  fact: IdentityFact,
  now: Date,
): string {
  const expires = now.getTime() + identityPassMs;
  return `${expires}.${passMac(secret, enrollmentId, fact, expires)}`;
}

export function checkIdentityPass(
  secret: string,
  enrollmentId: string,
  fact: IdentityFact,
  value: string | undefined,
  now: Date,
): boolean {
  const [expiresText, mac] = (value ?? '').split('.');
  const expires = Number(expiresText);
  if (!mac || !Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
  const expected = Buffer.from(passMac(secret, enrollmentId, fact, expires));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Pages that show nothing personal and stay one tap from a message: the lesson and the
 * preferences (opting out). Everything else under the link waits for the check.
 */
export const pagesWithoutCheck = new Set(['lesson', 'preferences', 'identity']);
