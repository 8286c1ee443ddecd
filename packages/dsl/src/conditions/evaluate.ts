import type { FactsView } from '../facts/facts';
import type { Condition } from './condition-schema';

/** STUB (to be implemented): evaluates a condition tree over facts. */
export function evaluateCondition(condition: Condition, facts: FactsView): boolean {
  void condition;
  void facts;
  throw new Error('not implemented');
}

/** STUB: every fact a condition names, with its JSON path inside the condition. */
export function conditionFacts(
  condition: Condition,
): Array<{ fact: string; path: Array<string | number> }> {
  void condition;
  throw new Error('not implemented');
}
