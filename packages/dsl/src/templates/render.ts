import type { FactsView } from '../facts/facts';
import { liquid, renderContext, toTemplateError } from './liquid-engine';
import type { TemplateError } from './liquid-engine';
import { LruCache, parseTemplate } from './template-cache';
import { findVariables } from './template-variables';
import { renderPlain } from './plain-render';
import type { TemplateVariables } from './template-variables';

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
    // A shallow copy: `{% increment x %}` writes into the top-level scope object.
    const scope = { ...facts };
    const settings = {
      locale: formattingLocale(locale, facts.borrower.locale),
      timeZone: facts.borrower.timezone,
      currency: facts.account.currency,
    };
    const plain = renderPlain(template, scope, settings);
    if (plain !== undefined) return { ok: true, text: plain };
    const parsed = parseTemplate(template);
    const context = renderContext(scope, settings);
    return { ok: true, text: String(liquid.renderSync(parsed, context)) };
  } catch (error) {
    return { ok: false, error: toTemplateError(error) };
  }
}

/**
 * Numbers and dates follow the borrower's own regional conventions when they read the message's
 * language: a Mexican borrower (es-MX) of an "es" journey sees "$3,800.00", not "3800,00 MXN".
 * @example formattingLocale('es', 'es-MX') // 'es-MX'; formattingLocale('en', 'vi') // 'en'
 */
export function formattingLocale(messageLocale: string, borrowerLocale: string): string {
  const key = `${messageLocale}\u0000${borrowerLocale}`;
  let locale = formattingLocales.get(key);
  if (locale === undefined) {
    locale = pickFormattingLocale(messageLocale, borrowerLocale);
    formattingLocales.set(key, locale);
  }
  return locale;
}

// Every message of a simulated population asks for the same few pairs; Intl's answer is fixed.
const formattingLocales = new LruCache<string, string>(500);

function pickFormattingLocale(messageLocale: string, borrowerLocale: string): string {
  const language = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase();
  if (language(messageLocale) !== language(borrowerLocale)) return messageLocale;
  try {
    return Intl.NumberFormat.supportedLocalesOf([borrowerLocale]).length > 0
      ? borrowerLocale
      : messageLocale;
  } catch {
    return messageLocale;
  }
}

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
export function templateVariables(template: string): TemplateVariables {
  let result = variablesCache.get(template);
  if (!result) {
    result = findVariables(template);
    variablesCache.set(template, result);
  }
  // Copies: the caller owns what it gets, the cache keeps its own.
  return result.ok
    ? { ok: true, variables: [...result.variables] }
    : { ok: false, error: { ...result.error } };
}

// By template text: validation runs again on every edit in the editor, with nearly every text
// unchanged. Errors are cached too: the same text always fails the same way.
const variablesCache = new LruCache<string, TemplateVariables>(2_000);
