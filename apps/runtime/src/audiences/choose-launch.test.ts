import { describe, expect, it } from 'vitest';
import { audienceFacts, type AccountRow, type BorrowerRow } from './audience-facts';
import { chooseLaunch, type AccountSituation, type LiveLaunch } from './choose-launch';
import { holdoutPosition, isHeldOut } from './holdout';

const borrower: BorrowerRow = {
  externalId: 'b-1',
  firstName: 'Lan',
  lastName: null,
  locale: 'en',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  region: null,
  segment: 'first-time',
  attributes: {},
};
const account: AccountRow = {
  externalId: 'acc-1',
  amountDue: 120,
  currency: 'USD',
  dueDate: null,
  daysPastDue: 12,
  minimumPayment: null,
  product: 'bnpl',
  timeBarred: false,
  attributes: {},
};
const now = new Date('2026-03-10T09:00:00Z');
const facts = audienceFacts(borrower, account, now);

const launch = (overrides: Partial<LiveLaunch>): LiveLaunch => ({
  id: 'launch-a',
  journeyId: 'journey-a',
  journeyVersionId: 'version-a',
  rules: { fact: 'account.daysPastDue', op: 'gte', value: 1 },
  priority: 100,
  holdoutPercent: 0,
  reentryCooloffDays: 30,
  ...overrides,
});
const fresh = (accountId = 'account-1'): AccountSituation => ({
  accountId,
  liveJourneys: new Set(),
  lastLeftAt: new Map(),
});

describe('chooseLaunch', () => {
  it('gives the account to the first matching launch in priority order', () => {
    const early = launch({ id: 'early', journeyId: 'early', priority: 1 });
    const late = launch({ id: 'late', journeyId: 'late', priority: 2 });
    const decision = chooseLaunch([early, late], facts, fresh(), now);
    expect(decision).toEqual({ kind: 'enroll', launch: early });
  });

  it('skips launches whose rules do not match', () => {
    const vip = launch({
      id: 'vip',
      journeyId: 'vip',
      rules: { fact: 'borrower.segment', op: 'eq', value: 'vip' },
    });
    const any = launch({ id: 'any', journeyId: 'any', priority: 200 });
    expect(chooseLaunch([vip, any], facts, fresh(), now)).toEqual({ kind: 'enroll', launch: any });
    expect(chooseLaunch([vip], facts, fresh(), now)).toEqual({ kind: 'noMatch' });
  });

  it('leaves an account that is live in any journey where it is', () => {
    const situation = { ...fresh(), liveJourneys: new Set(['other']) };
    expect(chooseLaunch([launch({})], facts, situation, now)).toEqual({
      kind: 'alreadyEnrolled',
    });
  });

  it('refuses re-entry during the cool-off after leaving, and not after it', () => {
    const a = launch({ reentryCooloffDays: 30 });
    const leftAt = new Date('2026-02-20T09:00:00Z');
    const situation = { ...fresh(), lastLeftAt: new Map([['journey-a', leftAt]]) };
    expect(chooseLaunch([a], facts, situation, now)).toEqual({
      kind: 'coolingOff',
      launch: a,
      until: new Date('2026-03-22T09:00:00Z'),
    });
    expect(chooseLaunch([a], facts, situation, new Date('2026-03-22T09:00:00Z')).kind).toBe(
      'enroll',
    );
  });

  it('does not let a cooling-off account slip into a lower launch', () => {
    const a = launch({ priority: 1 });
    const b = launch({ id: 'b', journeyId: 'journey-b', priority: 2 });
    const situation = {
      ...fresh(),
      lastLeftAt: new Map([['journey-a', new Date('2026-03-09T09:00:00Z')]]),
    };
    expect(chooseLaunch([a, b], facts, situation, now).kind).toBe('coolingOff');
  });

  it('holds out the accounts the hash puts under the percentage', () => {
    const a = launch({ holdoutPercent: 20 });
    const ids = Array.from({ length: 200 }, (_, i) => `account-${i}`);
    const heldOut = ids.filter((id) => chooseLaunch([a], facts, fresh(id), now).kind === 'holdOut');
    const expected = ids.filter((id) => holdoutPosition('launch-a', id) < 20);
    expect(heldOut).toEqual(expected);
    expect(heldOut.length).toBeGreaterThan(0);
  });
});

describe('holdout draw', () => {
  it('is deterministic by launch and account', () => {
    const first = Array.from({ length: 100 }, (_, i) => isHeldOut('L', `acc-${i}`, 30));
    const again = Array.from({ length: 100 }, (_, i) => isHeldOut('L', `acc-${i}`, 30));
    expect(again).toEqual(first);
    const otherLaunch = Array.from({ length: 100 }, (_, i) => isHeldOut('M', `acc-${i}`, 30));
    expect(otherLaunch).not.toEqual(first);
  });

  it('holds out close to the percentage over many accounts', () => {
    const n = 20_000;
    let held = 0;
    for (let i = 0; i < n; i++) if (isHeldOut('launch-x', `account-${i}`, 10)) held++;
    // Binomial(20000, 0.1): sd ≈ 42; 5 sd either side.
    expect(held).toBeGreaterThan(2000 - 212);
    expect(held).toBeLessThan(2000 + 212);
  });

  it('holds out nobody at 0%', () => {
    for (let i = 0; i < 1000; i++) expect(isHeldOut('launch-x', `a-${i}`, 0)).toBe(false);
  });
});

describe('audienceFacts', () => {
  it('recomputes days past due from the due date in the borrower’s calendar', () => {
    const due = { ...account, dueDate: '2026-03-01', daysPastDue: 0 };
    // 2026-03-10T18:00Z is already the 11th in Ho Chi Minh City (UTC+7).
    expect(audienceFacts(borrower, due, new Date('2026-03-10T16:00:00Z')).account.daysPastDue).toBe(
      9,
    );
    expect(audienceFacts(borrower, due, new Date('2026-03-10T18:00:00Z')).account.daysPastDue).toBe(
      10,
    );
    expect(audienceFacts(borrower, due, new Date('2026-02-20T00:00:00Z')).account.daysPastDue).toBe(
      0,
    );
  });

  it('keeps the stored days past due when there is no due date', () => {
    expect(facts.account.daysPastDue).toBe(12);
  });
});
