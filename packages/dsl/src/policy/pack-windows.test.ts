import { describe, expect, it } from 'vitest';
import type { Channel } from '../journey/primitives';
import { nextAllowedSendTime } from './contact-policy';
import { borrowers, policyFor } from './test-fixtures';
import type { EffectivePolicy, LedgerEntry } from './types';

const next = (
  policy: EffectivePolicy,
  at: string,
  ledger: LedgerEntry[] = [],
  channel: Channel = 'sms',
) => nextAllowedSendTime({ at, channel, policy, ledger });

// 2026-04-06 is a Monday; no DST change near it in any of these zones.
describe("every pack's window, in the borrower's own zone", () => {
  const cases = [
    // pack, borrower, just before opening → opening, last allowed minute, closing → next opening
    [
      'us-reg-f',
      borrowers.newYork,
      '2026-04-06T11:59:00Z',
      '2026-04-06T12:00:00Z',
      '2026-04-07T00:59:00Z',
      '2026-04-07T01:00:00Z',
      '2026-04-07T12:00:00.000Z',
    ],
    [
      'uk-fca',
      borrowers.london,
      '2026-04-06T06:59:00Z',
      '2026-04-06T07:00:00Z',
      '2026-04-06T19:59:00Z',
      '2026-04-06T20:00:00Z',
      '2026-04-07T07:00:00.000Z',
    ],
    [
      'in-rbi',
      borrowers.mumbai,
      '2026-04-06T02:29:00Z',
      '2026-04-06T02:30:00Z',
      '2026-04-06T13:29:00Z',
      '2026-04-06T13:30:00Z',
      '2026-04-07T02:30:00.000Z',
    ],
    [
      'vn',
      borrowers.hanoi,
      '2026-04-05T23:59:00Z',
      '2026-04-06T00:00:00Z',
      '2026-04-06T13:59:00Z',
      '2026-04-06T14:00:00Z',
      '2026-04-07T00:00:00.000Z',
    ],
    [
      'cn',
      borrowers.shanghai,
      '2026-04-05T23:59:00Z',
      '2026-04-06T00:00:00Z',
      '2026-04-06T13:59:00Z',
      '2026-04-06T14:00:00Z',
      '2026-04-07T00:00:00.000Z',
    ],
    [
      'mx',
      borrowers.mexicoCity,
      '2026-04-06T12:59:00Z',
      '2026-04-06T13:00:00Z',
      '2026-04-07T03:59:00Z',
      '2026-04-07T04:00:00Z',
      '2026-04-07T13:00:00.000Z',
    ],
    [
      'co',
      borrowers.bogota,
      '2026-04-06T11:59:00Z',
      '2026-04-06T12:00:00Z',
      '2026-04-06T23:59:00Z',
      '2026-04-07T00:00:00Z',
      '2026-04-07T12:00:00.000Z',
    ],
  ] as const;

  it.each(cases)('%s', (pack, borrower, before, opening, lastMinute, closing, nextOpening) => {
    const policy = policyFor(borrower);
    expect(policy.packs).toContain(pack);
    expect(next(policy, before)).toMatchObject({
      at: `${opening.slice(0, 19)}.000Z`,
      reason: 'window',
    });
    expect(next(policy, opening).reason).toBeNull();
    expect(next(policy, lastMinute)).toEqual({
      at: `${lastMinute.slice(0, 19)}.000Z`,
      reason: null,
    });
    expect(next(policy, closing)).toMatchObject({ at: nextOpening, reason: 'window' });
  });

  it('names the window, the zone and the pack', () => {
    expect(next(policyFor(borrowers.newYork), '2026-04-06T11:59:00Z').detail).toBe(
      'outside 08:00–21:00 America/New_York (us-reg-f)',
    );
  });
});

describe('Colombia', () => {
  const policy = policyFor(borrowers.bogota);

  it('closes at 15:00 on Saturday and reopens Monday 07:00', () => {
    expect(next(policy, '2026-04-11T19:59:00Z').reason).toBeNull();
    expect(next(policy, '2026-04-11T20:00:00Z')).toMatchObject({
      at: '2026-04-13T12:00:00.000Z',
      reason: 'window',
      detail: 'outside 08:00–15:00 America/Bogota (co)',
    });
  });

  it('opens at 08:00 on Saturday, not 07:00', () => {
    expect(next(policy, '2026-04-11T12:00:00Z').at).toBe('2026-04-11T13:00:00.000Z');
  });

  it('never contacts on Sunday', () => {
    expect(next(policy, '2026-04-12T15:00:00Z')).toEqual({
      at: '2026-04-13T12:00:00.000Z',
      reason: 'window',
      detail: 'no contact on Sunday in America/Bogota (co)',
    });
  });

  it('skips a public holiday the lender lists, into Saturday hours', () => {
    const withHoliday = policyFor(borrowers.bogota, { holidays: ['2026-12-25'] });
    expect(next(withHoliday, '2026-12-25T15:00:00Z')).toEqual({
      at: '2026-12-26T13:00:00.000Z',
      reason: 'holiday',
      detail: '2026-12-25 is a no-contact day in America/Bogota',
    });
  });
});

describe('DST in America/New_York (us-reg-f, 08:00–21:00)', () => {
  const policy = policyFor(borrowers.newYork);

  it('opens at 08:00 EDT on the spring-forward Sunday', () => {
    expect(next(policy, '2026-03-08T02:00:00Z').at).toBe('2026-03-08T12:00:00.000Z');
    expect(next(policy, '2026-03-08T11:59:00Z').at).toBe('2026-03-08T12:00:00.000Z');
  });

  it('closes at 21:00 EDT that evening', () => {
    expect(next(policy, '2026-03-09T00:59:00Z').reason).toBeNull();
    expect(next(policy, '2026-03-09T01:00:00Z').at).toBe('2026-03-09T12:00:00.000Z');
  });

  it('opens at 08:00 EST on the fall-back Sunday, after the repeated hour', () => {
    expect(next(policy, '2026-11-01T05:30:00Z').at).toBe('2026-11-01T13:00:00.000Z');
    expect(next(policy, '2026-11-01T06:30:00Z').at).toBe('2026-11-01T13:00:00.000Z');
    expect(next(policy, '2026-11-01T12:59:00Z').at).toBe('2026-11-01T13:00:00.000Z');
  });

  it('moves a window starting inside the skipped hour to 03:00 EDT', () => {
    const night = policyFor(borrowers.newYork, {
      jurisdiction: 'none',
      sendWindow: { start: '02:30', end: '05:00' },
    });
    expect(next(night, '2026-03-08T05:00:00Z').at).toBe('2026-03-08T07:00:00.000Z');
  });
});

describe('DST in Europe/London (uk-fca, 08:00–21:00)', () => {
  const policy = policyFor(borrowers.london);

  it('opens at 08:00 BST on the spring-forward Sunday', () => {
    expect(next(policy, '2026-03-28T21:00:00Z').at).toBe('2026-03-29T07:00:00.000Z');
    expect(next(policy, '2026-03-29T06:30:00Z').at).toBe('2026-03-29T07:00:00.000Z');
  });

  it('closes at 21:00 BST and opens at 08:00 GMT across fall-back', () => {
    expect(next(policy, '2026-10-24T19:59:00Z').reason).toBeNull();
    expect(next(policy, '2026-10-24T20:00:00Z').at).toBe('2026-10-25T08:00:00.000Z');
    expect(next(policy, '2026-10-25T07:30:00Z').at).toBe('2026-10-25T08:00:00.000Z');
  });
});
