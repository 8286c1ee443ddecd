/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from './catalogue';
import { nodeReferenceMarkdown } from './node-reference';

describe('docs/node-reference.md', () => {
  it('matches a fresh generation from the catalogue (if not, run `npm run gen`)', () => {
    const committed = readFileSync(
      new URL('../../../docs/node-reference.md', import.meta.url),
      'utf8',
    );
    expect(committed, 'docs/node-reference.md is stale: run `npm run gen`').toBe(
      nodeReferenceMarkdown(builtInCatalogue),
    );
  });

  it('lists every node with its ports and every config field', () => {
    const doc = nodeReferenceMarkdown(builtInCatalogue);
    for (const type of builtInCatalogue.types) expect(doc).toContain(`## \`${type}\``);
    expect(doc).toContain('`kept`, `broken`, `noResponse`');
    expect(doc).toContain('| `maxDaysOut` | integer | `14` |');
  });
});
