// Reading borrowers and their accounts, and upserting one borrower. Bulk writes are in
// borrower-writes.ts; the import and PUT share them.
import { asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts, borrowers } from '../schema';
import { writeBorrowers, type BorrowerWrite } from './borrower-writes';
import { activeHolds, toHoldView, type HoldView } from './holds';
import { toIso } from '../instants';

type BorrowerRow = typeof borrowers.$inferSelect;
type AccountRow = typeof accounts.$inferSelect;

export type BorrowerView = BorrowerRow;
export type AccountView = Omit<AccountRow, 'borrowerId'>;
export interface BorrowerDetail extends BorrowerView {
  accounts: AccountView[];
  activeHolds: HoldView[];
}

/** Lookups by many keys go in slices of this many, each slice one JSON parameter. */
const LOOKUP_SLICE = 20_000;

// `IN ($1, …, $20000)` makes the driver bind 20,000 parameters; one JSON array is far cheaper.
const oneOf = (keys: readonly string[]) =>
  sql`(select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`;

async function inSlices<T>(keys: readonly string[], read: (slice: SQL) => Promise<T[]>) {
  const unique = [...new Set(keys)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += LOOKUP_SLICE) {
    out.push(...(await read(oneOf(unique.slice(i, i + LOOKUP_SLICE)))));
  }
  return out;
}

/** Borrower ids by external id, for those that exist. */
export async function findBorrowerIds(
  db: Database,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await inSlices(externalIds, (slice) =>
    db
      .select({ id: borrowers.id, externalId: borrowers.externalId })
      .from(borrowers)
      .where(inArray(borrowers.externalId, slice)),
  );
  return new Map(rows.map((row) => [row.externalId, row.id]));
}

/** For the accounts that exist: account external id → its borrower's external id. */
export async function findAccountOwners(
  db: Database,
  accountExternalIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await inSlices(accountExternalIds, (slice) =>
    db
      .select({ account: accounts.externalId, borrower: borrowers.externalId })
      .from(accounts)
      .innerJoin(borrowers, eq(accounts.borrowerId, borrowers.id))
      .where(inArray(accounts.externalId, slice)),
  );
  return new Map(rows.map((row) => [row.account, row.borrower]));
}

export async function findBorrower(db: Database, externalId: string): Promise<BorrowerRow | null> {
  const [row] = await db
    .select()
    .from(borrowers)
    .where(eq(borrowers.externalId, externalId))
    .limit(1);
  return row ?? null;
}

const borrowerView = (row: BorrowerRow): BorrowerView => ({
  ...row,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
});

/**
 * A borrower with all accounts and the holds active at `now`; null when unknown.
 * @example (await getBorrowerDetail(db, 'B1', new Date()))?.accounts.length
 */
export async function getBorrowerDetail(
  db: Database,
  externalId: string,
  now: Date,
): Promise<BorrowerDetail | null> {
  const row = await findBorrower(db, externalId);
  if (!row) return null;
  const accountRows = await db
    .select()
    .from(accounts)
    .where(eq(accounts.borrowerId, row.id))
    .orderBy(asc(accounts.externalId));
  const holds = await activeHolds(db, [row.id], now);
  return {
    ...borrowerView(row),
    accounts: accountRows.map(({ borrowerId: _borrowerId, ...account }) => ({
      ...account,
      createdAt: toIso(account.createdAt),
      updatedAt: toIso(account.updatedAt),
    })),
    activeHolds: holds.map((hold) => toHoldView(hold, now)),
  };
}

/**
 * A page of borrowers ordered by external id; `after` is the last external id of the previous
 * page. (Finding a borrower by name or phone is `lookupBorrowers`, behind a POST.)
 * @example await listBorrowers(db, { limit: 50 })
 */
export async function listBorrowers(
  db: Database,
  options: { limit: number; after?: string },
): Promise<{ items: BorrowerView[]; nextAfter: string | null }> {
  const rows = await db
    .select()
    .from(borrowers)
    .where(options.after === undefined ? undefined : gt(borrowers.externalId, options.after))
    .orderBy(asc(borrowers.externalId))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const more = rows.length > options.limit;
  return { items: page.map(borrowerView), nextAfter: more ? page.at(-1)!.externalId : null };
}

/** PUT would move an account that another borrower owns. */
export class AccountOwnedElsewhereError extends Error {
  constructor(
    readonly accountIndex: number,
    readonly accountExternalId: string,
  ) {
    super(`account "${accountExternalId}" belongs to another borrower`);
    this.name = 'AccountOwnedElsewhereError';
  }
}

/**
 * Upserts one borrower and the accounts given, all or nothing. Throws AccountOwnedElsewhereError
 * when an account external id is another borrower's.
 * @example const { created } = await upsertBorrower(db, { externalId: 'B1', firstName: 'Lan', … })
 */
export async function upsertBorrower(
  db: Database,
  record: BorrowerWrite,
): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const owners = await findAccountOwners(
      tx,
      (record.accounts ?? []).map((account) => account.externalId),
    );
    record.accounts?.forEach((account, index) => {
      const owner = owners.get(account.externalId);
      if (owner !== undefined && owner !== record.externalId) {
        throw new AccountOwnedElsewhereError(index, account.externalId);
      }
    });
    const existed = (await findBorrowerIds(tx, [record.externalId])).size > 0;
    await writeBorrowers(tx, [record]);
    return { created: !existed };
  });
}
