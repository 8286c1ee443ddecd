// Every built-in node speaks every web-app language: its name, help, each top-level field, each
// fixed port, and a summary that reads in that language (not English, not a thrown error).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { builtInNodes } from '../../catalogue';

const locales = ['es', 'vi', 'zh'] as const;

describe.each(locales)('built-in node texts in %s', (locale) => {
  it.each(builtInNodes.map((n) => [n.type, n] as const))('%s', (_, node) => {
    const t = node.ui.translations?.[locale];
    expect(t?.label, 'label').toBeTruthy();
    expect(t?.label).not.toBe(node.ui.label);
    expect(t?.help, 'help').toBeTruthy();
    const fields = Object.keys(
      (
        z.toJSONSchema(node.config, { io: 'input', unrepresentable: 'any' }) as {
          properties?: Record<string, unknown>;
        }
      ).properties ?? {},
    );
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
