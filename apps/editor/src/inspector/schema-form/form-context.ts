import { createContext, useContext } from 'react';
import type { NodeFieldTranslation } from '@tandem/dsl';
import type { JsonSchema } from './json-schema';

export interface FormContext {
  /** The root schema, for `$ref`s. */
  root: JsonSchema;
  /** The journey's languages: the message editor shows one tab each. */
  locales: readonly string[];
  /** Problems located inside the form's value (paths such as `["message", "vi"]`). */
  problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;
  /** A key per form (node id), so typing in one field merges into one undo step. */
  coalesceKey: string;
  /** A field's label, help and choices in the chosen language, by its path; absent: English. */
  fieldText?: (path: ReadonlyArray<string | number>) => NodeFieldTranslation | undefined;
}

export const FormContextValue = createContext<FormContext>({
  root: {},
  locales: ['en'],
  problems: [],
  coalesceKey: 'form',
});

export const useFormContext = () => useContext(FormContextValue);

/** Problems at a path and below it (a list's problems show on the list). */
export function problemsUnder(
  problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>,
  path: ReadonlyArray<string | number>,
  exact: boolean,
): string[] {
  return problems
    .filter(
      (p) =>
        (exact ? p.path.length === path.length : p.path.length >= path.length) &&
        path.every((key, i) => p.path[i] === key),
    )
    .map((p) => p.message);
}
