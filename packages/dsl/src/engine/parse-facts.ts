import { enrollmentFactsSchema } from '../facts/facts';
import type { EnrollmentFacts, EnrollmentFactsInput } from '../facts/facts';
import { cloneState } from './clone-state';

// A batch (a segment simulated in the editor, an import) enrols many borrowers with the same
// facts shapes, and the sample borrowers over and over: the schema's answer for a given JSON
// text is remembered, and each enrollment gets its own copy of it.
const parsedFacts = new Map<string, EnrollmentFacts>();
const MAX_ENTRIES = 1_000;

/**
 * `enrollmentFactsSchema.parse(input)`, remembered by the input's JSON text when the input is
 * plain JSON data (anything JSON.stringify would change — undefined, NaN, -0, a Date, a class
 * instance, a hole — is parsed as it is). Throws what the schema throws.
 * @example const facts = parseEnrollmentFacts({ borrower, account });
 */
export function parseEnrollmentFacts(input: EnrollmentFactsInput): EnrollmentFacts {
  const key = jsonKey(input);
  if (key === undefined) return enrollmentFactsSchema.parse(input);
  let parsed = parsedFacts.get(key);
  if (!parsed) {
    parsed = enrollmentFactsSchema.parse(input);
    if (parsedFacts.size >= MAX_ENTRIES) parsedFacts.clear();
    parsedFacts.set(key, parsed);
  }
  return cloneState(parsed);
}

/** The JSON text of `value` when it is plain JSON data that the text describes exactly. */
function jsonKey(value: unknown): string | undefined {
  // A walk, then a plain JSON.stringify: a replacer callback on every key cost more than both
  // (this runs once per enrollment). Every value reached is plain, so no toJSON can change the text.
  return isPlainJsonDeep(value) ? JSON.stringify(value) : undefined;
}

function isPlainJsonDeep(value: unknown): boolean {
  if (!isPlainJson(value)) return false;
  if (typeof value !== 'object' || value === null) return true;
  const keys = Object.keys(value);
  // A hole reads as undefined to the schema and as null in the text.
  if (Array.isArray(value) && keys.length !== value.length) return false;
  for (const key of keys) {
    if (!isPlainJsonDeep((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
      // The schema reads hidden and symbol-keyed properties that the JSON text leaves out.
      return (
        Object.getOwnPropertySymbols(value).length === 0 &&
        Object.getOwnPropertyNames(value).length ===
          Object.keys(value).length + (Array.isArray(value) ? 1 : 0)
      );
    }
    default:
      return false;
  }
}
