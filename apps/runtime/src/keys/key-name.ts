// Free text a person types for a key (its name) is bounded and printable: no control characters,
// no lone UTF-16 surrogates, no bidirectional overrides that would make a name read as another.
// Plain zod (the schema needs no OpenAPI extension): the CLI parses key names too, and need not
// load the HTTP layer's @hono/zod-openapi to start.
import { z } from 'zod';

// Cc: C0/C1 controls (NUL, newline, escape…); Cs: a lone surrogate half; bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069).
const unprintable = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

export const KEY_NAME_MAX = 100;

/**
 * A key's name: 1 to 100 characters after trimming, printable.
 * @example keyNameSchema.parse('  Ana (collections)  ') // 'Ana (collections)'
 */
export const keyNameSchema = z
  .string()
  .trim()
  .min(1, 'a key needs a name')
  .max(KEY_NAME_MAX, `at most ${KEY_NAME_MAX} characters`)
  .refine((name) => !unprintable.test(name), {
    message: 'must not contain control characters, lone surrogates or bidirectional overrides',
  })
  .describe('Who or what holds the key, e.g. "Ana (collections)" or "CRM sync"');
