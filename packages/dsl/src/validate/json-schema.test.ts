import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCatalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition } from '../catalogue/node-definition';
import { journeyJsonSchema, journeySchemaId } from './json-schema';
import { endNode, fakeCatalogue, waitNode } from './test-fixtures';

type Json = Record<string, unknown>;
const at = (value: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], value);

const schema = journeyJsonSchema(fakeCatalogue);
const variants = at(schema, 'properties', 'nodes', 'items', 'oneOf') as Json[];
const variant = (type: string) =>
  variants.find((v) => at(v, 'properties', 'type', 'const') === type);

describe('journeyJsonSchema', () => {
  it('is a draft 2020-12 schema with the journey/v1 id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(journeySchemaId);
    expect(journeySchemaId).toBe('https://tandem.dev/schemas/journey-v1.json');
    expect(schema.title).toBe('Tandem journey (journey/v1)');
    expect(schema.required).toEqual([
      'dsl',
      'id',
      'name',
      'locales',
      'defaultLocale',
      'start',
      'nodes',
    ]);
  });

  it('has one node branch per catalogue type, told apart by a const type', () => {
    expect(variants.map((v) => at(v, 'properties', 'type', 'const'))).toEqual(fakeCatalogue.types);
    for (const v of variants) {
      expect(v.additionalProperties).toBe(false);
      expect(Object.keys(at(v, 'properties') as Json)).toEqual([
        'id',
        'type',
        'label',
        'config',
        'next',
      ]);
    }
  });

  it("uses each type's config schema, with UI label and help for hovers", () => {
    const wait = variant('wait');
    expect(at(wait, 'properties', 'config', 'required')).toEqual(['for']);
    expect(at(wait, 'properties', 'config', 'properties', 'for', 'format')).toBe('duration');
    expect(at(wait, 'properties', 'config', 'additionalProperties')).toBe(false);
    expect(wait?.title).toBe('wait');
    expect(wait?.description).toBe('test');
  });

  it('makes config required unless an empty config is valid for the type', () => {
    expect(variant('wait')?.required).toEqual(['id', 'type', 'config']);
    expect(variant('end')?.required).toEqual(['id', 'type']);
  });

  it('describes input: fields with defaults are optional and show their default', () => {
    expect(at(variant('end'), 'properties', 'config', 'required')).toBeUndefined();
    expect(at(variant('end'), 'properties', 'config', 'properties', 'outcome', 'default')).toBe(
      'done',
    );
    expect(at(schema, 'properties', 'policy', 'properties', 'maxVisitsPerNode', 'default')).toBe(
      20,
    );
  });

  it('shares the recursive condition schema once, under $defs', () => {
    const rule = at(
      variant('branch'),
      'properties',
      'config',
      'properties',
      'rules',
      'items',
      'properties',
      'when',
    );
    expect(rule).toEqual({ $ref: '#/$defs/Condition' });
    const condition = at(schema, '$defs', 'Condition', 'anyOf') as Json[];
    expect(condition).toHaveLength(4);
    expect(at(condition[0], 'properties', 'all', 'items')).toEqual({ $ref: '#/$defs/Condition' });
  });

  it('lists event names for configs that take events, so editors complete them', () => {
    const events = at(
      variant('waitForEvent'),
      'properties',
      'config',
      'properties',
      'events',
      'items',
      'enum',
    );
    expect(events).toContain('payment.received');
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('is the same on every call (the committed file can be checked for staleness)', () => {
    expect(JSON.stringify(journeyJsonSchema(fakeCatalogue))).toBe(JSON.stringify(schema));
  });

  it('still describes nodes for a catalogue of one type, or none', () => {
    const single = journeyJsonSchema(createCatalogue([endNode]));
    expect(at(single, 'properties', 'nodes', 'items', 'oneOf')).toHaveLength(1);
    const none = journeyJsonSchema(createCatalogue([]));
    expect(at(none, 'properties', 'nodes', 'items', 'properties', 'type', 'type')).toBe('string');
  });

  it('accepts a custom config type that JSON Schema cannot express, as "anything"', () => {
    const custom: AnyNodeDefinition = {
      ...waitNode,
      type: 'acme.schedule',
      config: z.strictObject({ at: z.date(), note: z.string() }),
    };
    const result = journeyJsonSchema(createCatalogue([custom]));
    const config = at(result, 'properties', 'nodes', 'items', 'oneOf', 0, 'properties', 'config');
    expect(at(config, 'properties', 'at')).toEqual({});
    expect(at(config, 'properties', 'note')).toEqual({ type: 'string' });
  });
});
