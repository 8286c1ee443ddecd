import { z } from 'zod';
import { isIsoDuration } from '../time/duration';

/** Lowercase slug: journey ids, node ids, port names of the user's own making. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'use lowercase letters, digits, "-" and "_" (e.g. "wait-2d")')
  .max(80)
  .describe('A short id: lowercase letters, digits, "-" and "_"');

/** A port name the journey author chooses (branch rules, split variants, task outcomes). */
export const portNameSchema = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9-_]*$/,
    'start with a letter; then letters, digits, "-" or "_" (e.g. "noContact")',
  )
  .max(60)
  .describe('Port name: letters, digits, "-" and "_"');

/** A node id inside a journey. */
export const nodeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-_]*$/, 'use letters, digits, "-" and "_" (e.g. "wait-2d")')
  .max(80)
  .describe('Node id: letters, digits, "-" and "_"');

/** A BCP 47 language tag as Tandem uses it: "en", "vi", "es-MX", "zh-Hans". */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as "en", "vi" or "es-MX"')
  .describe('Language tag, e.g. "en", "vi", "es-MX"');

export const channels = ['sms', 'whatsapp', 'email', 'push', 'voice'] as const;
export const channelSchema = z.enum(channels).describe('Contact channel');
export type Channel = z.infer<typeof channelSchema>;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(weekdays);
export type Weekday = z.infer<typeof weekdaySchema>;

/** ISO 8601 duration such as "P2D", "PT4H", "P1DT12H". */
export const durationSchema = z
  .string()
  .refine(isIsoDuration, 'use an ISO 8601 duration such as "P2D" (2 days) or "PT4H" (4 hours)')
  .describe('ISO 8601 duration, e.g. "P2D" for two days, "PT4H" for four hours')
  .meta({ format: 'duration' });

/** Local wall-clock time "HH:MM" (24 h). "24:00" means the end of the day. */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use 24-hour "HH:MM", e.g. "09:00"')
  .describe('Local time, 24-hour "HH:MM"');

/** A calendar date "YYYY-MM-DD". */
export const isoDateSchema = z
  .string()
  .regex(/^(19|20|21)\d\d-\d{2}-\d{2}$/, 'use a date "YYYY-MM-DD" in the years 1900 to 2199')
  .describe('Calendar date, YYYY-MM-DD, in the years 1900 to 2199');

/** An instant in UTC (or with an offset): "2026-03-01T09:00:00Z". */
// Bounded so that "the year 9999" (or 0001) never reaches a timer, a query or a report.
export const instantSchema = z.iso
  .datetime({ offset: true })
  // A refinement, not a pattern: a text that is no date-time at all gets one message, not two.
  .refine((value) => !/^\d{4}-/.test(value) || /^(19[7-9]\d|20\d\d)-/.test(value), {
    message: 'must be in the years 1970 to 2099',
  })
  .describe('ISO 8601 date-time, in the years 1970 to 2099');

/**
 * A sum of money, as numeric(14,2) stores it: positive and below a trillion, so no "1e15"
 * payment turns a balance negative or overflows a column.
 */
export const moneyAmountSchema = z
  .number()
  .positive()
  .max(999_999_999_999.99)
  .describe('An amount in the account currency, up to 999,999,999,999.99');

/**
 * Text written once per journey locale: `{ "en": "Hi {{ borrower.firstName }}", "vi": "Chào …" }`.
 * Each value is a Liquid template. The validator requires every journey locale to be present.
 */
export const localizedTextSchema = z
  .record(localeSchema, z.string().max(5000))
  .describe('Text per language; every journey locale must be written')
  .meta({ format: 'localized-text' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
