// A date the borrower types that cannot be misread: separate day, month (a list of month names)
// and year fields, in the order the page's language writes dates (day first in es and vi, year
// first in zh, month first in US English), never the browser's own picker, whose order follows
// the phone's settings and not the page ("6 de diciembre" above a field showing 12/06/2026).
import { z } from 'zod';

export type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year in a locale's numeric dates. */
export function dateFieldOrder(intlLocale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 24)));
  const order = parts
    .map((p) => p.type)
    .filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

/** The twelve month names, as the month list shows them ("diciembre", "tháng 12", "十二月"). */
export function monthNames(intlLocale: string): string[] {
  const format = new Intl.DateTimeFormat(intlLocale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2026, i, 1))));
}

export interface TypedDate {
  day?: string;
  month?: string;
  year?: string;
}

/**
 * The three fields as YYYY-MM-DD, or null when they are not a real calendar date.
 * @param years the years accepted: a payment date from 2000, a date of birth from 1900.
 */
export function dateFromParts(
  typed: TypedDate,
  years: { min: number; max: number } = { min: 2000, max: 2200 },
): string | null {
  const day = z.coerce
    .number()
    .int()
    .min(1)
    .max(31)
    .safeParse(typed.day?.trim() || undefined);
  const month = z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .safeParse(typed.month || undefined);
  const year = z.coerce
    .number()
    .int()
    .min(years.min)
    .max(years.max)
    .safeParse(typed.year?.trim() || undefined);
  if (!day.success || !month.success || !year.success) return null;
  const date = new Date(Date.UTC(year.data, month.data - 1, day.data));
  // 31 February rolls over into March: not a date the borrower meant.
  if (date.getUTCDate() !== day.data) return null;
  return date.toISOString().slice(0, 10);
}
