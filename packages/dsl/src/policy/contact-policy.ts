import type { JourneyPolicy } from '../journey/schema';
import type { Channel } from '../journey/primitives';
import type { RulePack } from './rule-packs';
import type { ContactPreferences, EffectivePolicy, LedgerEntry, SendDecision } from './types';

/** STUB: combines journey policy, the borrower's rule packs and preferences; strictest wins. */
export function effectivePolicy(input: {
  journeyPolicy: JourneyPolicy;
  borrower: { country: string; region?: string; timezone: string };
  preferences?: ContactPreferences;
  /** Defaults to the built-in packs chosen by `journeyPolicy.jurisdiction`. */
  packs?: readonly RulePack[];
}): EffectivePolicy {
  void input;
  throw new Error('not implemented');
}

/** STUB: the first instant at or after `at` when a message on `channel` may go out. DST-correct. */
export function nextAllowedSendTime(input: {
  at: string;
  channel: Channel;
  policy: EffectivePolicy;
  ledger: readonly LedgerEntry[];
  debtId?: string;
}): { at: string; reason: 'window' | 'holiday' | 'cap' | null; detail?: string } {
  void input;
  throw new Error('not implemented');
}

/** STUB: send now, defer (until when and why) or suppress (opted out of the channel and its fallback). */
export function decideSend(input: {
  at: string;
  channel: Channel;
  fallbackChannel?: Channel;
  policy: EffectivePolicy;
  ledger: readonly LedgerEntry[];
  debtId?: string;
}): SendDecision {
  void input;
  throw new Error('not implemented');
}
