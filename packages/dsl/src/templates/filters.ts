import { DateTime } from 'luxon';
import { calendarDateMillis } from '../time/zone-clock';
import { remember } from '../memo/remember';

/** What the money and date filters need from the render call; kept in a Liquid context register. */
export interface FormatSettings {
  locale: string;
  timeZone: string;
  currency: string;
}

export const dateStyles = ['short', 'medium', 'long', 'full'] as const;
export type DateStyle = (typeof dateStyles)[number];

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const numeric = /^-?\d+(\.\d+)?$/;

/**
 * Formats an amount as currency in a locale. Intl picks the minor digits of the currency, so
 * VND shows none and USD two. Nil renders empty (like an undefined variable); a text or boolean
 * that is not a number is returned unchanged, as Liquid's own filters do; an object or array is
 * an error in the template.
 * @example formatMoney(2500000, 'vi', 'VND') // '2.500.000 ₫' (the space is U+00A0)
 */
export function formatMoney(value: unknown, locale: string, currency: string): string {
  if (value === undefined || value === null || value === '') return '';
  const amount = typeof value === 'string' && numeric.test(value) ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return scalarText('money', value);
  return formatNumber(moneyFormat(locale, currency), amount);
}

/**
 * Formats a date in a locale. A calendar date (`YYYY-MM-DD`) is shown as that day wherever the
 * borrower is; an ISO date-time is an instant, shown as the date it is in `timeZone` (a date-time
 * without an offset is read as wall-clock time in `timeZone`). Nil renders empty; another scalar
 * that is not a valid date is returned unchanged; an object or array is an error.
 * @example formatDate('2026-03-01', 'en', 'Asia/Ho_Chi_Minh', 'long') // 'March 1, 2026'
 */
export function formatDate(
  value: unknown,
  locale: string,
  timeZone: string,
  style: DateStyle = 'long',
): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'string') return scalarText('date', value);
  if (calendarDate.test(value)) {
    const midnight = calendarDateMillis(value);
    const day = midnight === undefined ? DateTime.fromISO(value, { zone: 'UTC' }) : undefined;
    if (day && !day.isValid) return value;
    // Formatted in UTC from UTC midnight, so no time zone can move it to another day.
    const format = dateFormat(locale, style, 'UTC');
    return day ? format.format(day.toJSDate()) : formatDay(format, midnight ?? 0);
  }
  const instant = DateTime.fromISO(value, { zone: timeZone });
  if (instant.invalidReason === 'unsupported zone') {
    throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
  }
  if (!instant.isValid || !value.includes('T')) return value;
  return dateFormat(locale, style, timeZone).format(instant.toJSDate());
}

/** Validates the optional style argument of the `date` filter. */
export function toDateStyle(style: unknown): DateStyle {
  if (style === undefined) return 'long';
  const known = dateStyles.find((s) => s === style);
  if (known) return known;
  throw new RangeError(
    `date style must be one of ${dateStyles.map((s) => `"${s}"`).join(', ')}; got ${JSON.stringify(style)}`,
  );
}

// Intl formatters cost far more to build than to use: one per locale and currency (or style and
// zone), bounded. A constructor that throws (unknown currency or zone) is not cached, so it throws
// again on the next call, as before.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const known = formatters.get(key);
  if (known) return known as T;
  const made = make();
  if (formatters.size >= MAX_FORMATTERS) formatters.clear();
  formatters.set(key, made);
  return made;
}

// Messages repeat the same amounts and due dates: each formatter remembers what it wrote, by
// number (an amount, or a day's epoch ms), bounded. -0 is not remembered (a Map takes it for 0).
const written = new WeakMap<Intl.NumberFormat | Intl.DateTimeFormat, Map<number, string>>();

function remembered(
  format: Intl.NumberFormat | Intl.DateTimeFormat,
  value: number,
  write: () => string,
): string {
  if (Object.is(value, -0)) return write();
  let byValue = written.get(format);
  if (!byValue) {
    byValue = new Map();
    written.set(format, byValue);
  }
  return remember(byValue, value, 1_000, write);
}

function formatNumber(format: Intl.NumberFormat, amount: number): string {
  return remembered(format, amount, () => format.format(amount));
}

function formatDay(format: Intl.DateTimeFormat, midnight: number): string {
  return remembered(format, midnight, () => format.format(new Date(midnight)));
}

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  return cached(
    `money\u0000${locale}\u0000${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
}

function dateFormat(locale: string, style: DateStyle, timeZone: string): Intl.DateTimeFormat {
  return cached(
    `date\u0000${locale}\u0000${style}\u0000${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone }),
  );
}

function scalarText(filter: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  throw new TypeError(
    `${filter} needs a single value, not ${Array.isArray(value) ? 'a list' : typeof value}`,
  );
}
