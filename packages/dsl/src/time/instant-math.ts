// The engine's time arithmetic on plain numbers, without luxon: the workflow bundle and every
// engine run use these. Each gives what its luxon counterpart in duration.ts gives (the tests
// compare them over thousands of instants, zones and durations); offsets come from Intl.
import { innerMap, remember } from '../memo/remember';
import { parseIsoDuration, type DurationUnits } from './iso-duration';
import { offsetAt } from './offset-at';
import { wallClockInstant } from './wall-clock-instant';
import { calendarDateMillis, canonicalMillis, plusInZone, simpleDurationOf } from './zone-clock';
import { utcFieldsToMillis } from './zone-offset';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** luxon's casual conversion of a fraction of a calendar unit into elapsed time. */
const CASUAL_DAYS = { years: 365, months: 30, weeks: 7, days: 1 } as const;

const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Epoch ms of an ISO instant (no offset: UTC); a RangeError for anything else. */
export function instantMillis(value: string): number {
  const canonical = canonicalMillis(value);
  if (canonical !== undefined) return canonical;
  const match = isoInstant.exec(value);
  if (!match) throw new RangeError(`invalid instant: ${value}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const millis = fraction ? Math.floor(parseFloat(`0.${fraction}`) * 1000) : 0;
  const local = utcFieldsToMillis(year, month, day, Number(h), Number(mi), Number(s), millis);
  const check = new Date(local);
  if (Number.isNaN(local) || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new RangeError(`invalid instant: ${value}`);
  return local - zoneMinutes(zone) * MINUTE;
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** Normalises an instant to UTC ISO with milliseconds: the one form the engine stores. */
export function toUtcIso(value: string): string {
  if (canonicalMillis(value) !== undefined) {
    return value.length === 24 ? value : `${value.slice(0, 19)}.000Z`;
  }
  return new Date(instantMillis(value)).toISOString();
}

/** Compares two ISO instants: negative, zero or positive like a sort comparator. */
export function compareInstants(a: string, b: string): number {
  return parsedMillis(a) - parsedMillis(b);
}

// The engine compares the same few instants many times a step (its clock, timers, parked sends):
// `Date.parse` is remembered per text, bounded. NaN (not a date) is remembered as it is.
const millisByText = new Map<string, number>();
const MILLIS_CAPACITY = 20_000;

function parsedMillis(text: string): number {
  let ms = millisByText.get(text);
  if (ms === undefined) {
    ms = Date.parse(text);
    if (millisByText.size >= MILLIS_CAPACITY) millisByText.clear();
    millisByText.set(text, ms);
  }
  return ms;
}

/** The later of two instants. */
export function maxInstant(a: string, b: string): string {
  return compareInstants(a, b) >= 0 ? a : b;
}

/**
 * Adds an ISO duration to an instant. Calendar units (days, weeks, months, years) are added on
 * the wall clock in `timeZone`, so "P1D" across a DST change keeps the local time.
 * @example addDuration('2026-03-07T10:00:00Z', 'P1D', 'America/New_York') // '2026-03-08T09:00:00.000Z'
 */
export function addDuration(instant: string, duration: string, timeZone = 'UTC'): string {
  // Timers, task deadlines and scripted reactions add the same few durations to the same instants
  // across thousands of simulated borrowers: the answer (pure) is remembered by zone, duration,
  // then instant, bounded at each level. An invalid input throws every time (nothing is stored).
  const byInstant = innerMap(innerMap(sums, timeZone, 100), duration, 1_000);
  return remember(byInstant, instant, 10_000, () => addDurationOnce(instant, duration, timeZone));
}

const sums = new Map<string, Map<string, Map<string, string>>>();

function addDurationOnce(instant: string, duration: string, timeZone: string): string {
  const ms = instantMillis(instant);
  const simple = simpleDurationOf(duration);
  const fast = simple ? plusInZone(ms, simple, timeZone) : undefined;
  if (fast !== undefined) return new Date(fast).toISOString();
  const units = parseIsoDuration(duration);
  if (!units) throw new RangeError(`invalid duration: ${duration}`);
  return new Date(plusUnits(ms, units, timeZone)).toISOString();
}

/** luxon's `DateTime.plus`: whole calendar units on the wall clock, the rest as elapsed time. */
function plusUnits(ms: number, units: DurationUnits, zone: string): number {
  const offset = offsetAt(ms, zone);
  const wall = new Date(ms + offset * MINUTE);
  const year = wall.getUTCFullYear() + Math.trunc(units.years);
  const month = wall.getUTCMonth() + 1 + Math.trunc(units.months);
  const day =
    Math.min(wall.getUTCDate(), daysInMonth(year, month)) +
    Math.trunc(units.days) +
    Math.trunc(units.weeks) * 7;
  const local = utcFieldsToMillis(
    year,
    month,
    day,
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  const fractionDays =
    (units.years - Math.trunc(units.years)) * CASUAL_DAYS.years +
    (units.months - Math.trunc(units.months)) * CASUAL_DAYS.months +
    (units.weeks - Math.trunc(units.weeks)) * CASUAL_DAYS.weeks +
    (units.days - Math.trunc(units.days)) * CASUAL_DAYS.days;
  const elapsed =
    fractionDays * DAY +
    units.hours * 60 * MINUTE +
    units.minutes * MINUTE +
    units.seconds * 1000 +
    units.milliseconds;
  return fixOffset(local, offset, zone) + elapsed;
}

function daysInMonth(year: number, month: number): number {
  const modMonth = ((((month - 1) % 12) + 12) % 12) + 1;
  const modYear = year + (month - modMonth) / 12;
  return new Date(Date.UTC(modYear, modMonth, 0)).getUTCDate() || 30;
}

/** luxon's fixOffset: the instant of wall time `local`, guessing `guess` first. */
function fixOffset(local: number, guess: number, zone: string): number {
  let utcGuess = local - guess * MINUTE;
  const o2 = offsetAt(utcGuess, zone);
  if (guess === o2) return utcGuess;
  utcGuess -= (o2 - guess) * MINUTE;
  const o3 = offsetAt(utcGuess, zone);
  if (o2 === o3) return utcGuess;
  return local - Math.min(o2, o3) * MINUTE;
}

/** Milliseconds in a duration measured from `from` in UTC (calendar-aware). */
export function durationMillis(duration: string, from = '2000-01-01T00:00:00Z'): number {
  return Date.parse(addDuration(from, duration, 'UTC')) - instantMillis(from);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: string, timeZone: string): string {
  const ms = instantMillis(instant);
  return new Date(ms + offsetAt(ms, timeZone) * MINUTE).toISOString().slice(0, 10);
}

/** Epoch ms of midnight UTC on a valid YYYY-MM-DD date; NaN for anything else (as luxon). */
function dateMillis(date: string): number {
  return calendarDateMillis(date) ?? NaN;
}

/** Whole calendar days from date `a` to date `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dateMillis(b) - dateMillis(a)) / DAY);
}

/** A calendar date plus (or minus) whole days: addDays('2026-03-01', -3) → '2026-02-26'. */
export function addDays(date: string, days: number): string {
  const sum = dateMillis(date) + days * DAY;
  // An impossible date ("2026-02-30") comes back as it was, as luxon's fallback did.
  return Number.isFinite(sum) ? new Date(sum).toISOString().slice(0, 10) : date;
}

/**
 * The instant of a local wall-clock time on a calendar date in a time zone, DST-correct.
 * @example localDateTimeToInstant('2026-03-08', '09:00', 'America/New_York') // '2026-03-08T13:00:00.000Z'
 */
export function localDateTimeToInstant(date: string, time: string, timeZone: string): string {
  // Wait nodes ask for the same (zone, day, time) across a population: remembered, bounded.
  const byTime = innerMap(innerMap(localInstants, timeZone, 100), date, 1_000);
  return remember(byTime, time, 100, () => localDateTimeToInstantOnce(date, time, timeZone));
}

const localInstants = new Map<string, Map<string, Map<string, string>>>();

function localDateTimeToInstantOnce(date: string, time: string, timeZone: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Date(wallClockInstant(date, hour * 60 + minute, timeZone)).toISOString();
}
