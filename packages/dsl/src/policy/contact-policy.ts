import type { Channel } from '../journey/primitives';
import { capBlockAt, capBlocks, describeCap } from './caps';
import { NoContactWindowError } from './errors';
import { assertTimeZone, formatInstant, parseInstant } from '../time/local-time';
import type { EffectivePolicy, LedgerEntry, SendDecision } from './types';
import { describeHoliday, describeWindowBlock, nextOpenInstant } from './window-search';
import { hasNoWindow } from './windows';

export { effectivePolicy } from './effective-policy';

/** How far ahead nextAllowedSendTime looks before it gives up. */
export const SEARCH_LIMIT_DAYS = 400;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The first instant at or after `at` when a message on `channel` may go out: inside a window,
 * not on a holiday (borrower's local calendar, DST-correct) and under every cap that counts
 * `channel`. Window and caps are tried in turn until both hold, since a cap may release outside
 * the window and a window may open while a cap still blocks. `reason` is null when `at` itself is
 * allowed, else the first thing that pushed the send; `at` comes back as UTC ISO.
 * @throws NoContactWindowError when the windows are empty on every weekday ("no-window") or
 *   nothing opens within SEARCH_LIMIT_DAYS ("search-limit").
 * @example
 * nextAllowedSendTime({ at: '2026-03-02T12:59:00Z', channel: 'sms', policy, ledger: [] })
 * // us-reg-f, New York: { at: '2026-03-02T13:00:00.000Z', reason: 'window',
 * //   detail: 'outside 08:00–21:00 America/New_York (us-reg-f)' }
 */
export function nextAllowedSendTime(input: {
  at: string;
  channel: Channel;
  policy: EffectivePolicy;
  ledger: readonly LedgerEntry[];
  debtId?: string;
}): { at: string; reason: 'window' | 'holiday' | 'cap' | null; detail?: string } {
  const { policy } = input;
  assertTimeZone(policy.timezone);
  const start = parseInstant(input.at);
  if (hasNoWindow(policy.windows)) {
    throw new NoContactWindowError(
      'no-window',
      `the contact policy allows no hours on any day (packs: ${policy.packs.join(', ') || 'none'})`,
    );
  }
  const blocks = capBlocks(policy.caps, input.ledger, {
    channel: input.channel,
    debtId: input.debtId,
    timeZone: policy.timezone,
  });
  const limit = start + SEARCH_LIMIT_DAYS * DAY;
  let first: { reason: 'window' | 'holiday' | 'cap'; detail: string } | undefined;
  let t = start;
  for (;;) {
    if (t > limit) {
      throw new NoContactWindowError(
        'search-limit',
        `no allowed contact time within ${SEARCH_LIMIT_DAYS} days of ${input.at} (caps, windows and holidays leave none)`,
      );
    }
    const open = nextOpenInstant(t, policy, limit);
    if (open.blockedBy !== null) {
      first ??= {
        reason: open.blockedBy,
        detail:
          open.blockedBy === 'holiday'
            ? describeHoliday(t, policy)
            : describeWindowBlock(t, policy),
      };
      t = open.at;
    }
    const block = capBlockAt(t, blocks);
    if (!block) break;
    first ??= { reason: 'cap', detail: describeCap(block.cap) };
    t = block.until;
  }
  const at = formatInstant(t);
  return first ? { at, reason: first.reason, detail: first.detail } : { at, reason: null };
}

/**
 * Send now, defer (until when and why) or suppress. An opted-out channel switches to
 * `fallbackChannel` when that one is not opted out too; otherwise the send is suppressed. A policy
 * that forbids all contact (NoContactWindowError) also suppresses, with the error's message as
 * the reason: not sending is always the compliant answer.
 * @example
 * decideSend({ at: '2026-03-02T15:00:00Z', channel: 'sms', fallbackChannel: 'email', policy, ledger })
 * // policy.optedOut = ['sms'] → { status: 'send', channel: 'email' }
 */
export function decideSend(input: {
  at: string;
  channel: Channel;
  fallbackChannel?: Channel;
  policy: EffectivePolicy;
  ledger: readonly LedgerEntry[];
  debtId?: string;
  /** "borrower": an answer to the borrower's own action; contact hours apply, caps do not. */
  initiatedBy?: 'collector' | 'borrower';
}): SendDecision {
  const { channel, fallbackChannel, policy } = input;
  const optedOut = new Set(policy.optedOut);
  let use = channel;
  if (optedOut.has(channel)) {
    if (fallbackChannel === undefined) {
      return { status: 'suppress', reason: `borrower opted out of ${channel}`, code: 'optedOut' };
    }
    if (optedOut.has(fallbackChannel)) {
      return {
        status: 'suppress',
        reason: `borrower opted out of ${channel} and of its fallback ${fallbackChannel}`,
        code: 'optedOutOfBoth',
      };
    }
    use = fallbackChannel;
  }
  try {
    const capped = input.initiatedBy === 'borrower' ? { ...policy, caps: [] } : policy;
    const next = nextAllowedSendTime({ ...input, channel: use, policy: capped });
    if (next.reason === null) return { status: 'send', channel: use };
    return {
      status: 'defer',
      channel: use,
      until: next.at,
      reason: next.reason,
      detail: next.detail ?? next.reason,
    };
  } catch (error) {
    if (error instanceof NoContactWindowError) {
      const code = error.code === 'no-window' ? 'noWindow' : 'searchLimit';
      return { status: 'suppress', reason: error.message, code };
    }
    throw error;
  }
}
