// Lenders name borrowers and accounts by their own ids; these resolve many at once, in one query
// each, so a batch of 500 events or a bulk enrollment does not cost a query per row.
import { inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts, borrowers } from '../schema';

/**
 * Borrower ids by external id; unknown external ids are simply absent from the map.
 * @example const ids = await borrowerIdsByExternalId(db, ['b-1', 'b-2']); ids.get('b-1')
 */
export async function borrowerIdsByExternalId(
  db: Database,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(externalIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: borrowers.id, externalId: borrowers.externalId })
    .from(borrowers)
    .where(inArray(borrowers.externalId, unique));
  return new Map(rows.map((row) => [row.externalId, row.id]));
}

/**
 * Accounts (id and owner) by external id; unknown external ids are absent from the map.
 * @example const found = await accountsByExternalId(db, ['acc-1']); found.get('acc-1')?.borrowerId
 */
export async function accountsByExternalId(
  db: Database,
  externalIds: readonly string[],
): Promise<Map<string, { id: string; borrowerId: string }>> {
  const unique = [...new Set(externalIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: accounts.id, borrowerId: accounts.borrowerId, externalId: accounts.externalId })
    .from(accounts)
    .where(inArray(accounts.externalId, unique));
  return new Map(rows.map((row) => [row.externalId, { id: row.id, borrowerId: row.borrowerId }]));
}
