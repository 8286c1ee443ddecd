// What a journey's content is, for versioning: the canonical form that is hashed, and the blank
// draft a new journey starts from.
import { createHash } from 'node:crypto';
import type { Journey, JourneyInput } from '@tandem/dsl';

/**
 * JSON with object keys sorted at every depth (and undefined members left out, as JSON does), so
 * equal content always has one spelling whatever order the editor or jsonb wrote the keys in.
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  // undefined and functions have no JSON; inside an array JSON writes them as null.
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 (hex) of a parsed journey's semantics. Layout is left out and nodes are taken in id
 * order: moving a node on the canvas, or the editor writing nodes in another order, is not new
 * content, so publishing it again returns the existing version.
 * @example contentHash(validateJourney(draft, builtInCatalogue).journey!)
 */
export function contentHash(journey: Journey): string {
  const { layout: _layout, ...content } = journey;
  const nodes = [...content.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(canonicalJson({ ...content, nodes }))
    .digest('hex');
}

/**
 * The smallest valid journey: its start is an end node. New journeys begin here when the caller
 * sends only an id and a name.
 * @example blankJourney({ id: 'gentle-ladder', name: 'Gentle ladder' })
 */
export function blankJourney(input: {
  id: string;
  name: string;
  description?: string | undefined;
}): JourneyInput {
  return {
    dsl: 'journey/v1',
    id: input.id,
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    locales: ['en'],
    defaultLocale: 'en',
    start: 'end',
    nodes: [{ id: 'end', type: 'end', config: { outcome: 'completed' } }],
    layout: { end: { x: 0, y: 0 } },
  };
}

/**
 * The first string containing U+0000, as a path: Postgres can store that character neither in
 * text nor in jsonb, so it is refused up front instead of failing as a server error.
 * @example nulCharacterAt({ name: 'a\u0000' }) // ['name']
 */
export function nulCharacterAt(
  value: unknown,
  path: Array<string | number> = [],
): Array<string | number> | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterAt(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterAt(key, [...path, key]) ?? nulCharacterAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
