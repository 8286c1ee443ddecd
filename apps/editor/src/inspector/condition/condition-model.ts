import { describeFact, type ComparisonOp, type Condition, type FactCondition } from '@tandem/dsl';

export type GroupKind = 'all' | 'any';

export const isGroup = (c: Condition): c is { all: Condition[] } | { any: Condition[] } =>
  'all' in c || 'any' in c;
export const isNot = (c: Condition): c is { not: Condition } => 'not' in c;

export function groupKind(c: { all: Condition[] } | { any: Condition[] }): GroupKind {
  return 'all' in c ? 'all' : 'any';
}

export function groupItems(c: { all: Condition[] } | { any: Condition[] }): Condition[] {
  return 'all' in c ? c.all : c.any;
}

export function makeGroup(kind: GroupKind, items: Condition[]): Condition {
  return kind === 'all' ? { all: items } : { any: items };
}

export const newComparison = (): FactCondition => ({
  fact: 'account.daysPastDue',
  op: 'gte',
  value: 30,
});

/** Whether values for this fact are numbers (counters, money, days) rather than text. */
export function numericFact(fact: string): boolean {
  const type = describeFact(fact)?.type;
  return type === 'number' || type === 'money';
}

/**
 * Turns what the user typed into the comparison's value, typed by the fact: "30" is the
 * number 30 for a numeric fact, "true" a boolean for a boolean fact, and "vip, staff" a list
 * for `in`. Strict comparisons never coerce, so the type has to be right here.
 */
export function parseValue(fact: string, op: ComparisonOp, text: string): FactCondition['value'] {
  if (op === 'exists') return undefined;
  const one = (raw: string) => {
    const trimmed = raw.trim();
    if (describeFact(fact)?.type === 'boolean') return trimmed === 'true';
    if (numericFact(fact) && trimmed !== '' && !Number.isNaN(Number(trimmed)))
      return Number(trimmed);
    return trimmed;
  };
  if (op === 'in')
    return text
      .split(',')
      .map(one)
      .filter((v) => v !== '');
  return one(text);
}

/** The text a value shows as in its input. */
export function valueText(value: FactCondition['value']): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
