// The pure half of an import: read the rows, validate each, check that rows about the same
// borrower agree. What is left needs the database (who owns an account, who exists already).
import { csvFieldName, csvRowToCandidate } from './csv-row';
import { csvRowCount, readCsvTable } from './csv-table';
import { sortErrors, type ImportError } from './import-report';
import { checkRowAgreement, type RowRecord } from './merge-rows';
import { jsonFieldName, validateImportRow, type FieldNamer } from './row-validation';

export type ImportSource = { kind: 'csv'; text: string } | { kind: 'json'; rows: unknown[] };

export interface ImportPlan {
  /** Data rows in the upload (blank CSV lines not counted). */
  rows: number;
  /** Rows that passed every check so far, in file order. */
  entries: RowRecord[];
  errors: ImportError[];
  fieldName: FieldNamer;
}

function csvEntries(text: string): Omit<ImportPlan, 'fieldName'> {
  const table = readCsvTable(text);
  const errors: ImportError[] = [...table.errors];
  const entries: RowRecord[] = [];
  for (const { row, cells } of table.records) {
    const { candidate, errors: known } = csvRowToCandidate(cells);
    const result = validateImportRow(candidate, csvFieldName, {
      known,
      rawValue: (field) => cells[field] || undefined,
    });
    if (result.record) entries.push({ row, record: result.record });
    else errors.push(...result.errors.map((error) => ({ row, ...error })));
  }
  return { rows: csvRowCount(table), entries, errors };
}

function jsonEntries(rows: readonly unknown[]): Omit<ImportPlan, 'fieldName'> {
  const errors: ImportError[] = [];
  const entries: RowRecord[] = [];
  rows.forEach((candidate, index) => {
    const row = index + 1;
    const result = validateImportRow(candidate, jsonFieldName);
    if (result.record) entries.push({ row, record: result.record });
    else errors.push(...result.errors.map((error) => ({ row, ...error })));
  });
  return { rows: rows.length, entries, errors };
}

/**
 * Reads and checks an upload without touching the database. Throws CsvShapeError when a CSV
 * cannot be read at all (empty, missing or unknown columns).
 * @example planImport({ kind: 'json', rows: [{ externalId: 'B1', ... }] }).entries.length // 1
 */
export function planImport(source: ImportSource): ImportPlan {
  const fieldName = source.kind === 'csv' ? csvFieldName : jsonFieldName;
  const read = source.kind === 'csv' ? csvEntries(source.text) : jsonEntries(source.rows);
  const agreement = checkRowAgreement(read.entries, fieldName);
  return {
    rows: read.rows,
    entries: agreement.accepted,
    errors: sortErrors([...read.errors, ...agreement.errors]),
    fieldName,
  };
}
