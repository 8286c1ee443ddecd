/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePackages } from '../generated/nodes.schema.generated';
import { nodeReferenceMarkdown } from './node-reference';

describe('docs/node-reference.md', () => {
  it('matches a fresh generation from the configured packages (if not, run `npm run gen`)', () => {
    const committed = readFileSync(
      new URL('../../../docs/node-reference.md', import.meta.url),
      'utf8',
    );
    expect(committed, 'docs/node-reference.md is stale: run `npm run gen`').toBe(
      nodeReferenceMarkdown(nodePackages),
    );
  });

  it('lists every node of every listed package with its package, ports and config fields', () => {
    const doc = nodeReferenceMarkdown(nodePackages);
    for (const from of nodePackages)
      for (const node of from.nodes) {
        const section = doc.slice(doc.indexOf(`## \`${node.type}\``));
        expect(section, node.type).toContain(`- Package: \`${from.name}\` ${from.version}`);
      }
    expect(doc).toContain('`kept`, `broken`, `noResponse`');
    expect(doc).toContain('| `maxDaysOut` | integer | `14` |');
  });

  it('documents the custom affordability check: config fields, ports and activity contract', () => {
    const doc = nodeReferenceMarkdown(nodePackages);
    const section = doc.slice(doc.indexOf('## `acme.affordabilityCheck`'));
    expect(section).toContain('- Package: `@acme/tandem-affordability` 0.1.0');
    expect(section).toContain('`affordable`, `stretched`, `unaffordable`, `unknown` (optional)');
    expect(section).toContain(
      '| `stretchedAbove` | number | `0.3` | Burden above this is "stretched" |',
    );
    expect(section).toContain('Activity contract `acme.affordabilityCheck`: timeout PT10S');
    expect(section).toContain('| `amountDue` | number |');
    expect(section).toContain('| `burden` | number |');
  });
});
