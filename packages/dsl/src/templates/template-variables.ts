import { describeFact } from '../facts/facts';
import { liquid, toTemplateError } from './liquid-engine';
import type { TemplateError } from './liquid-engine';

export type TemplateVariables =
  { ok: true; variables: string[] } | { ok: false; error: TemplateError };

// Liquid reads these on any value that lacks a property of that name (`{{ name.size }}`).
const liquidBuiltInProperties = new Set(['size', 'first', 'last']);
// Liquid reads these as values, not variables.
const liquidLiterals = new Set(['true', 'false', 'nil', 'null', 'empty', 'blank']);

const ident = '[A-Za-z_][A-Za-z0-9_]*';
const literalArg = `(?:"[^"\\\\{}]*"|'[^'\\\\{}]*'|-?\\d+(?:\\.\\d+)?)`;
const filter = `\\|\\s*(${ident})\\s*(?::\\s*${literalArg}(?:\\s*,\\s*${literalArg})*)?\\s*`;
/** The whole of a plain output tag's inside: a dotted variable and filters with literal arguments. */
const plainOutput = new RegExp(`^\\s*(${ident}(?:\\.${ident})*)\\s*((?:${filter})*)$`);
const filterName = new RegExp(filter, 'g');

/**
 * The variables of a template made only of text and plain output tags
 * (`{{ account.amountDue | money: "EUR" }}`), found without Liquid; undefined for anything else
 * (tags, whitespace control, brackets, variable arguments, unknown filters, an unclosed tag…),
 * which Liquid must parse. What it accepts Liquid parses too, to the same variables in the same order.
 */
function plainVariables(template: string): string[] | undefined {
  if (template.length > 10_000 || template.includes('{%')) return undefined;
  const variables = new Set<string>();
  let from = 0;
  for (;;) {
    const open = template.indexOf('{{', from);
    if (open === -1) return [...variables];
    const close = template.indexOf('}}', open + 2);
    if (close === -1) return undefined;
    const match = plainOutput.exec(template.slice(open + 2, close));
    const path = match?.[1];
    if (path === undefined) return undefined;
    const root = path.split('.', 1)[0] ?? '';
    if (liquidLiterals.has(root)) return undefined;
    for (const used of (match?.[2] ?? '').matchAll(filterName)) {
      const name = used[1];
      if (name === undefined || !Object.hasOwn(liquid.filters, name)) return undefined;
    }
    const dotted = toFactPath(path.split('.'));
    if (dotted) variables.add(dotted);
    from = close + 2;
  }
}

/**
 * The fact paths a template reads (see `templateVariables`): plain templates by a scan, the
 * rest with Liquid's parser and analyser.
 * @example findVariables('{{ borrower.firstName }}') // { ok: true, variables: ['borrower.firstName'] }
 */
export function findVariables(template: string): TemplateVariables {
  const plain = plainVariables(template);
  return plain ? { ok: true, variables: plain } : findVariablesWithLiquid(template);
}

/** `findVariables` by Liquid's parser and analyser only: the reference the scan must agree with. */
export function findVariablesWithLiquid(template: string): TemplateVariables {
  try {
    const parsed = liquid.parse(template);
    const { globals } = liquid.analyzeSync(parsed, { partials: false });
    // Liquid groups uses by root name; sorting by position gives the order a reader sees.
    const uses = Object.values(globals)
      .flat()
      .sort((a, b) => a.location.row - b.location.row || a.location.col - b.location.col);
    const variables = new Set<string>();
    for (const use of uses) {
      const dotted = toFactPath(use.toArray());
      if (dotted) variables.add(dotted);
    }
    return { ok: true, variables: [...variables] };
  } catch (error) {
    return { ok: false, error: toTemplateError(error) };
  }
}

function toFactPath(segments: ReadonlyArray<unknown>): string | undefined {
  const names: string[] = [];
  for (const segment of segments) {
    if (typeof segment !== 'string') break;
    names.push(segment);
  }
  const last = names[names.length - 1];
  if (
    names.length > 1 &&
    last !== undefined &&
    liquidBuiltInProperties.has(last) &&
    !describeFact(names.join('.'))
  ) {
    names.pop();
  }
  return names.length > 0 ? names.join('.') : undefined;
}
