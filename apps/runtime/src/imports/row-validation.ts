// Validates one import row against the borrower schema and names each problem the way the user
// wrote the row: a CSV column or a JSON path.
import type { z } from 'zod';
import { borrowerImportRowSchema, type BorrowerRecord } from './borrower-input';
import type { CellError } from './csv-row';

/** Turns a path inside an import row into the field name the report shows. */
export type FieldNamer = (path: readonly PropertyKey[]) => string;

export const jsonFieldName: FieldNamer = (path) => path.map(String).join('.');

/** What `root` holds at `path` ("accounts", 0, "amountDue"), or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueErrors(
  issue: z.core.$ZodIssue,
  candidate: unknown,
  fieldName: FieldNamer,
  valueOf: (field: string, path: readonly PropertyKey[]) => unknown,
): CellError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const field = fieldName(path);
      return { field, message: 'is not a field we know', value: valueOf(field, path) };
    });
  }
  const field = issue.path.length > 0 ? fieldName(issue.path) : null;
  const value = field === null ? undefined : valueOf(field, issue.path);
  const error: CellError = { field, message: issue.message };
  if (value !== undefined && (typeof value !== 'object' || value === null)) error.value = value;
  if (field === null && (candidate === null || typeof candidate !== 'object')) {
    error.message = 'each row must be an object';
  }
  return [error];
}

/**
 * Checks a candidate row. Fields that already failed to convert (a word in a number column) are
 * not reported a second time.
 * @example validateImportRow({ externalId: 'B1', firstName: 'Lan', ... }, jsonFieldName)
 */
export function validateImportRow(
  candidate: unknown,
  fieldName: FieldNamer,
  options: { known?: CellError[]; rawValue?: (field: string) => unknown } = {},
): { record: BorrowerRecord; errors?: undefined } | { record?: undefined; errors: CellError[] } {
  const known = options.known ?? [];
  const parsed = borrowerImportRowSchema.safeParse(candidate);
  if (parsed.success && known.length === 0) return { record: parsed.data };
  const reported = new Set(known.map((error) => error.field));
  const valueOf = (field: string, path: readonly PropertyKey[]) =>
    options.rawValue ? options.rawValue(field) : valueAt(candidate, path);
  const fromSchema = parsed.success
    ? []
    : parsed.error.issues
        .flatMap((issue) => issueErrors(issue, candidate, fieldName, valueOf))
        .filter((error) => !reported.has(error.field));
  return { errors: [...known, ...fromSchema] };
}
