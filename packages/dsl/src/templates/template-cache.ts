import type { Template } from 'liquidjs';
import { liquid } from './liquid-engine';

/**
 * A small least-recently-used map: journeys have a bounded set of texts, and an editor
 * re-validates with nearly all of them unchanged, so a few thousand entries hold them all while a
 * stream of one-off templates cannot grow memory without bound.
 * @example const cache = new LruCache<string, number>(2); cache.set('a', 1); cache.get('a') // 1
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserted to mark it recently used: a Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const parsedTemplates = new LruCache<string, Template[]>(2_000);

/**
 * `liquid.parse`, once per distinct template text. Parsed templates are immutable and rendering
 * does not change them, so one parse serves every render. A template that does not parse is not
 * cached: it throws the same error again on every call.
 * @example renderSync(parseTemplate('Hi {{ borrower.firstName }}'), context)
 */
export function parseTemplate(template: string): Template[] {
  let parsed = parsedTemplates.get(template);
  if (!parsed) {
    parsed = liquid.parse(template);
    parsedTemplates.set(template, parsed);
  }
  return parsed;
}
