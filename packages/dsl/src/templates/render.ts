import { describeFact } from '../facts/facts';
import type { FactsView } from '../facts/facts';
import { liquid, renderContext, toTemplateError } from './liquid-engine';
import type { TemplateError } from './liquid-engine';

export type { TemplateError } from './liquid-engine';
export { pickLocale } from './pick-locale';

/**
 * Renders a Liquid template over facts, synchronously and deterministically. Besides Liquid's
 * standard filters it has `money` (`{{ account.amountDue | money }}`, or `| money: "EUR"`) and
 * `date` (`{{ account.dueDate | date }}`, or `| date: "short"`), which format in `locale` with
 * `account.currency` and `borrower.timezone`. Undefined variables render empty; syntax errors,
 * unknown filters and filter failures come back as a located error, never thrown.
 *
 * @example
 * renderTemplate({ template: 'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due', locale: 'en', facts })
 * // { ok: true, text: 'Hi Lan, ₫2,500,000 is due' }
 */
export function renderTemplate(input: {
  template: string;
  locale: string;
  facts: FactsView;
}): { ok: true; text: string } | { ok: false; error: TemplateError } {
  const { template, locale, facts } = input;
  try {
    const parsed = liquid.parse(template);
    // A shallow copy: `{% increment x %}` writes into the top-level scope object.
    const context = renderContext(
      { ...facts },
      { locale, timeZone: facts.borrower.timezone, currency: facts.account.currency },
    );
    return { ok: true, text: String(liquid.renderSync(parsed, context)) };
  } catch (error) {
    return { ok: false, error: toTemplateError(error) };
  }
}

// Liquid reads these on any value that lacks a property of that name (`{{ name.size }}`).
const liquidBuiltInProperties = new Set(['size', 'first', 'last']);

/**
 * The dotted paths of the facts a template reads, in order of first use, without duplicates.
 * Names the template assigns itself (`assign`, `capture`, loop variables) are left out; a path
 * stops at an array index or a computed key (`items[0].name` reads `items`), and Liquid's
 * `.size` / `.first` / `.last` are dropped when the full path is not a fact of that name.
 *
 * @example
 * templateVariables('Hi {{ borrower.firstName }}, pay {{ account.amountDue | money }}: {{ links.pay }}')
 * // { ok: true, variables: ['borrower.firstName', 'account.amountDue', 'links.pay'] }
 */
export function templateVariables(
  template: string,
): { ok: true; variables: string[] } | { ok: false; error: TemplateError } {
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
