import { describe, expect, it } from 'vitest';
import { accountFactsSchema, borrowerFactsSchema, emptyCounters } from '../facts/facts';
import { factsFixture } from './facts-fixture';

describe('factsFixture', () => {
  it('describes Lan in Ho Chi Minh City owing 2,500,000 VND due 2026-03-01', () => {
    const facts = factsFixture();
    expect(facts.borrower).toMatchObject({
      firstName: 'Lan',
      locale: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
    });
    expect(facts.account).toMatchObject({
      amountDue: 2_500_000,
      currency: 'VND',
      dueDate: '2026-03-01',
    });
    expect(facts.journey).toEqual({ ...emptyCounters(), lastEvent: null, daysInJourney: 0 });
    expect(Object.keys(facts.links ?? {}).sort()).toEqual([
      'lesson',
      'pay',
      'plan',
      'portal',
      'promise',
    ]);
  });

  it('passes the facts schemas', () => {
    const facts = factsFixture();
    expect(borrowerFactsSchema.parse(facts.borrower)).toEqual(facts.borrower);
    expect(accountFactsSchema.parse(facts.account)).toEqual(facts.account);
  });

  it('merges overrides deeply and keeps the rest', () => {
    const facts = factsFixture({
      borrower: { firstName: 'Mai', attributes: { tier: 'gold' } },
      journey: { remindersSent: 2 },
    });
    expect(facts.borrower.firstName).toBe('Mai');
    expect(facts.borrower.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(facts.borrower.attributes).toEqual({ tier: 'gold' });
    expect(facts.journey.remindersSent).toBe(2);
    expect(facts.journey.promisesMade).toBe(0);
  });

  it('removes a fact given as undefined', () => {
    const facts = factsFixture({ account: { dueDate: undefined } });
    expect('dueDate' in facts.account).toBe(false);
    expect(facts.account.amountDue).toBe(2_500_000);
  });

  it('shares nothing between calls', () => {
    const first = factsFixture();
    first.borrower.attributes.changed = true;
    first.journey.remindersSent = 9;
    expect(factsFixture().borrower.attributes).toEqual({});
    expect(factsFixture().journey.remindersSent).toBe(0);
  });
});
