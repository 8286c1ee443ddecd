import { DateTime, Duration, Settings } from 'luxon';
import { wallClockInstant } from './local-time';
import { compareInstants as compareParsed } from './instant-math';
import { innerMap, remember } from '../memo/remember';
import {
  calendarDateMillis,
  canonicalMillis,
  isoDateOf,
  isoOfMillis,
  plusInZone,
  simpleDurationOf,
  wallClock,
} from './zone-clock';

const DAY_MS = 86_400_000;

/** True when `value` is an ISO 8601 duration luxon understands ("P2D", "PT4H", "P1W"). */
export function isIsoDuration(value: string): boolean {
  // luxon accepts a bare "P"; a duration must name at least one amount.
  return /^P.*\d/.test(value) && Duration.fromISO(value).isValid;
}

/**
 * Adds an ISO duration to an instant. Calendar units (days, weeks, months) are added in
 * `timeZone`, so "P1D" across a DST change keeps the wall-clock time, as a borrower expects.
 * @example addDuration('2026-03-07T10:00:00Z', 'P1D', 'America/New_York') // '2026-03-08T09:00:00.000Z'
 */
export function addDuration(instant: string, duration: string, timeZone = 'UTC'): string {
  const ms = canonicalMillis(instant);
  const simple = simpleDurationOf(duration);
  if (ms !== undefined && simple) {
    const sum = plusInZone(ms, simple, timeZone);
    const iso = sum === undefined ? undefined : isoOfMillis(sum);
    if (iso !== undefined) return iso;
  }
  const start = DateTime.fromISO(instant, { zone: timeZone });
  return toUtcIso(start.plus(Duration.fromISO(duration)));
}

/** Milliseconds in a duration measured from `instant` (calendar-aware). */
export function durationMillis(duration: string, from = '2000-01-01T00:00:00Z'): number {
  const start = DateTime.fromISO(from, { zone: 'UTC' });
  return start.plus(Duration.fromISO(duration)).toMillis() - start.toMillis();
}

/** Normalises an instant to UTC ISO with milliseconds: the one form the engine stores. */
export function toUtcIso(value: DateTime | string): string {
  // Instants the engine wrote itself are already canonical: no need to parse and print them.
  if (typeof value === 'string' && canonicalMillis(value) !== undefined) {
    return value.length === 24 ? value : `${value.slice(0, 19)}.000Z`;
  }
  const dt = typeof value === 'string' ? DateTime.fromISO(value, { zone: 'UTC' }) : value;
  const iso = dt.toUTC().toISO();
  if (iso === null) throw new RangeError(`invalid instant: ${String(value)}`);
  return iso;
}

/** Compares two ISO instants: negative, zero or positive like a sort comparator. */
export function compareInstants(a: string, b: string): number {
  return compareParsed(a, b);
}

/** The later of two instants. */
export function maxInstant(a: string, b: string): string {
  return compareInstants(a, b) >= 0 ? a : b;
}

/**
 * The instant of a local wall-clock time on a calendar date in a time zone, DST-correct:
 * 09:00 on the day clocks change is still 09:00 local. A time inside a spring-forward gap means
 * the moment the clocks jump (02:30 → 03:00); a repeated fall-back time means its first occurrence.
 * @example localDateTimeToInstant('2026-03-08', '09:00', 'America/New_York') // '2026-03-08T13:00:00.000Z'
 */
export function localDateTimeToInstant(date: string, time: string, timeZone: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Date(wallClockInstant(date, hour * 60 + minute, timeZone)).toISOString();
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: string, timeZone: string): string {
  const ms = canonicalMillis(instant);
  const clock = ms === undefined ? undefined : wallClock(ms, timeZone);
  if (clock) return isoDateOf(clock.date);
  return DateTime.fromISO(instant, { zone: 'UTC' }).setZone(timeZone).toISODate() ?? '';
}

/** Whole calendar days from date `a` to date `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  const from = calendarDateMillis(a);
  const to = calendarDateMillis(b);
  if (from !== undefined && to !== undefined) return Math.round((to - from) / DAY_MS);
  return daysBetweenLuxon(a, b);
}

function daysBetweenLuxon(a: string, b: string): number {
  const from = DateTime.fromISO(a, { zone: 'UTC' });
  const to = DateTime.fromISO(b, { zone: 'UTC' });
  return Math.round(to.diff(from, 'days').days);
}

/** "2026-03-01T14:05:00Z" in Asia/Ho_Chi_Minh → "2026-03-01 21:05 (Sun)"; for timelines. */
export function formatLocal(instant: string, timeZone: string): string {
  // A simulated population writes the same few instants in the same zones on every timeline.
  const inZone = innerMap(localTexts, timeZone, 100);
  return remember(inZone, instant, 10_000, () => formatLocalOnce(instant, timeZone));
}

/** By zone, then instant (no key built per call): bounded. */
const localTexts = new Map<string, Map<string, string>>();

function formatLocalOnce(instant: string, timeZone: string): string {
  const ms = canonicalMillis(instant);
  const clock = ms === undefined ? undefined : wallClock(ms, timeZone);
  if (clock) {
    const { date } = clock;
    const time = `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
    return `${isoDateOf(date)} ${time} (${shortWeekday(date.getUTCDay())})`;
  }
  return DateTime.fromISO(instant, { zone: 'UTC' })
    .setZone(timeZone)
    .toFormat('yyyy-LL-dd HH:mm (ccc)');
}

/** "P2D" → "2 days", "PT4H30M" → "4 hours, 30 minutes": for node summaries in the editor. */
export function humanizeDuration(duration: string, locale = 'en'): string {
  const parsed = Duration.fromISO(duration);
  if (!parsed.isValid) return duration;
  const units = Object.entries(parsed.toObject()).filter(([, v]) => v !== 0);
  if (units.length === 0) return 'no time';
  return Duration.fromObject(Object.fromEntries(units), { locale }).toHuman({
    listStyle: 'narrow',
  });
}

/** A calendar date plus (or minus) whole days: addDays('2026-03-01', -3) → '2026-02-26'. */
export function addDays(date: string, days: number): string {
  const ms = calendarDateMillis(date);
  if (ms !== undefined && Number.isInteger(days)) {
    const sum = new Date(ms + days * DAY_MS);
    const year = sum.getUTCFullYear();
    if (year >= 1000 && year <= 9999) return isoDateOf(sum);
  }
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// luxon's "ccc" is the short stand-alone weekday in luxon's default locale: ask luxon once per
// weekday (and again if the default locale changes) instead of once per timeline line.
let weekdayNames: { locale: string | undefined; names: string[] } | undefined;

function shortWeekday(utcDay: number): string {
  const locale = Settings.defaultLocale as string | undefined;
  if (!weekdayNames || weekdayNames.locale !== locale) {
    // 2026-01-04 is a Sunday: getUTCDay() 0.
    const names = [0, 1, 2, 3, 4, 5, 6].map((day) =>
      DateTime.fromMillis(Date.UTC(2026, 0, 4 + day), { zone: 'UTC' }).toFormat('ccc'),
    );
    weekdayNames = { locale, names };
  }
  return weekdayNames.names[utcDay] ?? '';
}
