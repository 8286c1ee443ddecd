// Most message templates are text and plain output tags (`Hi {{ borrower.firstName }}, pay
// {{ account.amountDue | money }}`). Rendering one through Liquid builds a context and runs its
// generator machinery for every tag, a large share of a simulated borrower's time. This renders
// that subset directly, with Liquid's own lookup rules and the very same filter functions; it
// gives up (returns undefined) on anything else — tags, whitespace control, other filters, a value
// Liquid would treat specially — and on any error, so that Liquid renders it and reports the error
// exactly as before. `plain-render.test.ts` checks both agree.
import { liquid, moneyFilter, dateFilter, ownFilters } from './liquid-engine';
import type { FormatSettings } from './filters';
import { LruCache } from './template-cache';

interface PlainFilter {
  name: 'money' | 'date';
  /** The one string literal argument, when given. */
  arg?: string;
}

interface PlainOutput {
  path: string[];
  filters: PlainFilter[];
}

type PlainPart = string | PlainOutput;

const ident = '[A-Za-z_][A-Za-z0-9_]*';
const literal = `(?:"([^"\\\\{}]*)"|'([^'\\\\{}]*)')`;
const filterSource = `\\|\\s*(money|date)\\s*(?::\\s*${literal})?\\s*`;
const outputTag = new RegExp(`^\\s*(${ident}(?:\\.${ident})*)\\s*((?:${filterSource})*)$`);
const filterTag = new RegExp(filterSource, 'g');

// Liquid reads these names on any value (`.size`), or as literals (`nil`): left to Liquid.
const liquidSpecial = new Set([
  'size',
  'first',
  'last',
  'true',
  'false',
  'nil',
  'null',
  'empty',
  'blank',
]);

/** A template as text and plain outputs, or null when Liquid must render it. */
function plainParts(template: string): PlainPart[] | null {
  if (template.length > 10_000 || template.includes('{%')) return null;
  const parts: PlainPart[] = [];
  let from = 0;
  for (;;) {
    const open = template.indexOf('{{', from);
    if (open === -1) {
      if (from < template.length) parts.push(template.slice(from));
      return parts;
    }
    const close = template.indexOf('}}', open + 2);
    if (close === -1) return null;
    const match = outputTag.exec(template.slice(open + 2, close));
    if (!match?.[1]) return null;
    const path = match[1].split('.');
    // A name an empty object answers (`constructor`) makes Liquid look in another scope.
    if (path.some((key) => liquidSpecial.has(key) || key in Object.prototype)) return null;
    const filters: PlainFilter[] = [];
    for (const used of (match[2] ?? '').matchAll(filterTag)) {
      const name = used[1] === 'money' ? 'money' : 'date';
      // Only while this module's own filters are the registered ones.
      if (liquid.filters[name] !== ownFilters[name]) return null;
      const arg = used[2] ?? used[3];
      filters.push(arg === undefined ? { name } : { name, arg });
    }
    if (open > from) parts.push(template.slice(from, open));
    parts.push({ path, filters });
    from = close + 2;
  }
}

const plans = new LruCache<string, PlainPart[] | null>(2_000);

function planOf(template: string): PlainPart[] | null {
  let plan = plans.get(template);
  if (plan === undefined) {
    plan = plainParts(template);
    plans.set(template, plan);
  }
  return plan;
}

const NOT_PLAIN = Symbol('not plain');

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !Array.isArray(value);
}

/** Liquid's lookup of a dotted path with `ownPropertyOnly`, for plain objects and scalars. */
function lookUp(scope: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = scope;
  for (const key of path) {
    if (value === undefined || value === null) return value;
    if (typeof value !== 'object' || !isPlainObject(value)) return NOT_PLAIN;
    if (typeof (value as { toLiquid?: unknown }).toLiquid === 'function') return NOT_PLAIN;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
    // Objects and arrays are Liquid's business (filters may reject them, output joins arrays).
    return NOT_PLAIN;
  }
  return value;
}

/**
 * Renders a plain template as Liquid would, or returns undefined when the template, a value it
 * reads or a filter call is outside what this handles (the caller then renders with Liquid).
 * @example renderPlain('Hi {{ borrower.firstName }}', { borrower: { firstName: 'Lan' } }, settings) // 'Hi Lan'
 */
export function renderPlain(
  template: string,
  scope: Record<string, unknown>,
  settings: FormatSettings,
): string | undefined {
  const plan = planOf(template);
  if (!plan) return undefined;
  let text = '';
  try {
    for (const part of plan) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      let value = lookUp(scope, part.path);
      if (value === NOT_PLAIN) return undefined;
      for (const filter of part.filters) {
        value =
          filter.name === 'money'
            ? moneyFilter(settings, value, filter.arg)
            : dateFilter(settings, value, filter.arg);
      }
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
        return undefined;
      text += String(value);
    }
  } catch {
    return undefined;
  }
  return text;
}
