// Every results table as CSV: nested objects become dotted column names, so the CSV has the
// same numbers as the JSON under the same names.
import Papa from 'papaparse';

type Cell = string | number | boolean | null;

/**
 * Flattens `{ a: { b: 1 } }` to `{ 'a.b': 1 }`; arrays of scalars are joined with spaces, arrays
 * of objects are keyed by position.
 */
export function flattenRow(value: unknown, prefix = '', into: Record<string, Cell> = {}) {
  if (value === null || typeof value !== 'object') {
    into[prefix] = value === undefined ? null : (value as Cell);
  } else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    into[prefix] = value.join(' ');
  } else if (Array.isArray(value)) {
    value.forEach((inner, i) => flattenRow(inner, prefix ? `${prefix}.${i}` : String(i), into));
  } else {
    for (const [key, inner] of Object.entries(value))
      flattenRow(inner, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

/** Rows with possibly different keys: the columns are the union, in first-seen order. */
export function toCsv(rows: ReadonlyArray<Record<string, Cell>>): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return Papa.unparse({
    fields: columns,
    data: rows.map((row) => columns.map((c) => row[c] ?? '')),
  });
}

/** A CSV answer is asked for by `?format=csv` or by `Accept: text/csv`. */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return (accept ?? '').toLowerCase().includes('text/csv');
}
