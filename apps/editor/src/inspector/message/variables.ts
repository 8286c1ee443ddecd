import { factCatalogue, type FactDescriptor } from '@tandem/dsl';

/** The Liquid text that shows a fact well: money and dates through their filters. */
export function variableText(fact: FactDescriptor): string {
  if (fact.type === 'money') return `{{ ${fact.path} | money }}`;
  if (fact.type === 'date') return `{{ ${fact.path} | date }}`;
  return `{{ ${fact.path} }}`;
}

/** The facts a message can use, grouped by their first segment ("borrower", "account"…). */
export function variableGroups(): Array<{ group: string; facts: FactDescriptor[] }> {
  const groups = new Map<string, FactDescriptor[]>();
  for (const fact of factCatalogue) {
    const group = fact.path.split('.')[0] ?? 'other';
    groups.set(group, [...(groups.get(group) ?? []), fact]);
  }
  return [...groups].map(([group, facts]) => ({ group, facts }));
}

/**
 * Inserts text at the cursor of a text, replacing the selection.
 * @example insertAt('Hi !', 3, 3, '{{ borrower.firstName }}') // { text: 'Hi {{ borrower.firstName }}!', cursor: 26 }
 */
export function insertAt(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; cursor: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), cursor: start + insert.length };
}
