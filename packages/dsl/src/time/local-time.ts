import { DateTime } from 'luxon';
import { weekdays, type Weekday } from '../journey/primitives';
import {
  calendarDateMillis,
  canonicalMillis,
  isoDateOf,
  isoOfMillis,
  isValidZone,
  wallClock,
  zoneOffset,
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

function offsetMinutes(ms: number, zone: string): number {
  const offset = zoneOffset(ms, zone);
  if (offset !== undefined) return offset;
  return DateTime.fromMillis(ms, { zone }).offset;
}

function wallOf(ms: number, zone: string): number {
  return ms + offsetMinutes(ms, zone) * MINUTE;
}

/**
 * The earliest instant whose wall-clock time in `zone` is at or after `minutes` past midnight of
 * local `date` (1440 is the next midnight). A time skipped by spring-forward resolves to the
 * transition itself (02:30 → 03:00), and a repeated time at fall-back to its first occurrence:
 * both keep a window as narrow as the wall clock says, never wider.
 * @example wallClockInstant('2026-03-08', 9 * 60, 'America/New_York') // Date.parse('2026-03-08T13:00:00Z')
 */
export function wallClockInstant(date: string, minutes: number, zone: string): number {
  // Window searches and wake times ask for the same few (day, time, zone) over and over.
  const key = `${date}|${minutes}|${zone}`;
  const known = wallClockCache.get(key);
  if (known !== undefined) return known;
  const ms = computeWallClockInstant(date, minutes, zone);
  if (wallClockCache.size >= 10_000) wallClockCache.clear();
  wallClockCache.set(key, ms);
  return ms;
}

const wallClockCache = new Map<string, number>();

function computeWallClockInstant(date: string, minutes: number, zone: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  // Most days have one offset all around: then the answer is the one exact candidate below.
  const offset = zoneOffset(wall, zone);
  if (
    offset !== undefined &&
    zoneOffset(wall - DAY, zone) === offset &&
    zoneOffset(wall + DAY, zone) === offset &&
    wallOf(wall - offset * MINUTE, zone) === wall
  ) {
    return wall - offset * MINUTE;
  }
  // The offsets in force a day either side cover any single transition near `wall`.
  const offsets = [wall - DAY, wall, wall + DAY].map((ms) => offsetMinutes(ms, zone));
  const exact = offsets
    .map((offset) => wall - offset * MINUTE)
    .filter((ms) => wallOf(ms, zone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: binary-search the transition, where the wall clock jumps past `wall`.
  let lo = wall - Math.max(...offsets) * MINUTE;
  let hi = wall - Math.min(...offsets) * MINUTE;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallOf(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

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
