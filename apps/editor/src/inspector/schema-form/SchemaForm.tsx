import { useMemo } from 'react';
import type { z } from 'zod';
import { FormContextValue, type FormContext } from './form-context';
import { formSchemaOf } from './json-schema';
import { ObjectFieldsInline } from './SchemaField';

/**
 * A form generated from a zod object schema: one field per property, labels and help from the
 * schema's descriptions, defaults shown, problems next to the fields they are about. Custom
 * nodes get their inspector from this with no editor code.
 * @example <SchemaForm schema={definition.config} value={config} onChange={setConfig} locales={['en']} problems={[]} />
 */
export function SchemaForm({
  schema,
  value,
  onChange,
  locales,
  problems,
  coalesceKey,
  isShown,
  fieldText,
}: {
  schema: z.ZodType;
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  locales: readonly string[];
  problems: FormContext['problems'];
  coalesceKey: string;
  /** Hides top-level fields that do not apply (the node's `ui.fieldShown`); all shown by default. */
  isShown?: (field: string) => boolean;
  /** The node's field texts in the chosen language (its `ui.translations`); English without. */
  fieldText?: FormContext['fieldText'];
}) {
  const root = formSchemaOf(schema);
  const context = useMemo<FormContext>(
    () => ({ root, locales, problems, coalesceKey, ...(fieldText ? { fieldText } : {}) }),
    [root, locales, problems, coalesceKey, fieldText],
  );
  return (
    <FormContextValue.Provider value={context}>
      <ObjectFieldsInline
        schema={root}
        value={value}
        path={[]}
        onChange={onChange}
        {...(isShown ? { isShown } : {})}
      />
    </FormContextValue.Provider>
  );
}
