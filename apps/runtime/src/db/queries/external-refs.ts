// Lenders name borrowers and accounts by their own ids; these resolve many at once, in one query
// each, so a batch of 500 events or a bulk enrollment does not cost a query per row.
import { inArray, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
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

export interface References {
  borrowerIds: Map<string, string>;
  accounts: Map<string, { id: string; borrowerId: string }>;
}

/**
 * Borrowers and accounts by external id in one round trip (a UNION ALL of the two lookups): what
 * every POST /v1/events needs before it can store anything.
 * @example const { borrowerIds, accounts } = await referencesByExternalId(db, ['b-1'], ['acc-1'])
 */
export async function referencesByExternalId(
  db: Database,
  borrowerExternalIds: readonly string[],
  accountExternalIds: readonly string[],
): Promise<References> {
  const wantedBorrowers = [...new Set(borrowerExternalIds)];
  const wantedAccounts = [...new Set(accountExternalIds)];
  if (wantedAccounts.length === 0)
    return { borrowerIds: await borrowerIdsByExternalId(db, wantedBorrowers), accounts: new Map() };
  if (wantedBorrowers.length === 0)
    return { borrowerIds: new Map(), accounts: await accountsByExternalId(db, wantedAccounts) };
  const rows = await unionAll(
    db
      .select({
        account: sql<boolean>`false`,
        externalId: borrowers.externalId,
        id: borrowers.id,
        borrowerId: borrowers.id,
      })
      .from(borrowers)
      .where(inArray(borrowers.externalId, wantedBorrowers)),
    db
      .select({
        account: sql<boolean>`true`,
        externalId: accounts.externalId,
        id: accounts.id,
        borrowerId: accounts.borrowerId,
      })
      .from(accounts)
      .where(inArray(accounts.externalId, wantedAccounts)),
  );
  const found: References = { borrowerIds: new Map(), accounts: new Map() };
  for (const row of rows) {
    if (row.account) found.accounts.set(row.externalId, { id: row.id, borrowerId: row.borrowerId });
    else found.borrowerIds.set(row.externalId, row.id);
  }
  return found;
}
