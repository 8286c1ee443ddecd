// "Can we contact now?" per channel, answered by the engine's own policy code (decideSend over
// effectivePolicy and the contact ledger), plus what the engine checks around it: holds,
// opt-outs, an address with consent. The agent sees the same answer the journey would get.
import {
  channels,
  decideSend,
  effectivePolicy,
  type Channel,
  type ContactPreferences,
  type JourneyPolicy,
  type LedgerEntry,
} from '@tandem/dsl';
import type { ChannelAddress } from '../db/schema';

export type ContactBlock =
  | 'hold'
  | 'opt-out'
  | 'no-address'
  | 'no-consent'
  | 'window'
  | 'holiday'
  | 'cap'
  | 'conversation'
  | 'no-window';

export interface ContactAnswer {
  channel: Channel;
  allowed: boolean;
  /** Why not; null when allowed. */
  reason: ContactBlock | null;
  detail: string | null;
  /** The first instant it would be allowed (UTC ISO); null when allowed now or not foreseeable. */
  next: string | null;
}

export interface ContactSubject {
  country: string;
  region: string | null;
  timezone: string;
  channels: Partial<Record<string, ChannelAddress>>;
  preferences: ContactPreferences;
}

/** Reg F's quiet period is a cap counting conversations; describeCap names it so. */
const isConversationCap = (detail: string) => detail.includes('after a conversation');

/**
 * The answer for one channel at `now`.
 * @example contactAnswer({ channel: 'voice', borrower, journeyPolicy, ledger, holds: [], now })
 * // { allowed: false, reason: 'conversation', next: '2026-03-09T15:00:00.000Z', … }
 */
export function contactAnswer(input: {
  channel: Channel;
  borrower: ContactSubject;
  journeyPolicy: JourneyPolicy;
  ledger: readonly LedgerEntry[];
  /** Active holds: kind and end (null: until ended by hand). */
  holds: ReadonlyArray<{ kind: string; endsAt: string | null }>;
  debtId?: string;
  now: Date;
}): ContactAnswer {
  const { channel, borrower } = input;
  const no = (reason: ContactBlock, detail: string, next: string | null = null): ContactAnswer => ({
    channel,
    allowed: false,
    reason,
    detail,
    next,
  });
  if (input.holds.length > 0) {
    const ends = input.holds.map((h) => h.endsAt);
    const next = ends.includes(null) ? null : ([...ends].sort().at(-1) ?? null);
    return no('hold', input.holds.map((h) => h.kind).join(', '), next);
  }
  const address = borrower.channels[channel];
  if (!address?.address) return no('no-address', `no ${channel} address on file`);
  if (!address.consent) return no('no-consent', `no consent to contact by ${channel}`);
  const policy = effectivePolicy({
    journeyPolicy: input.journeyPolicy,
    borrower: {
      country: borrower.country,
      timezone: borrower.timezone,
      ...(borrower.region ? { region: borrower.region } : {}),
    },
    preferences: borrower.preferences,
  });
  const decision = decideSend({
    at: input.now.toISOString(),
    channel,
    policy,
    ledger: input.ledger,
    ...(input.debtId ? { debtId: input.debtId } : {}),
  });
  if (decision.status === 'send') {
    return { channel, allowed: true, reason: null, detail: null, next: null };
  }
  if (decision.status === 'suppress') {
    const optedOut = policy.optedOut.includes(channel);
    return no(optedOut ? 'opt-out' : 'no-window', decision.reason);
  }
  const reason =
    decision.reason === 'cap' && isConversationCap(decision.detail)
      ? 'conversation'
      : decision.reason;
  return no(reason, decision.detail, decision.until);
}

/**
 * Every channel's answer.
 * @example contactNow({ borrower, journeyPolicy, ledger, holds, now }).find((a) => a.channel === 'sms')
 */
export function contactNow(
  input: Omit<Parameters<typeof contactAnswer>[0], 'channel'>,
): ContactAnswer[] {
  return channels.map((channel) => contactAnswer({ ...input, channel }));
}
