/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { journeyJsonSchema } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from './index';

const file = new URL('../journey.schema.json', import.meta.url);

describe('journey.schema.json', () => {
  it('matches a fresh generation from the built-in catalogue (if not, run `npm run gen`)', () => {
    expect(
      existsSync(file),
      'packages/nodes/journey.schema.json is missing: run `npm run gen`',
    ).toBe(true);
    const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const fresh: unknown = JSON.parse(JSON.stringify(journeyJsonSchema(builtInCatalogue)));
    expect(
      committed,
      'packages/nodes/journey.schema.json is stale: run `npm run gen` and commit the result',
    ).toEqual(fresh);
  });

  it('has a node branch for every built-in type', () => {
    const schema = journeyJsonSchema(builtInCatalogue) as {
      properties: {
        nodes: { items: { oneOf: Array<{ properties: { type: { const: string } } }> } };
      };
    };
    const types = schema.properties.nodes.items.oneOf.map((branch) => branch.properties.type.const);
    expect(types).toEqual(builtInCatalogue.types);
  });
});
