// Upserts borrowers and their accounts in batches: one INSERT … SELECT FROM jsonb_to_recordset(…)
// ON CONFLICT DO UPDATE per batch, the whole batch one JSON parameter (binding 11,000 separate
// parameters costs far more than Postgres takes to read the JSON). A field a row leaves out keeps
// its stored value; attributes and channels merge key by key; preferences (opt-outs!) are
// replaced only when given. Rows that leave out different fields go in different statements.
import { sql, type SQL, type SQLChunk } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { accounts, borrowers, type BorrowerPreferences, type ChannelAddress } from '../schema';

type Attributes = Record<string, string | number | boolean | null>;

export interface AccountWrite {
  externalId: string;
  amountDue: number;
  currency: string;
  dueDate?: string | null;
  daysPastDue?: number;
  minimumPayment?: number | null;
  product?: string | null;
  timeBarred?: boolean;
  attributes?: Attributes;
}

export interface BorrowerWrite {
  externalId: string;
  firstName: string;
  lastName?: string | null;
  locale: string;
  timezone: string;
  country: string;
  region?: string | null;
  segment?: string | null;
  attributes?: Attributes;
  /** `null` for a channel removes it. */
  channels?: Partial<Record<string, ChannelAddress | null>>;
  preferences?: BorrowerPreferences;
  accounts?: AccountWrite[];
}

/** Rows per statement. */
export const WRITE_BATCH_SIZE = 1000;

type Key<T> = Extract<keyof T, string>;
const borrowerRequired = ['externalId', 'firstName', 'locale', 'timezone', 'country'] as const;
const borrowerOptional = [
  'lastName',
  'region',
  'segment',
  'attributes',
  'channels',
  'preferences',
] as const;
const accountRequired = ['externalId', 'amountDue', 'currency'] as const;
const accountOptional = [
  'dueDate',
  'daysPastDue',
  'minimumPayment',
  'product',
  'timeBarred',
  'attributes',
] as const;

const name = (column: PgColumn) => sql.identifier(column.name);
const excluded = (column: PgColumn): SQL => sql`excluded.${name(column)}`;
const list = (items: SQLChunk[]) => sql.join(items, sql`, `);

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const given = <K extends string>(row: object, keys: readonly K[]): K[] =>
  keys.filter((key) => (row as Record<string, unknown>)[key] !== undefined);

const removedChannels = (row: BorrowerWrite) =>
  Object.entries(row.channels ?? {})
    .filter(([, address]) => address === null)
    .map(([channel]) => channel)
    .sort();

/** `r(external_id text, amount_due numeric(14, 2), …)`: how jsonb_to_recordset reads a batch. */
const recordType = (columns: PgColumn[], extra?: SQL) =>
  list([
    ...(extra ? [extra] : []),
    ...columns.map((column) => sql`${name(column)} ${sql.raw(column.getSQLType())}`),
  ]);

/** One batch as JSON keyed by column name, for jsonb_to_recordset. */
function batchJson<T extends object>(
  rows: readonly T[],
  columns: Array<[Key<T>, PgColumn]>,
  extra?: (row: T) => Record<string, unknown>,
): string {
  return JSON.stringify(
    rows.map((row) => ({
      ...extra?.(row),
      ...Object.fromEntries(columns.map(([key, column]) => [column.name, row[key] ?? null])),
    })),
  );
}

function borrowerSet(sample: BorrowerWrite): SQL {
  const set: SQL[] = [
    borrowers.firstName,
    borrowers.locale,
    borrowers.timezone,
    borrowers.country,
  ].map((column) => sql`${name(column)} = ${excluded(column)}`);
  for (const key of given(sample, borrowerOptional)) {
    const column = borrowers[key];
    if (key === 'attributes') {
      set.push(sql`${name(column)} = ${borrowers.attributes} || ${excluded(column)}`);
    } else if (key === 'channels') {
      const minus = removedChannels(sample).map((channel) => sql` - ${channel}::text`);
      set.push(
        sql`${name(column)} = (${borrowers.channels}${sql.join(minus)}) || ${excluded(column)}`,
      );
    } else {
      set.push(sql`${name(column)} = ${excluded(column)}`);
    }
  }
  set.push(sql`${name(borrowers.updatedAt)} = now()`);
  return list(set);
}

async function upsertBorrowerRows(db: Database, rows: readonly BorrowerWrite[], batchSize: number) {
  const signature = (row: BorrowerWrite) =>
    `${given(row, borrowerOptional).join()}|${removedChannels(row).join()}`;
  for (const group of groupBy(rows, signature)) {
    const sample = group[0]!;
    const keys = [...borrowerRequired, ...given(sample, borrowerOptional)];
    const columns = keys.map((key) => [key, borrowers[key]] as [Key<BorrowerWrite>, PgColumn]);
    const names = list(columns.map(([, column]) => name(column)));
    const set = borrowerSet(sample);
    for (const batch of chunks(group, batchSize)) {
      const withoutRemovals = batch.map((row) =>
        row.channels === undefined
          ? row
          : {
              ...row,
              channels: Object.fromEntries(
                Object.entries(row.channels).filter(([, address]) => address !== null),
              ),
            },
      );
      await db.execute(sql`
        insert into ${borrowers} (${names})
        select ${names} from jsonb_to_recordset(${batchJson(withoutRemovals, columns)}::jsonb)
          as r(${recordType(columns.map(([, column]) => column))})
        on conflict (${name(borrowers.externalId)}) do update set ${set}`);
    }
  }
}

async function upsertAccountRows(
  db: Database,
  rows: ReadonlyArray<AccountWrite & { borrowerExternalId: string }>,
  batchSize: number,
) {
  for (const group of groupBy(rows, (row) => given(row, accountOptional).join())) {
    const keys = [...accountRequired, ...given(group[0]!, accountOptional)];
    const columns = keys.map((key) => [key, accounts[key]] as [Key<AccountWrite>, PgColumn]);
    const names = list(columns.map(([, column]) => name(column)));
    const set = columns
      .filter(([key]) => key !== 'externalId')
      .map(([key, column]) =>
        key === 'attributes'
          ? sql`${name(column)} = ${accounts.attributes} || ${excluded(column)}`
          : sql`${name(column)} = ${excluded(column)}`,
      );
    set.push(sql`${name(accounts.updatedAt)} = now()`);
    const owner = sql.identifier('owner_external_id');
    for (const batch of chunks(group, batchSize)) {
      const json = batchJson(batch, columns, (row) => ({
        owner_external_id: row.borrowerExternalId,
      }));
      const rowType = recordType(
        columns.map(([, column]) => column),
        sql`${owner} text`,
      );
      // An account never moves to another borrower here: callers refuse that beforehand, and
      // the WHERE keeps a race from doing it anyway.
      await db.execute(sql`
        insert into ${accounts} (${name(accounts.borrowerId)}, ${names})
        select b.id, ${list(columns.map(([, column]) => sql`r.${name(column)}`))}
          from jsonb_to_recordset(${json}::jsonb) as r(${rowType})
          join ${borrowers} b on b.${name(borrowers.externalId)} = r.${owner}
        on conflict (${name(accounts.externalId)}) do update set ${list(set)}
          where ${accounts.borrowerId} = ${excluded(accounts.borrowerId)}`);
    }
  }
}

/**
 * Upserts borrowers and their accounts (each external id once). Call it inside a transaction.
 * @example await db.transaction((tx) => writeBorrowers(tx, [{ externalId: 'B1', firstName: 'Lan', … }]))
 */
export async function writeBorrowers(
  db: Database,
  records: readonly BorrowerWrite[],
  batchSize = WRITE_BATCH_SIZE,
): Promise<void> {
  await upsertBorrowerRows(db, records, batchSize);
  const accountRows = records.flatMap((record) =>
    (record.accounts ?? []).map((account) => ({
      ...account,
      borrowerExternalId: record.externalId,
    })),
  );
  await upsertAccountRows(db, accountRows, batchSize);
}
