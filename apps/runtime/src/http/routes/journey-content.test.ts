import { createHash } from 'node:crypto';
import { journeySchema, validateJourney } from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import { blankJourney, canonicalJson, contentHash, nulCharacterAt } from './journey-content';
import { ladder, withVietnamese } from './journeys.fixtures';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and leaves undefined members out', () => {
    const value = { b: 1, a: [{ d: 2, c: [3, { f: null, e: 'x' }] }], u: undefined };
    expect(canonicalJson(value)).toBe('{"a":[{"c":[3,{"e":"x","f":null}],"d":2}],"b":1}');
    expect(canonicalJson([undefined, 'a"b'])).toBe('[null,"a\\"b"]');
  });
});

describe('contentHash', () => {
  const parse = (input: unknown) => journeySchema.parse(input);

  it('is the SHA-256 of the canonical journey without its layout', () => {
    const journey = parse(ladder());
    const { layout: _layout, ...content } = journey;
    const nodes = [...content.nodes].sort((a, b) => a.id.localeCompare(b.id));
    const expected = createHash('sha256')
      .update(canonicalJson({ ...content, nodes }))
      .digest('hex');
    expect(contentHash(journey)).toBe(expected);
    expect(contentHash(journey)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not change when nodes move on the canvas, are reordered, or keys are reordered', () => {
    const base = contentHash(parse(ladder()));
    const moved = ladder({ layout: { hello: { x: 999, y: -4 } } });
    expect(contentHash(parse(moved))).toBe(base);
    expect(contentHash(parse({ ...ladder(), layout: undefined }))).toBe(base);
    expect(contentHash(parse(ladder({ nodes: [...ladder().nodes].reverse() })))).toBe(base);
    const reordered = Object.fromEntries(Object.entries(ladder()).reverse());
    expect(contentHash(parse(reordered))).toBe(base);
  });

  it('changes with any semantic change: a text, the name, a cap', () => {
    const base = contentHash(parse(ladder()));
    expect(contentHash(parse(withVietnamese(ladder(), 'Xin chào')))).not.toBe(base);
    expect(contentHash(parse(ladder({ name: 'Ladder 2' })))).not.toBe(base);
    const policy = { caps: [{ channel: 'sms' as const, max: 2, per: 'P7D' }] };
    expect(contentHash(parse(ladder({ policy })))).not.toBe(base);
  });
});

describe('blankJourney', () => {
  it('is a valid journey with no problem at all, starting at an end node', () => {
    const blank = blankJourney({ id: 'fresh', name: 'Fresh', description: 'New' });
    expect(validateJourney(blank, builtInCatalogue)).toMatchObject({ ok: true, problems: [] });
    expect(blank).toMatchObject({ id: 'fresh', name: 'Fresh', description: 'New', start: 'end' });
    expect(blank.nodes).toEqual([{ id: 'end', type: 'end', config: { outcome: 'completed' } }]);
    expect('description' in blankJourney({ id: 'x', name: 'X' })).toBe(false);
  });
});

describe('nulCharacterAt', () => {
  it('finds U+0000 in nested strings and keys, and nothing in clean values', () => {
    expect(nulCharacterAt({ a: [1, { b: 'ok' }, { c: 'x\u0000' }] })).toEqual(['a', 2, 'c']);
    expect(nulCharacterAt({ ['k\u0000']: 1 })).toEqual(['k\u0000']);
    expect(nulCharacterAt({ a: ['fine', 1, null, true] })).toBeNull();
  });
});
