import { DateTime, Duration } from 'luxon';
import type { Channel } from '../journey/primitives';
import { parseInstant } from '../time/local-time';
import { plusInZone, simpleDurationOf } from '../time/zone-clock';
import type { LedgerEntry, PolicyCap } from './types';

/** A stretch of time (epoch ms, both ends open) in which a cap forbids one more send. */
export interface CapBlock {
  from: number;
  until: number;
  cap: PolicyCap;
}

function duration(per: string): Duration {
  const parsed = Duration.fromISO(per);
  if (!parsed.isValid) throw new RangeError(`invalid cap window "${per}" (use e.g. "P7D")`);
  return parsed;
}

/**
 * How long an entry keeps counting: `per` on the borrower's wall clock or in elapsed time,
 * whichever is longer, so a DST change never shortens a cap (P7D over spring-forward is 168 h,
 * over fall-back 169 h).
 */
function plusPer(ms: number, per: string, zone: string): number {
  const simple = simpleDurationOf(per);
  if (simple) {
    const wall = plusInZone(ms, simple, zone);
    const elapsed = plusInZone(ms, simple, 'UTC');
    if (wall !== undefined && elapsed !== undefined) return Math.max(wall, elapsed);
  }
  const d = duration(per);
  const wall = DateTime.fromMillis(ms, { zone }).plus(d).toMillis();
  const elapsed = DateTime.fromMillis(ms, { zone: 'UTC' }).plus(d).toMillis();
  return Math.max(wall, elapsed);
}

function minusPer(ms: number, per: string, zone: string): number {
  const simple = simpleDurationOf(per);
  if (simple) {
    // luxon's minus is plus of the negated duration.
    const negated = { days: -simple.days, millis: -simple.millis };
    const wall = plusInZone(ms, negated, zone);
    const elapsed = plusInZone(ms, negated, 'UTC');
    if (wall !== undefined && elapsed !== undefined) return Math.min(wall, elapsed);
  }
  const d = duration(per);
  const wall = DateTime.fromMillis(ms, { zone }).minus(d).toMillis();
  const elapsed = DateTime.fromMillis(ms, { zone: 'UTC' }).minus(d).toMillis();
  return Math.min(wall, elapsed);
}

/** True when a send on `channel` counts against (and is limited by) the cap. */
export function capApplies(cap: PolicyCap, channel: Channel): boolean {
  return cap.channels === 'any' || cap.channels.includes(channel);
}

/** Whether an entry counts against a cap: conversation caps count only conversations. */
function countsAgainst(cap: PolicyCap, entry: LedgerEntry): boolean {
  if (cap.counts === 'conversations') return entry.conversation === true;
  return entry.initiatedBy !== 'borrower';
}

/**
 * A debt-scoped cap counts the entries about the same debt. When either side carries no debt id
 * we cannot tell which debt it was about, so it counts: unknown is treated as the same debt.
 */
function sameDebt(entry: LedgerEntry, debtId: string | undefined): boolean {
  return debtId === undefined || entry.debtId === undefined || entry.debtId === debtId;
}

/**
 * Where each cap that governs a send on `channel` forbids one more contact. For every run of
 * `max` consecutive counted entries e₁…eₘ that fit in one window, a send at t would put max + 1
 * contacts inside one rolling window exactly when eₘ − per < t < e₁ + per. Future entries (a ledger ahead of the
 * instant asked about) are honoured too, not only the past ones.
 * @example capBlocks([{ channels: 'any', max: 1, per: 'P1D', scope: 'borrower', source: 'journey' }],
 *   [{ at: '2026-03-02T10:00:00Z', channel: 'sms' }], { channel: 'sms', timeZone: 'UTC' })
 * // [{ from: Date.parse('2026-03-01T10:00:00Z'), until: Date.parse('2026-03-03T10:00:00Z'), cap }]
 */
export function capBlocks(
  caps: readonly PolicyCap[],
  ledger: readonly LedgerEntry[],
  send: { channel: Channel; debtId?: string; timeZone: string },
): CapBlock[] {
  const blocks: CapBlock[] = [];
  for (const cap of caps) {
    if (!capApplies(cap, send.channel)) continue;
    if (!Number.isInteger(cap.max) || cap.max < 1) {
      throw new RangeError(`cap max must be a positive integer (got ${cap.max}, ${cap.source})`);
    }
    // One pass, one array: this runs for every cap on every send decision.
    const counted: number[] = [];
    for (const entry of ledger) {
      if (!capApplies(cap, entry.channel) || !countsAgainst(cap, entry)) continue;
      if (cap.scope !== 'borrower' && !sameDebt(entry, send.debtId)) continue;
      counted.push(parseInstant(entry.at));
    }
    counted.sort((a, b) => a - b);
    for (let i = 0; i + cap.max - 1 < counted.length; i++) {
      const first = counted[i] ?? 0;
      const last = counted[i + cap.max - 1] ?? 0;
      const from = minusPer(last, cap.per, send.timeZone);
      const until = plusPer(first, cap.per, send.timeZone);
      // A run longer than one window never shares a window with any send.
      if (last < until) blocks.push({ from, until, cap });
    }
  }
  return blocks;
}

/** The block that holds `t` longest, or undefined when every cap allows a send at `t`. */
export function capBlockAt(t: number, blocks: readonly CapBlock[]): CapBlock | undefined {
  let found: CapBlock | undefined;
  for (const block of blocks) {
    if (block.from < t && t < block.until && (!found || block.until > found.until)) found = block;
  }
  return found;
}

// luxon's toHuman builds Intl formatters: one call per distinct window ("P7D") is enough.
const humanPers = new Map<string, string>();

/** "cap 2 per 7 days on sms,voice (us-ma)"; "no voice within 7 days after a conversation (us-reg-f)". */
export function describeCap(cap: PolicyCap): string {
  let per = humanPers.get(cap.per);
  if (per === undefined) {
    per = duration(cap.per).reconfigure({ locale: 'en' }).toHuman();
    if (humanPers.size < 1_000) humanPers.set(cap.per, per);
  }
  const on = cap.channels === 'any' ? 'any channel' : cap.channels.join(',');
  if (cap.counts === 'conversations') {
    return `no ${on} within ${per} after a conversation (${cap.source})`;
  }
  return `cap ${cap.max} per ${per} on ${on} (${cap.source})`;
}
