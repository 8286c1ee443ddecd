// What the caps read: the borrower's contacts made (messages sent, calls logged) inside the
// longest window any cap looks back over.
import { durationMillis, type Channel, type LedgerEntry } from '@tandem/dsl';
import { and, eq, gte } from 'drizzle-orm';
import type { Database } from '../client';
import { toIso } from '../instants';
import { contactLedger } from '../schema';

/**
 * The borrower's contacts inside the longest of `windows` (ISO durations) before `now`, across
 * every journey; a logged conversation carries `conversation: true` for Reg F's quiet period.
 * @example await recentContacts(tx, borrowerId, policy.caps.map((c) => c.per), now)
 */
export async function recentContacts(
  db: Database,
  borrowerId: string,
  windows: string[],
  now: Date,
): Promise<LedgerEntry[]> {
  if (windows.length === 0) return [];
  // Calendar windows ("P1M") can be a day or two longer than their nominal length.
  const longest = Math.max(...windows.map((per) => durationMillis(per))) + 2 * 86_400_000;
  const rows = await db
    .select({
      at: contactLedger.attemptedAt,
      channel: contactLedger.channel,
      initiatedBy: contactLedger.initiatedBy,
      debtId: contactLedger.accountId,
      callResult: contactLedger.callResult,
    })
    .from(contactLedger)
    .where(
      and(
        eq(contactLedger.borrowerId, borrowerId),
        eq(contactLedger.outcome, 'sent'),
        gte(contactLedger.attemptedAt, new Date(now.getTime() - longest).toISOString()),
      ),
    );
  return rows.map((row) => ({
    at: toIso(row.at),
    channel: row.channel as Channel,
    initiatedBy: row.initiatedBy,
    ...(row.debtId ? { debtId: row.debtId } : {}),
    ...(row.callResult === 'conversation' ? { conversation: true } : {}),
  }));
}
