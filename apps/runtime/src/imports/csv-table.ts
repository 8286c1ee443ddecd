// Reads an uploaded CSV into named cells. The file's shape (header, columns) is checked here and
// refused as a whole; what is wrong inside a row becomes a row error and the rest carries on.
import Papa from 'papaparse';
import type { ImportError } from './import-report';

/** Columns every borrowers CSV must have: one row is one borrower and one of their accounts. */
export const requiredCsvColumns = [
  'external_id',
  'first_name',
  'locale',
  'timezone',
  'country',
  'account_external_id',
  'amount_due',
  'currency',
] as const;

export const optionalCsvColumns = [
  'last_name',
  'region',
  'segment',
  'sms',
  'sms_consent',
  'email',
  'email_consent',
  'whatsapp',
  'whatsapp_consent',
  'voice',
  'voice_consent',
  'due_date',
  'days_past_due',
  'minimum_payment',
  'product',
  'time_barred',
] as const;

/** Columns named "attributes.<key>" fill the borrower's attributes. */
export const ATTRIBUTE_COLUMN_PREFIX = 'attributes.';

const knownColumns = new Set<string>([...requiredCsvColumns, ...optionalCsvColumns]);

export interface CsvRecord {
  /** 1-based position after the header; blank lines keep their number but yield no record. */
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  records: CsvRecord[];
  errors: ImportError[];
}

/** The upload cannot be read as a borrowers CSV at all (400). */
export class CsvShapeError extends Error {
  constructor(
    readonly code: 'EMPTY_CSV' | 'MISSING_COLUMNS' | 'UNKNOWN_COLUMNS' | 'DUPLICATE_COLUMNS',
    message: string,
    readonly columns: string[] = [],
  ) {
    super(message);
    this.name = 'CsvShapeError';
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function checkHeader(columns: string[]): void {
  const duplicates = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (duplicates.length > 0) {
    throw new CsvShapeError(
      'DUPLICATE_COLUMNS',
      `these columns appear twice: ${[...new Set(duplicates)].join(', ')}`,
      [...new Set(duplicates)],
    );
  }
  const missing = requiredCsvColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new CsvShapeError(
      'MISSING_COLUMNS',
      `the CSV needs the columns ${missing.join(', ')}`,
      missing,
    );
  }
  const unknown = columns.filter(
    (column) =>
      !knownColumns.has(column) &&
      !(
        column.startsWith(ATTRIBUTE_COLUMN_PREFIX) && column.length > ATTRIBUTE_COLUMN_PREFIX.length
      ),
  );
  if (unknown.length > 0) {
    throw new CsvShapeError(
      'UNKNOWN_COLUMNS',
      `unknown columns: ${unknown.join(', ')} (known: ${[...knownColumns].join(', ')}, ` +
        `and ${ATTRIBUTE_COLUMN_PREFIX}<name> for attributes)`,
      unknown,
    );
  }
}

/**
 * Parses CSV text (a UTF-8 BOM, CRLF, quoted commas and line breaks, `;` or tab delimiters are
 * fine) into records keyed by lowercase column name, cells trimmed.
 * @example readCsvTable('external_id,first_name,...\nB1,Lan,...').records[0].cells.first_name // 'Lan'
 */
export function readCsvTable(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((cells) => !isBlank(cells));
  const header = lines[headerIndex];
  if (headerIndex < 0 || !header) throw new CsvShapeError('EMPTY_CSV', 'the CSV is empty');
  const columns = header.map((column) => column.trim().toLowerCase());
  checkHeader(columns);

  const errors: ImportError[] = [];
  const brokenLines = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.code !== 'UndetectableDelimiter' && error.row !== undefined) {
      brokenLines.set(error.row, error.message);
    }
  }
  const records: CsvRecord[] = [];
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const cells = lines[index] ?? [];
    const row = index - headerIndex;
    const broken = brokenLines.get(index);
    if (broken) {
      errors.push({ row, field: null, message: `this row cannot be read: ${broken}` });
    } else if (isBlank(cells)) {
      // a blank line: skipped, but it keeps its number so later rows match the file
    } else if (cells.length !== columns.length) {
      errors.push({
        row,
        field: null,
        message: `this row has ${cells.length} cells but the header has ${columns.length} (an unquoted comma?)`,
      });
    } else {
      const named: Record<string, string> = {};
      columns.forEach((column, i) => (named[column] = (cells[i] ?? '').trim()));
      records.push({ row, cells: named });
    }
  }
  if (records.length === 0 && errors.length === 0) {
    throw new CsvShapeError('EMPTY_CSV', 'the CSV has a header but no rows');
  }
  return { columns, records, errors };
}

/** How many data rows the table had, good and bad (blank lines not counted). */
export function csvRowCount(table: CsvTable): number {
  return new Set([...table.records.map((r) => r.row), ...table.errors.map((e) => e.row)]).size;
}
