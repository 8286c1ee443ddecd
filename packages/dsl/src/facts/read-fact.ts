import type { FactsView } from './facts';

/** Reads a dotted path ("account.amountDue") from a facts view; undefined when absent. */
export function readFact(facts: FactsView, path: string): unknown {
  let current: unknown = facts;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
