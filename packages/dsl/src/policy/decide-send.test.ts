import { describe, expect, it } from 'vitest';
import { decideSend } from './contact-policy';
import { borrowers, policyFor } from './test-fixtures';

const inWindow = '2026-04-06T14:00:00Z'; // Monday 10:00 in New York
const outOfWindow = '2026-04-06T11:00:00Z'; // 07:00

describe('decideSend', () => {
  const open = policyFor(borrowers.newYork);

  it('sends inside the window', () => {
    expect(decideSend({ at: inWindow, channel: 'sms', policy: open, ledger: [] })).toEqual({
      status: 'send',
      channel: 'sms',
    });
  });

  it('defers outside the window, with until, reason and detail', () => {
    expect(decideSend({ at: outOfWindow, channel: 'sms', policy: open, ledger: [] })).toEqual({
      status: 'defer',
      channel: 'sms',
      until: '2026-04-06T12:00:00.000Z',
      reason: 'window',
      detail: 'outside 08:00–21:00 America/New_York (us-reg-f)',
    });
  });

  it('uses the fallback channel when the borrower opted out of the first', () => {
    const policy = policyFor(borrowers.newYork, {}, { optedOut: ['sms'] });
    const base = { channel: 'sms' as const, fallbackChannel: 'email' as const, policy, ledger: [] };
    expect(decideSend({ ...base, at: inWindow })).toEqual({ status: 'send', channel: 'email' });
    expect(decideSend({ ...base, at: outOfWindow })).toMatchObject({
      status: 'defer',
      channel: 'email',
    });
  });

  it("applies the fallback channel's caps, not the first channel's", () => {
    const policy = policyFor(borrowers.boston, {}, { optedOut: ['email'] });
    const ledger = [
      { at: '2026-04-03T14:00:00Z', channel: 'sms' as const, debtId: 'a' },
      { at: '2026-04-04T14:00:00Z', channel: 'voice' as const, debtId: 'a' },
    ];
    const decision = decideSend({
      at: inWindow,
      channel: 'email',
      fallbackChannel: 'sms',
      policy,
      ledger,
      debtId: 'a',
    });
    expect(decision).toMatchObject({ status: 'defer', channel: 'sms', reason: 'cap' });
  });

  it('suppresses when the borrower opted out and there is no fallback', () => {
    const policy = policyFor(borrowers.newYork, {}, { optedOut: ['voice'] });
    expect(decideSend({ at: inWindow, channel: 'voice', policy, ledger: [] })).toEqual({
      status: 'suppress',
      reason: 'borrower opted out of voice',
      code: 'optedOut',
    });
  });

  it('suppresses when both the channel and its fallback are opted out', () => {
    const policy = policyFor(borrowers.newYork, {}, { optedOut: ['sms', 'whatsapp'] });
    expect(
      decideSend({ at: inWindow, channel: 'sms', fallbackChannel: 'whatsapp', policy, ledger: [] }),
    ).toEqual({
      status: 'suppress',
      reason: 'borrower opted out of sms and of its fallback whatsapp',
      code: 'optedOutOfBoth',
    });
  });

  it('suppresses, with the reason, when the policy forbids all contact', () => {
    const policy = policyFor(
      borrowers.bogota,
      {},
      { optedOut: [], preferredWindow: { start: '09:00', end: '12:00', days: ['sun'] } },
    );
    const decision = decideSend({ at: inWindow, channel: 'sms', policy, ledger: [] });
    expect(decision).toMatchObject({ status: 'suppress', code: 'noWindow' });
    expect(decision.status === 'suppress' && decision.reason).toMatch(/allows no hours/);
  });

  it('does not cap a message that answers the borrower, nor count it against later ones, but keeps the hours', () => {
    const policy = policyFor(borrowers.newYork, { caps: [{ channel: 'any', max: 1, per: 'P7D' }] });
    const confirmation = {
      at: '2026-04-06T13:00:00Z',
      channel: 'sms' as const,
      initiatedBy: 'borrower' as const,
    };
    const reminderBefore = { at: '2026-04-06T12:30:00Z', channel: 'sms' as const };
    // A collector message already used the cap; the confirmation still goes.
    expect(decideSend({ ...confirmation, policy, ledger: [reminderBefore] })).toEqual({
      status: 'send',
      channel: 'sms',
    });
    // A collector message after a confirmation is not blocked by it.
    expect(decideSend({ at: inWindow, channel: 'sms', policy, ledger: [confirmation] })).toEqual({
      status: 'send',
      channel: 'sms',
    });
    // ...but a collector message after another collector message is.
    expect(
      decideSend({ at: inWindow, channel: 'sms', policy, ledger: [reminderBefore] }),
    ).toMatchObject({ status: 'defer', reason: 'cap' });
    // Contact hours still hold for the answer.
    expect(decideSend({ ...confirmation, at: outOfWindow, policy, ledger: [] })).toMatchObject({
      status: 'defer',
      reason: 'window',
    });
  });
});
