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
  let plain = true;
  const text = JSON.stringify(value, function (this: unknown, key: string, replaced: unknown) {
    // `replaced` is after toJSON (a Date is already a string): look at the original too.
    const original: unknown = key === '' ? value : (this as Record<string, unknown>)[key];
    if (!isPlainJson(original) || !isPlainJson(replaced)) plain = false;
    return replaced;
  });
  return plain && text !== undefined ? text : undefined;
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
