import { describe, expect, it } from 'vitest';
import type { Channel } from '../journey/primitives';
import { nextAllowedSendTime } from './contact-policy';
import { NoContactWindowError } from './errors';
import { borrowers, policyFor } from './test-fixtures';
import type { EffectivePolicy, LedgerEntry } from './types';

const next = (
  policy: EffectivePolicy,
  at: string,
  ledger: LedgerEntry[] = [],
  channel: Channel = 'sms',
  debtId?: string,
) => nextAllowedSendTime({ at, channel, policy, ledger, ...(debtId ? { debtId } : {}) });

const entries = (channel: Channel, debtId: string | undefined, ...ats: string[]): LedgerEntry[] =>
  ats.map((at) => ({ at, channel, ...(debtId ? { debtId } : {}) }));

// Monday 2026-04-06; New York is on EDT (UTC−4), so 08:00 local is 12:00Z.
describe('journey and borrower windows narrow the pack', () => {
  it('defers to a journey window narrower than the pack, naming both', () => {
    const policy = policyFor(borrowers.newYork, { sendWindow: { start: '09:00', end: '20:00' } });
    expect(next(policy, '2026-04-06T12:30:00Z')).toEqual({
      at: '2026-04-06T13:00:00.000Z',
      reason: 'window',
      detail: 'outside 09:00–20:00 America/New_York (journey)',
    });
    expect(next(policy, '2026-04-07T00:00:00Z').at).toBe('2026-04-07T13:00:00.000Z');
  });

  it("defers to the borrower's preferred hours, narrower still", () => {
    const policy = policyFor(
      borrowers.newYork,
      { sendWindow: { start: '09:00', end: '20:00' } },
      { optedOut: [], preferredWindow: { start: '18:00', end: '22:00', days: ['tue'] } },
    );
    expect(next(policy, '2026-04-06T14:00:00Z')).toEqual({
      at: '2026-04-07T22:00:00.000Z',
      reason: 'window',
      detail: 'no contact on Monday in America/New_York (borrower)',
    });
    expect(next(policy, '2026-04-08T00:30:00Z')).toMatchObject({
      at: '2026-04-14T22:00:00.000Z',
      detail: 'outside 18:00–20:00 America/New_York (journey)',
    });
  });

  it('finds the second interval of a split day', () => {
    const policy = policyFor(
      borrowers.newYork,
      { sendWindow: { start: '09:00', end: '20:00' } },
      { optedOut: [], preferredWindow: { start: '19:00', end: '10:00' } },
    );
    expect(next(policy, '2026-04-06T13:30:00Z').reason).toBeNull();
    expect(next(policy, '2026-04-06T14:00:00Z').at).toBe('2026-04-06T23:00:00.000Z');
  });

  it('reads an end of 24:00 as midnight', () => {
    const policy = policyFor(borrowers.newYork, {
      jurisdiction: 'none',
      sendWindow: { start: '22:00', end: '24:00' },
    });
    expect(next(policy, '2026-04-07T03:59:59Z').reason).toBeNull();
    expect(next(policy, '2026-04-07T04:00:00Z').at).toBe('2026-04-08T02:00:00.000Z');
  });
});

describe('caps roll over the ledger', () => {
  const newYork = policyFor(borrowers.newYork);
  const sevenCalls = entries(
    'voice',
    'a',
    '2026-04-06T13:00:00Z',
    '2026-04-06T15:00:00Z',
    '2026-04-06T17:00:00Z',
    '2026-04-07T13:00:00Z',
    '2026-04-07T15:00:00Z',
    '2026-04-08T13:00:00Z',
    '2026-04-08T15:00:00Z',
  );

  it('holds the 8th call on a debt until the oldest is 7 days old (us-reg-f)', () => {
    expect(next(newYork, '2026-04-09T14:00:00Z', sevenCalls, 'voice', 'a')).toEqual({
      at: '2026-04-13T13:00:00.000Z',
      reason: 'cap',
      detail: 'cap 7 per 7 days on voice (us-reg-f)',
    });
    expect(
      next(newYork, '2026-04-09T14:00:00Z', sevenCalls.slice(1), 'voice', 'a').reason,
    ).toBeNull();
  });

  it('lets another debt and other channels through a debt-scoped voice cap', () => {
    expect(next(newYork, '2026-04-09T14:00:00Z', sevenCalls, 'voice', 'b').reason).toBeNull();
    expect(next(newYork, '2026-04-09T14:00:00Z', sevenCalls, 'sms', 'a').reason).toBeNull();
  });

  it('counts every debt for a borrower-scoped journey cap', () => {
    const policy = policyFor(borrowers.newYork, { caps: [{ channel: 'any', max: 3, per: 'P7D' }] });
    const ledger = [
      ...entries('sms', 'a', '2026-04-06T13:00:00Z'),
      ...entries('email', 'b', '2026-04-07T13:00:00Z'),
      ...entries('voice', 'c', '2026-04-08T13:00:00Z'),
    ];
    expect(next(policy, '2026-04-09T14:00:00Z', ledger, 'whatsapp', 'd')).toEqual({
      at: '2026-04-13T13:00:00.000Z',
      reason: 'cap',
      detail: 'cap 3 per 7 days on any channel (journey)',
    });
  });

  it('moves a cap release that lands outside the window to the next opening', () => {
    const policy = policyFor(borrowers.newYork, {
      caps: [{ channel: 'sms', max: 1, per: 'PT10H' }],
    });
    const ledger = entries('sms', undefined, '2026-04-07T00:00:00Z');
    expect(next(policy, '2026-04-07T00:30:00Z', ledger)).toEqual({
      at: '2026-04-07T12:00:00.000Z',
      reason: 'cap',
      detail: 'cap 1 per 10 hours on sms (journey)',
    });
  });

  it('waits for a cap still blocking when the window opens', () => {
    const policy = policyFor(borrowers.newYork, {
      caps: [{ channel: 'sms', max: 1, per: 'PT12H' }],
    });
    const ledger = entries('sms', undefined, '2026-04-07T00:30:00Z');
    expect(next(policy, '2026-04-07T11:00:00Z', ledger)).toMatchObject({
      at: '2026-04-07T12:30:00.000Z',
      reason: 'window',
    });
  });
});

describe('the Massachusetts overlay', () => {
  const ledger = entries('sms', 'a', '2026-04-06T14:00:00Z', '2026-04-07T14:00:00Z');

  it('caps calls and texts at 2 per 7 days per debt in MA', () => {
    expect(next(policyFor(borrowers.boston), '2026-04-08T14:00:00Z', ledger, 'voice', 'a')).toEqual(
      {
        at: '2026-04-13T14:00:00.000Z',
        reason: 'cap',
        detail: 'cap 2 per 7 days on sms,voice (us-ma)',
      },
    );
  });

  it('does not cap email in MA, nor texts in New York', () => {
    expect(
      next(policyFor(borrowers.boston), '2026-04-08T14:00:00Z', ledger, 'email', 'a').reason,
    ).toBeNull();
    expect(
      next(policyFor(borrowers.newYork), '2026-04-08T14:00:00Z', ledger, 'sms', 'a').reason,
    ).toBeNull();
  });
});

describe('Vietnam: 5 reminders per rolling day', () => {
  const policy = policyFor(borrowers.hanoi);
  // 08:00–12:00 Hanoi time (UTC+7) on Monday 2026-04-06, across channels and debts.
  const five = [
    ...entries('sms', 'a', '2026-04-06T01:00:00Z', '2026-04-06T02:00:00Z'),
    ...entries('email', 'b', '2026-04-06T03:00:00Z'),
    ...entries('whatsapp', 'a', '2026-04-06T04:00:00Z', '2026-04-06T05:00:00Z'),
  ];

  it('allows the fifth and holds the sixth until the first is a day old', () => {
    expect(next(policy, '2026-04-06T06:00:00Z', five.slice(0, 4)).reason).toBeNull();
    expect(next(policy, '2026-04-06T06:00:00Z', five)).toEqual({
      at: '2026-04-07T01:00:00.000Z',
      reason: 'cap',
      detail: 'cap 5 per 1 day on any channel (vn)',
    });
  });

  it('counts a rolling day, not a calendar day', () => {
    const lateEvening = entries(
      'sms',
      'a',
      '2026-04-06T13:00:00Z',
      '2026-04-06T13:10:00Z',
      '2026-04-06T13:20:00Z',
      '2026-04-06T13:30:00Z',
      '2026-04-06T13:40:00Z',
    );
    expect(next(policy, '2026-04-07T00:00:00Z', lateEvening)).toMatchObject({
      at: '2026-04-07T13:00:00.000Z',
      reason: 'cap',
    });
  });
});

describe('holidays', () => {
  it("skip the borrower's local date even when UTC is already the next day", () => {
    const policy = policyFor(borrowers.newYork, { holidays: ['2026-12-25'] });
    expect(next(policy, '2026-12-26T03:00:00Z')).toEqual({
      at: '2026-12-26T13:00:00.000Z',
      reason: 'holiday',
      detail: '2026-12-25 is a no-contact day in America/New_York',
    });
  });

  it('skip runs of days and still return to the window after them', () => {
    const policy = policyFor(borrowers.hanoi, {
      holidays: ['2026-02-16', '2026-02-17', '2026-02-18'],
    });
    expect(next(policy, '2026-02-15T14:30:00Z')).toMatchObject({
      at: '2026-02-19T00:00:00.000Z',
      reason: 'window',
    });
  });
});

describe('a policy that forbids all contact', () => {
  it('throws NoContactWindowError when no weekday has a window', () => {
    const policy = policyFor(
      borrowers.bogota,
      {},
      { optedOut: [], preferredWindow: { start: '10:00', end: '12:00', days: ['sun'] } },
    );
    expect(() => next(policy, '2026-04-06T15:00:00Z')).toThrow(NoContactWindowError);
    try {
      next(policy, '2026-04-06T15:00:00Z');
    } catch (error) {
      expect(error).toMatchObject({ name: 'NoContactWindowError', code: 'no-window' });
    }
  });

  it('throws the same error when nothing opens within 400 days', () => {
    const allYear = Array.from({ length: 420 }, (_, i) =>
      new Date(Date.UTC(2026, 3, 6 + i)).toISOString().slice(0, 10),
    );
    const holidays = policyFor(borrowers.newYork, { holidays: allYear });
    expect(() => next(holidays, '2026-04-06T14:00:00Z')).toThrow(
      expect.objectContaining({ code: 'search-limit' }),
    );
    const longCap = policyFor(borrowers.newYork, {
      caps: [{ channel: 'any', max: 1, per: 'P500D' }],
    });
    const ledger = entries('sms', undefined, '2026-04-06T13:00:00Z');
    expect(() => next(longCap, '2026-04-06T14:00:00Z', ledger)).toThrow(NoContactWindowError);
    expect(next(longCap, '2026-04-06T14:00:00Z').reason).toBeNull();
  });
});
