import { DateTime } from 'luxon';
import { weekdays, type Weekday } from '../journey/primitives';
import {
  calendarDateMillis,
  canonicalMillis,
  isoDateOf,
  isoOfMillis,
  isValidZone,
  wallClock,
} from './zone-clock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Throws a RangeError unless `zone` is an IANA time zone the runtime knows. */
export function assertTimeZone(zone: string): void {
  if (!isValidZone(zone)) throw new RangeError(`unknown IANA time zone "${zone}"`);
}

/** Epoch milliseconds of an ISO instant (no offset means UTC); a RangeError for anything else. */
export function parseInstant(value: string): number {
  const ms = canonicalMillis(value);
  if (ms !== undefined) return ms;
  const dt = DateTime.fromISO(value, { zone: 'UTC' });
  if (!dt.isValid) throw new RangeError(`invalid instant "${value}"`);
  return dt.toMillis();
}

/** Epoch milliseconds → UTC ISO with milliseconds, the form the engine stores. */
export function formatInstant(ms: number): string {
  const iso = isoOfMillis(ms);
  if (iso !== undefined) return iso;
  return DateTime.fromMillis(ms, { zone: 'UTC' }).toISO() ?? '';
}

export { wallClockInstant } from './wall-clock-instant';

/** The local calendar date (YYYY-MM-DD) of an instant in `zone`. */
export function localDateOf(ms: number, zone: string): string {
  const clock = wallClock(ms, zone);
  if (clock) return isoDateOf(clock.date);
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

/** Minutes since local midnight (with fractions) of an instant's wall-clock time in `zone`. */
export function localMinuteOf(ms: number, zone: string): number {
  const clock = wallClock(ms, zone);
  if (clock) {
    const { date } = clock;
    // The same expression as below, so the same floating-point result.
    return (
      date.getUTCHours() * 60 +
      date.getUTCMinutes() +
      date.getUTCSeconds() / 60 +
      date.getUTCMilliseconds() / MINUTE
    );
  }
  const dt = DateTime.fromMillis(ms, { zone });
  return dt.hour * 60 + dt.minute + dt.second / 60 + dt.millisecond / MINUTE;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const ms = calendarDateMillis(date);
  if (ms !== undefined && Number.isInteger(days)) {
    const sum = new Date(ms + days * DAY);
    const year = sum.getUTCFullYear();
    if (year >= 1000 && year <= 9999) return isoDateOf(sum);
  }
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? '';
}

/** The weekday of a calendar date. */
export function weekdayOfDate(date: string): Weekday {
  const ms = calendarDateMillis(date);
  // getUTCDay counts from Sunday (0); weekdays from Monday.
  const fast = ms === undefined ? undefined : weekdays[(new Date(ms).getUTCDay() + 6) % 7];
  if (fast !== undefined) return fast;
  const weekday = weekdays[DateTime.fromISO(date, { zone: 'UTC' }).weekday - 1];
  if (weekday === undefined) throw new RangeError(`invalid date "${date}"`);
  return weekday;
}
