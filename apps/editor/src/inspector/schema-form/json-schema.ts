import { z } from 'zod';

/** The part of JSON Schema (draft 2020-12, as zod writes it) that the form generator reads. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  title?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/**
 * The JSON Schema of a node's zod config schema, as the user writes it (fields with defaults
 * optional). Computed once per schema.
 */
export function formSchemaOf(schema: z.ZodType): JsonSchema {
  const known = cache.get(schema);
  if (known) return known;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  cache.set(schema, json);
  return json;
}

/** What kind of input a schema gets. */
export type FieldKind =
  | { kind: 'condition' }
  | { kind: 'message' }
  | { kind: 'duration' }
  | { kind: 'select'; options: Array<string | number> }
  | { kind: 'multiSelect'; options: Array<string | number> }
  | { kind: 'checkbox' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'text' }
  | { kind: 'object'; schema: JsonSchema }
  | { kind: 'list'; item: JsonSchema }
  | { kind: 'nullable'; inner: JsonSchema }
  | { kind: 'json' };

const isNullSchema = (s: JsonSchema) => s.type === 'null';

/** The schema a `$ref` points at (only local `#/$defs/…` refs occur in zod's output). */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return root.$defs?.[name] ?? {};
}

/**
 * Picks the input for a schema: the journey's own formats first (conditions, texts per
 * language, durations), then JSON Schema types. Anything else gets a raw JSON field.
 */
export function fieldKind(schema: JsonSchema, root: JsonSchema): FieldKind {
  if (schema.$ref?.endsWith('/Condition')) return { kind: 'condition' };
  if (schema.$ref) return fieldKind(resolveRef(schema, root), root);
  if (schema.format === 'localized-text') return { kind: 'message' };
  if (schema.format === 'duration') return { kind: 'duration' };
  const variants = schema.anyOf ?? schema.oneOf;
  // A text per language that older documents wrote as one string (a plan's label): edited per
  // language; the string is shown as the first language's text until it is changed.
  if (
    variants?.some((v) => resolveRef(v, root).format === 'localized-text') &&
    variants.every((v) => {
      const r = resolveRef(v, root);
      return r.format === 'localized-text' || r.type === 'string' || isNullSchema(r);
    })
  )
    return { kind: 'message' };
  if (variants) {
    const rest = variants.filter((v) => !isNullSchema(v));
    if (rest.length === 1 && rest.length < variants.length)
      return { kind: 'nullable', inner: rest[0]! };
    const literals = variants.map((v) => v.const).filter((v) => typeof v === 'string');
    if (literals.length === variants.length) return { kind: 'select', options: literals };
    return { kind: 'json' };
  }
  if (schema.enum) return { kind: 'select', options: schema.enum as Array<string | number> };
  switch (schema.type) {
    case 'boolean':
      return { kind: 'checkbox' };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: schema.type === 'integer' };
    case 'string':
      return { kind: 'text' };
    case 'object':
      return schema.properties ? { kind: 'object', schema } : { kind: 'json' };
    case 'array': {
      const item = schema.items ? resolveRef(schema.items, root) : undefined;
      if (item?.enum) return { kind: 'multiSelect', options: item.enum as Array<string | number> };
      return schema.items ? { kind: 'list', item: schema.items } : { kind: 'json' };
    }
    default:
      return { kind: 'json' };
  }
}

/** "sendWithin" → "Send within"; "maxDaysOut" → "Max days out". */
export function humanLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A fresh value for a new list item or a required field: the schema's default, else
 * something valid of its type (a port-like name from the list's name: "rule2").
 */
export function initialValue(schema: JsonSchema, root: JsonSchema, nameHint: string): unknown {
  const resolved = resolveRef(schema, root);
  if (schema.$ref?.endsWith('/Condition')) {
    return { all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] };
  }
  if (resolved.default !== undefined) return structuredClone(resolved.default);
  if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0];
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants?.some(isNullSchema)) return null;
  switch (resolved.type) {
    case 'string':
      return resolved.format === 'duration' ? 'P1D' : nameHint;
    case 'number':
    case 'integer':
      return resolved.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of resolved.required ?? []) {
        const property = resolved.properties?.[key];
        if (property) value[key] = initialValue(property, root, `${nameHint}`);
      }
      return value;
    }
    default:
      return null;
  }
}

/** "rules" → "rule", "variants" → "variant", "options" → "option". */
export function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}
