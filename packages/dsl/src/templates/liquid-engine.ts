import { Context, Liquid, LiquidError } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import { formatDate, formatMoney, toDateStyle } from './filters';
import type { FormatSettings } from './filters';

export interface TemplateError {
  message: string;
  line?: number;
  column?: number;
}

const settingsRegister = 'tandem.format';

/**
 * The one Liquid instance of the package. `templates: {}` makes `include` / `render` / `layout`
 * look in an empty in-memory map, so nothing ever touches a file system (the browser build must
 * work). Unknown filters are errors, undefined variables render empty. The limits stop a
 * template from allocating without bound (`{% for i in (1..100000000) %}`); they count work,
 * not time, so the same template always passes or fails the same way.
 */
export const liquid = new Liquid({
  templates: {},
  strictFilters: true,
  strictVariables: false,
  ownPropertyOnly: true,
  // Liquid's other date filters (date_to_xmlschema, ...) must not depend on the host's zone.
  timezoneOffset: 0,
  parseLimit: 100_000,
  // A range or string of 100,000 units at most: (1..999) nested in (1..999) fails here, and
  // what stays under it is measured against the channel's limit at publish (rendered-size.ts).
  // No renderLimit: it counts milliseconds, and a replayed workflow must render the same way.
  memoryLimit: 100_000,
});

/**
 * The `money` filter's work, shared by Liquid and the plain renderer (plain-render.ts).
 * @example moneyFilter(settings, 2500000) // '₫2,500,000' in "en" with VND
 */
export function moneyFilter(settings: FormatSettings, value: unknown, currency?: unknown): string {
  if (currency !== undefined && typeof currency !== 'string') {
    throw new TypeError('money takes a currency code such as "EUR"');
  }
  const code = currency ?? settings.currency;
  return formatMoney(value, settings.locale, code);
}

/**
 * The `date` filter's work, shared by Liquid and the plain renderer (plain-render.ts).
 * @example dateFilter(settings, '2026-03-01', 'short') // '3/1/26' in "en"
 */
export function dateFilter(settings: FormatSettings, value: unknown, style?: unknown): string {
  return formatDate(value, settings.locale, settings.timeZone, toDateStyle(style));
}

const money: FilterImplOptions = function (value: unknown, currency?: unknown) {
  return moneyFilter(formatSettings(this.context), value, currency);
};

// Replaces Liquid's built-in strftime `date`: messages need the borrower's language, not "%b %d".
const date: FilterImplOptions = function (value: unknown, style?: unknown) {
  return dateFilter(formatSettings(this.context), value, style);
};

liquid.registerFilter('money', money);
liquid.registerFilter('date', date);

/** The filter implementations this module registered, for the plain renderer to check against. */
export const ownFilters: Readonly<Record<'money' | 'date', FilterImplOptions>> = { money, date };

function formatSettings(context: Context): FormatSettings {
  const settings = context.getRegister<FormatSettings | undefined>(settingsRegister);
  if (!settings) throw new Error('money and date filters need renderTemplate() to set a locale');
  return settings;
}

/** A render context carrying the scope, plus the locale, time zone and currency for the filters. */
export function renderContext(scope: object, settings: FormatSettings): Context {
  const context = new Context(scope, liquid.options, { sync: true }, { liquid });
  context.setRegister(settingsRegister, settings);
  return context;
}

/** Turns whatever Liquid threw into a located TemplateError. */
export function toTemplateError(error: unknown): TemplateError {
  if (LiquidError.is(error)) {
    const [line, column] = error.token.getPosition();
    // Liquid appends ", line:1, col:5" to its messages; the numbers are reported as fields instead.
    const raw = error.message.replace(/(, file:.*)?, line:\d+, col:\d+$/, '');
    const message = raw.startsWith('ENOENT')
      ? 'a message template cannot include other templates'
      : raw;
    return line === undefined || column === undefined ? { message } : { message, line, column };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
