import { readFact } from '../facts/read-fact';
import type { FactsView } from '../facts/facts';
import type { Condition } from './condition-schema';

/** A fact named in a condition, with the JSON path of its `fact` key inside the condition. */
export interface ConditionFactRef {
  fact: string;
  path: Array<string | number>;
}

/**
 * Evaluates a condition tree over facts. Total: it never throws, whatever the input.
 *
 * Semantics (documented in docs/dsl.md):
 * - `all: []` is true and `any: []` is false (the identities of and / or).
 * - Comparisons are strict and typed: no coercion, so the number `5` never equals the string `"5"`.
 *   A comparison between values of different types is false (`ne` is the negation of `eq`).
 * - `gt` / `gte` / `lt` / `lte` compare two numbers, or two strings by code unit, which orders
 *   `YYYY-MM-DD` dates correctly. Two ISO date-times are compared as instants, so offsets are honoured.
 * - A missing fact (undefined) makes every comparison false, except `ne` (true) and `exists` (false).
 *   A fact whose value is `null` is present: `eq null` matches it, `exists` does not.
 * - `in` needs an array value; `contains` tests a substring of a string fact or a member of an array fact.
 * - `exists` is true when the fact is neither undefined nor null; its value is ignored.
 *
 * @example
 * evaluateCondition(
 *   { all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }, { not: { fact: 'borrower.segment', op: 'eq', value: 'vip' } }] },
 *   facts,
 * ); // true for a borrower 30+ days late who is not in the "vip" segment
 */
export function evaluateCondition(condition: Condition, facts: FactsView): boolean {
  return evaluate(condition, facts);
}

// Walks `unknown`, not `Condition`: journeys arrive as JSON, and a malformed node must be false.
function evaluate(node: unknown, facts: FactsView): boolean {
  if (!isObject(node)) return false;
  if ('all' in node) return Array.isArray(node.all) && node.all.every((c) => evaluate(c, facts));
  if ('any' in node) return Array.isArray(node.any) && node.any.some((c) => evaluate(c, facts));
  if ('not' in node) return isObject(node.not) && !evaluate(node.not, facts);
  if (typeof node.fact !== 'string') return false;
  return compare(readFact(facts, node.fact), node.op, node.value);
}

function compare(actual: unknown, op: unknown, value: unknown): boolean {
  switch (op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'ne':
      return actual === undefined || actual !== value;
    case 'eq':
      return actual !== undefined && actual === value;
    case 'gt':
      return order(actual, value, (d) => d > 0);
    case 'gte':
      return order(actual, value, (d) => d >= 0);
    case 'lt':
      return order(actual, value, (d) => d < 0);
    case 'lte':
      return order(actual, value, (d) => d <= 0);
    case 'in':
      return actual !== undefined && Array.isArray(value) && value.some((v) => v === actual);
    case 'contains':
      if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
      return Array.isArray(actual) && actual.some((item: unknown) => item === value);
    default:
      return false;
  }
}

// A date-time with a time part and an explicit zone: only these are compared as instants.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function order(actual: unknown, value: unknown, test: (difference: number) => boolean): boolean {
  if (typeof actual === 'number' && typeof value === 'number') {
    return !Number.isNaN(actual) && !Number.isNaN(value) && test(actual - value);
  }
  if (typeof actual !== 'string' || typeof value !== 'string') return false;
  if (isoInstant.test(actual) && isoInstant.test(value)) {
    const difference = Date.parse(actual) - Date.parse(value);
    return !Number.isNaN(difference) && test(difference);
  }
  // Code-unit order, not localeCompare: the result must not depend on the runtime's locale.
  return test(actual < value ? -1 : actual > value ? 1 : 0);
}

/**
 * Every fact a condition names, in document order, with the JSON path of its `fact` key, so the
 * validator can point at the exact place an unknown fact is written. Malformed nodes are skipped.
 *
 * @example
 * conditionFacts({ all: [{ fact: 'a.b', op: 'exists' }, { not: { fact: 'c.d', op: 'eq', value: 1 } }] });
 * // [{ fact: 'a.b', path: ['all', 0, 'fact'] }, { fact: 'c.d', path: ['all', 1, 'not', 'fact'] }]
 */
export function conditionFacts(condition: Condition): ConditionFactRef[] {
  const found: ConditionFactRef[] = [];
  collect(condition, [], found);
  return found;
}

function collect(node: unknown, path: Array<string | number>, found: ConditionFactRef[]): void {
  if (!isObject(node)) return;
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (Array.isArray(children)) {
      children.forEach((child, index) => collect(child, [...path, key, index], found));
    }
  }
  if ('not' in node) collect(node.not, [...path, 'not'], found);
  if (typeof node.fact === 'string') found.push({ fact: node.fact, path: [...path, 'fact'] });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
