// Every built-in node speaks every web-app language: its name, help, each field (nested too), each
// fixed port, and a summary that reads in that language (not English, not a thrown error).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { builtInNodes } from '../../catalogue';

const locales = ['es', 'vi', 'zh'] as const;

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

/**
 * Every field the inspector draws, by its path without list indexes ("options.frequency"). A
 * `$ref` (a condition, drawn by the condition builder) is not followed.
 */
function fieldPaths(schema: JsonSchema | undefined, prefix = '', into = new Set<string>()) {
  if (!schema) return into;
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    fieldPaths(field, path, into);
  }
  fieldPaths(schema.items, prefix, into);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    fieldPaths(branch, prefix, into);
  }
  return into;
}

/**
 * Every choice the inspector offers, as `path: value` (path without list indexes): an enum, a
 * list of enums (check boxes), or a union of literals.
 */
function choicesOf(schema: JsonSchema | undefined, prefix = '', into = new Set<string>()) {
  if (!schema) return into;
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const literals = variants.filter((v) => v.const !== undefined).map((v) => v.const);
  for (const value of [...(schema.enum ?? []), ...literals])
    into.add(`${prefix}: ${String(value)}`);
  for (const [key, field] of Object.entries(schema.properties ?? {}))
    choicesOf(field, prefix ? `${prefix}.${key}` : key, into);
  choicesOf(schema.items, prefix, into);
  for (const variant of variants) choicesOf(variant, prefix, into);
  return into;
}

const configChoices = (node: (typeof builtInNodes)[number]) => [
  ...choicesOf(z.toJSONSchema(node.config, { io: 'input', unrepresentable: 'any' }) as JsonSchema),
];

// Every select and check box of every built-in node offers its choices by name in every language,
// never as the raw value ("untilDate"); English names live in `ui.choices`.
describe.each(['en', ...locales] as const)('built-in node choices in %s', (locale) => {
  it.each(builtInNodes.map((n) => [n.type, n] as const))('%s', (_, node) => {
    const nameOf = (path: string, value: string) =>
      locale === 'en'
        ? node.ui.choices?.[path]?.[value]
        : node.ui.translations?.[locale]?.fields?.[path]?.options?.[value];
    const unnamed = configChoices(node).filter((choice) => {
      const [path = '', value = ''] = choice.split(': ');
      const name = nameOf(path, value);
      return !name?.trim() || name === value;
    });
    expect(unnamed, 'choices without a name').toEqual([]);
  });

  it('the walk finds choices (a wait’s mode, a plan’s frequency, a split’s guardrails)', () => {
    const byType = (type: string) => configChoices(builtInNodes.find((n) => n.type === type)!);
    expect(byType('wait')).toContain('mode: untilDate');
    expect(byType('offerPlan')).toContain('options.frequency: biweekly');
    expect(byType('split')).toContain('experiment.guardrails: hardshipOrDispute');
  });
});

describe.each(locales)('built-in node texts in %s', (locale) => {
  it.each(builtInNodes.map((n) => [n.type, n] as const))('%s', (_, node) => {
    const t = node.ui.translations?.[locale];
    expect(t?.label, 'label').toBeTruthy();
    expect(t?.label).not.toBe(node.ui.label);
    expect(t?.help, 'help').toBeTruthy();
    // Nested fields too: a plan's frequency or a variant's weight is a field like any other.
    const fields = [
      ...fieldPaths(
        z.toJSONSchema(node.config, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
      ),
    ];
    expect(
      fields.filter((f) => !t?.fields?.[f]?.label),
      'fields without a label',
    ).toEqual([]);
    const ports = node.ports(node.config.parse({}));
    const fixed = ports.filter((p) => p.label !== undefined && !/%/.test(p.label));
    expect(
      fixed.filter((p) => !t?.ports?.[p.name]),
      'ports without a label',
    ).toEqual([]);
    if (node.ui.summary && t?.summary) {
      const config = node.config.parse({});
      expect(t.summary(config)).not.toBe(node.ui.summary(config));
    }
  });
});

// A node's own check problems (NODE_CONFIG with a `kind`) are worded in every language, with the
// same placeholders as English, so the editor never falls back to the dsl's English message.
describe.each(locales)('built-in node check problems in %s', (locale) => {
  const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  it.each(builtInNodes.filter((n) => n.ui.problems).map((n) => [n.type, n] as const))(
    '%s',
    (_, node) => {
      const english = node.ui.problems ?? {};
      const translated = node.ui.translations?.[locale]?.problems ?? {};
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [kind, message] of Object.entries(english)) {
        expect(translated[kind], kind).not.toBe(message);
        expect(placeholders(translated[kind] ?? '').sort(), kind).toEqual(
          placeholders(message).sort(),
        );
      }
    },
  );
});

// A date wait names its date as a manager reads it, not by the fact's path.
describe('a date wait’s summary', () => {
  const wait = builtInNodes.find((n) => n.type === 'wait')!;
  const config = wait.config.parse({
    mode: 'untilDate',
    fact: 'account.dueDate',
    offsetDays: -3,
    atLocalTime: '09:00',
  });
  it.each([
    ['en', '3 days before due date at 09:00'],
    ['es', '3 días antes de fecha de vencimiento a las 09:00'],
    ['vi', '3 ngày trước ngày đến hạn lúc 09:00'],
    ['zh', '到期日 前 3 天 09:00'],
  ] as const)('%s', (locale, summary) => {
    const t = locale === 'en' ? wait.ui : wait.ui.translations?.[locale];
    expect(t?.summary?.(config)).toBe(summary);
  });
});

// The outcomes a node names (an end's, an escalation's) are named in every language too, so a
// Vietnamese manager reads “Không trả lời” where English reads “No response”.
describe.each(locales)('built-in outcome names in %s', (locale) => {
  it.each(builtInNodes.filter((n) => n.ui.outcomes).map((n) => [n.type, n] as const))(
    '%s',
    (_, node) => {
      const english = node.ui.outcomes ?? {};
      const translated = node.ui.translations?.[locale]?.outcomes ?? {};
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [id, name] of Object.entries(english)) expect(translated[id], id).not.toBe(name);
    },
  );
});
