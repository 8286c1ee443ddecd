import type { Catalogue } from '@tandem/dsl';
import { z } from 'zod';

interface JsonSchemaProperty {
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  format?: string;
  items?: JsonSchemaProperty;
  anyOf?: JsonSchemaProperty[];
  $ref?: string;
}

/** "duration", "sms | whatsapp | …", "list of object": a config field's type in words. */
function typeOf(p: JsonSchemaProperty): string {
  if (p.format === 'duration') return 'duration';
  if (p.format === 'localized-text') return 'text per locale';
  if (p.enum) return p.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (p.$ref) return p.$ref.split('/').pop() ?? 'object';
  if (p.anyOf) return p.anyOf.map(typeOf).join(' or ');
  if (p.type === 'array') return `list of ${p.items ? typeOf(p.items) : 'values'}`;
  if (Array.isArray(p.type)) return p.type.join(' or ');
  return p.type ?? 'any';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The node reference (docs/node-reference.md) written from a catalogue, so the docs always say
 * what the code does: each node's ports, whether it waits, and every config field with its
 * type, default and description.
 */
export function nodeReferenceMarkdown(catalogue: Catalogue): string {
  const lines = [
    '# Node reference',
    '',
    'Generated from the built-in catalogue by `npm run gen`; do not edit by hand (a test fails when',
    'it is stale). Semantics: [dsl.md](dsl.md). Writing your own node: [nodes.md](nodes.md).',
    '',
  ];
  for (const definition of catalogue.definitions) {
    const defaults = definition.config.parse({});
    const schema = z.toJSONSchema(definition.config, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, JsonSchemaProperty>;
    };
    const ports = definition.ports(defaults);
    lines.push(`## \`${definition.type}\` — ${definition.ui.label}`, '');
    lines.push(`${definition.ui.help}.`, '');
    lines.push(
      `- Category: ${definition.ui.category}; ${definition.waits ? 'waits (takes time)' : 'does not wait'}.`,
    );
    lines.push(
      `- Ports with the default config: ${ports.length === 0 ? 'none (ends the journey)' : ports.map((p) => `\`${p.name}\`${p.optional ? ' (optional)' : ''}`).join(', ')}.`,
    );
    if (definition.ui.summary)
      lines.push(`- Canvas summary with the defaults: “${definition.ui.summary(defaults)}”.`);
    if (definition.activity)
      lines.push(
        `- Activity: \`${definition.activity.name}\` (timeout ${definition.activity.timeout}).`,
      );
    lines.push('', '| field | type | default | description |', '| --- | --- | --- | --- |');
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const value = (defaults as Record<string, unknown>)[name];
      const shown = value === undefined ? '—' : `\`${cell(JSON.stringify(value))}\``;
      lines.push(
        `| \`${name}\` | ${typeOf(property)} | ${shown.length > 80 ? '(see the JSON Schema)' : shown} | ${cell(property.description ?? '')} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
