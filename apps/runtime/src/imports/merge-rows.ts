// Several rows may describe the same borrower (one row per account) or even the same account.
// They must agree on whatever both say; the first row that says something sets it, and a later
// row that contradicts it is the bad one.
import { isDeepStrictEqual } from 'node:util';
import type { AccountInput, BorrowerRecord } from './borrower-input';
import type { ImportError } from './import-report';
import { valueAt, type FieldNamer } from './row-validation';

export interface RowRecord {
  row: number;
  record: BorrowerRecord;
}

type Fields = Record<string, unknown>;

// Attributes and channels are merged key by key, so rows only clash on keys both of them set.
const keyedFields = new Set(['attributes', 'channels']);

function disagreements(first: Fields, later: Fields, prefix: PropertyKey[]): PropertyKey[][] {
  const clashes: PropertyKey[][] = [];
  for (const [key, value] of Object.entries(later)) {
    if (key === 'accounts' || value === undefined || !(key in first)) continue;
    const earlier = first[key];
    if (keyedFields.has(key) && isRecord(value) && isRecord(earlier)) {
      for (const inner of Object.keys(value)) {
        if (inner in earlier && !isDeepStrictEqual(earlier[inner], value[inner])) {
          clashes.push([...prefix, key, inner]);
        }
      }
    } else if (!isDeepStrictEqual(earlier, value)) {
      clashes.push([...prefix, key]);
    }
  }
  return clashes;
}

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits valid rows into those that agree with the rows before them and errors for those that do
 * not (each clashing field named). Rows are taken in file order.
 * @example checkRowAgreement([{ row: 1, record: b1 }, { row: 2, record: b1WithOtherName }], csvFieldName)
 */
export function checkRowAgreement(
  entries: readonly RowRecord[],
  fieldName: FieldNamer,
): { accepted: RowRecord[]; errors: ImportError[] } {
  const borrowers = new Map<string, { row: number; fields: Fields }>();
  const accounts = new Map<string, { row: number; borrower: string; fields: Fields }>();
  const accepted: RowRecord[] = [];
  const errors: ImportError[] = [];
  for (const entry of entries) {
    const { record, row } = entry;
    const found: ImportError[] = [];
    const clash = (path: PropertyKey[], earlierRow: number, what: string) =>
      found.push({
        row,
        field: fieldName(path),
        message: `disagrees with an earlier row about ${what} (first on row ${earlierRow})`,
        value: valueAt(record, path),
      });
    const earlier = borrowers.get(record.externalId);
    if (earlier) {
      for (const path of disagreements(earlier.fields, record, [])) {
        clash(path, earlier.row, `borrower "${record.externalId}"`);
      }
    }
    record.accounts?.forEach((account, index) => {
      const seen = accounts.get(account.externalId);
      if (!seen) return;
      const path = ['accounts', index];
      if (seen.borrower !== record.externalId) {
        found.push({
          row,
          field: fieldName([...path, 'externalId']),
          message: `account "${account.externalId}" belongs to borrower "${seen.borrower}" on row ${seen.row}`,
          value: account.externalId,
        });
        return;
      }
      for (const clashPath of disagreements(seen.fields, account, path)) {
        clash(clashPath, seen.row, `account "${account.externalId}"`);
      }
    });
    if (found.length > 0) {
      errors.push(...found);
      continue;
    }
    accepted.push(entry);
    remember(borrowers, record.externalId, row, record);
    for (const account of record.accounts ?? []) {
      const seen = accounts.get(account.externalId);
      if (seen) seen.fields = merged(seen.fields, account);
      else accounts.set(account.externalId, { row, borrower: record.externalId, fields: account });
    }
  }
  return { accepted, errors };
}

function remember(
  map: Map<string, { row: number; fields: Fields }>,
  id: string,
  row: number,
  record: BorrowerRecord,
) {
  const { accounts: _accounts, ...fields } = record;
  const seen = map.get(id);
  if (seen) seen.fields = merged(seen.fields, fields);
  else map.set(id, { row, fields });
}

function merged(first: Fields, later: Fields): Fields {
  const out: Fields = { ...first };
  for (const [key, value] of Object.entries(later)) {
    if (value === undefined) continue;
    const earlier = out[key];
    out[key] =
      keyedFields.has(key) && isRecord(earlier) && isRecord(value)
        ? { ...earlier, ...value }
        : value;
  }
  return out;
}

/**
 * One record per borrower from rows that agree: fields and accounts combined in row order.
 * @example mergeRows([{ row: 1, record: withAccountA }, { row: 2, record: withAccountB }])[0].accounts.length // 2
 */
export function mergeRows(entries: readonly RowRecord[]): BorrowerRecord[] {
  const byBorrower = new Map<string, { fields: Fields; accounts: Map<string, Fields> }>();
  for (const { record } of entries) {
    const { accounts = [], ...fields } = record;
    const current = byBorrower.get(record.externalId);
    const target = current ?? { fields: {}, accounts: new Map<string, Fields>() };
    target.fields = merged(target.fields, fields);
    for (const account of accounts) {
      target.accounts.set(
        account.externalId,
        merged(target.accounts.get(account.externalId) ?? {}, account),
      );
    }
    if (!current) byBorrower.set(record.externalId, target);
  }
  return [...byBorrower.values()].map(
    ({ fields, accounts }) =>
      ({ ...fields, accounts: [...accounts.values()] as AccountInput[] }) as BorrowerRecord,
  );
}
