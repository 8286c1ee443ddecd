// The report an import returns, dry run or not: every bad row with the field at fault.

/** One problem with one row. `row` is 1-based over the data rows (a CSV header is row 0). */
export interface ImportError {
  row: number;
  /** The CSV column or the JSON path ("accounts.0.amountDue"); null for the whole row. */
  field: string | null;
  message: string;
  /** What the row held there, as sent (absent when the field was missing). */
  value?: unknown;
}

export const importModes = ['allOrNothing', 'validRowsOnly'] as const;
export type ImportMode = (typeof importModes)[number];

export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  /** Whether anything was written (false on a dry run and on a refused import). */
  written: boolean;
  rows: number;
  valid: number;
  invalid: number;
  /** Borrowers created and updated (on a dry run: that would be). */
  created: number;
  updated: number;
  accountsCreated: number;
  accountsUpdated: number;
  errors: ImportError[];
}

/** Rows with at least one error, in row order. */
export function invalidRows(errors: readonly ImportError[]): Set<number> {
  return new Set(errors.map((error) => error.row));
}

/** Errors by row, then in the order they were found within the row. */
export function sortErrors(errors: readonly ImportError[]): ImportError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.row - b.error.row || a.index - b.index)
    .map(({ error }) => error);
}
