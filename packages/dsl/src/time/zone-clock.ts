import { ianaOffset, isValidIanaZone } from './zone-offset';

// Fast paths for the engine's and the contact policy's time arithmetic. Every function here
// gives exactly what the luxon expression it replaces gives (the offsets still come from luxon's
// own algorithm over Intl, zone-offset.ts), and returns undefined when its input is outside what it handles, so
// that the caller falls back to luxon: invalid zones, non-canonical strings, years outside
// 1000–9999 and durations with years, months or fractions keep luxon's behaviour and errors.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Per zone: hour buckets whose offset is known to be constant. Bounded: cleared when full. */
const MAX_BUCKETS_PER_ZONE = 100_000;
const MAX_ZONES = 1_000;

const validZones = new Set<string>();
const offsetCaches = new Map<string, Map<number, number>>();

/**
 * `IANAZone.isValidZone`, memoised for valid zones: luxon builds an `Intl.DateTimeFormat` on every
 * call (~100 µs). An invalid zone is not remembered, so it costs what it did.
 * @example isValidZone('Asia/Ho_Chi_Minh') // true
 */
export function isValidZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  const valid = isValidIanaZone(zone);
  if (valid) {
    if (validZones.size >= MAX_ZONES) validZones.clear();
    validZones.add(zone);
  }
  return valid;
}

/**
 * True when luxon reads the zone name as this IANA zone: "utc", "gmt", "local", "system" and
 * fixed offsets ("UTC+3") are handled by luxon's other zone classes, and are left to luxon here.
 */
function isPlainIanaZone(zone: string): boolean {
  const lowered = zone.toLowerCase();
  if (lowered === 'utc' || lowered === 'gmt') return false;
  if (lowered.startsWith('utc') || lowered.startsWith('gmt')) return false;
  return isValidZone(zone);
}

/**
 * The zone's UTC offset in minutes at `ms`, as luxon computes it, or undefined for a zone this
 * module leaves to luxon. The offset of an hour is remembered when it is the same at both ends
 * of the hour: no zone changes its offset twice within one hour.
 */
export function zoneOffset(ms: number, zone: string): number | undefined {
  if (zone === 'UTC') return 0;
  if (!Number.isFinite(ms) || !isPlainIanaZone(zone)) return undefined;
  let cache = offsetCaches.get(zone);
  if (!cache) {
    if (offsetCaches.size >= MAX_ZONES) offsetCaches.clear();
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const bucket = Math.floor(ms / HOUR);
  const known = cache.get(bucket);
  if (known !== undefined) return known;
  const first = ianaOffset(bucket * HOUR, zone);
  const last = ianaOffset(bucket * HOUR + HOUR - 1, zone);
  if (first !== last) return ianaOffset(ms, zone);
  if (cache.size >= MAX_BUCKETS_PER_ZONE) cache.clear();
  cache.set(bucket, first);
  return first;
}

/** Wall-clock fields of an instant in a zone, read from a UTC Date as luxon's `tsToObj` does. */
export interface WallClock {
  /** Epoch ms of the wall-clock time read as if it were UTC. */
  wall: number;
  offset: number;
  date: Date;
}

/** The wall clock of `ms` in `zone`, or undefined to fall back to luxon. */
export function wallClock(ms: number, zone: string): WallClock | undefined {
  const offset = zoneOffset(ms, zone);
  // Whole-minute offsets only: luxon rebuilds fractional (pre-1900 local mean time) ones itself.
  if (offset === undefined || !Number.isInteger(offset)) return undefined;
  const wall = ms + offset * MINUTE;
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  return { wall, offset, date };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a UTC Date whose year is 1000–9999. */
export function isoDateOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

const canonicalInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

/**
 * Epoch ms of an instant in the engine's canonical form (`YYYY-MM-DDTHH:mm:ss[.sss]Z`, a real
 * calendar time, year 1000–9999), or undefined for any other string.
 */
export function canonicalMillis(value: string): number | undefined {
  const known = canonicalCache.get(value);
  if (known !== undefined) return known;
  const ms = parseCanonical(value);
  if (ms !== undefined) {
    if (canonicalCache.size >= MAX_CANONICAL) canonicalCache.clear();
    canonicalCache.set(value, ms);
  }
  return ms;
}

// The engine reads the same few instants (its `now`, wake times) over and over.
const canonicalCache = new Map<string, number>();
const MAX_CANONICAL = 10_000;

function parseCanonical(value: string): number | undefined {
  if (!canonicalInstant.test(value)) return undefined;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // The round trip rejects what Date.parse rolls over (hour 24, February 30th) and year < 1000.
  if (value.length === 24 ? iso !== value : iso.slice(0, 19) !== value.slice(0, 19)) {
    return undefined;
  }
  return Number(iso.slice(0, 4)) >= 1000 ? ms : undefined;
}

/** UTC ISO with milliseconds, or undefined when the year is outside 1000–9999. */
export function isoOfMillis(ms: number): string | undefined {
  const known = isoCache.get(ms);
  if (known !== undefined) return known;
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const iso = date.toISOString();
  if (isoCache.size >= MAX_CANONICAL) isoCache.clear();
  isoCache.set(ms, iso);
  return iso;
}

const isoCache = new Map<number, string>();

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of midnight UTC on a valid YYYY-MM-DD date (year 1000–9999), else undefined. */
export function calendarDateMillis(value: string): number | undefined {
  const known = dateCache.get(value);
  if (known !== undefined) return known;
  const ms = parseCalendarDate(value);
  if (ms !== undefined) {
    if (dateCache.size >= MAX_CANONICAL) dateCache.clear();
    dateCache.set(value, ms);
  }
  return ms;
}

const dateCache = new Map<string, number>();

function parseCalendarDate(value: string): number | undefined {
  const match = calendarDate.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms;
}

/**
 * luxon's `fixOffset`: the instant of wall-clock `localTs` in `zone`, guessing offset `guess`
 * first. In a gap it moves forward; a repeated time takes the guess's side, as luxon does.
 */
function fixOffset(localTs: number, guess: number, zone: string): number | undefined {
  let utcGuess = localTs - guess * MINUTE;
  const o2 = zoneOffset(utcGuess, zone);
  if (o2 === undefined) return undefined;
  if (guess === o2) return utcGuess;
  utcGuess -= (o2 - guess) * MINUTE;
  const o3 = zoneOffset(utcGuess, zone);
  if (o3 === undefined) return undefined;
  if (o2 === o3) return utcGuess;
  return localTs - Math.min(o2, o3) * MINUTE;
}

/** An ISO duration in whole weeks, days, hours, minutes and seconds, with an optional sign. */
export interface SimpleDuration {
  days: number;
  millis: number;
}

const simpleDuration =
  /^(-?)P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/;
const durationCache = new Map<string, SimpleDuration | null>();

/**
 * "P2D" → { days: 2, millis: 0 }, "-PT4H" → { days: 0, millis: -14400000 }; null for what luxon
 * must handle (years, months, fractions, an empty "P" or "PT").
 */
export function simpleDurationOf(duration: string): SimpleDuration | null {
  const known = durationCache.get(duration);
  if (known !== undefined) return known;
  const match = simpleDuration.exec(duration);
  let parsed: SimpleDuration | null = null;
  if (match && /\d/.test(duration) && !duration.endsWith('T')) {
    const sign = match[1] === '-' ? -1 : 1;
    const n = (i: number): number => Number(match[i] ?? 0) * sign;
    parsed = {
      days: n(2) * 7 + n(3),
      millis: n(4) * HOUR + n(5) * MINUTE + n(6) * 1000,
    };
  }
  if (durationCache.size >= 1_000) durationCache.clear();
  durationCache.set(duration, parsed);
  return parsed;
}

/**
 * luxon's `DateTime.fromMillis(ms, { zone }).plus(duration)` for a simple duration: whole days
 * on the wall clock (DST-correct), then elapsed time. Undefined to fall back to luxon.
 */
export function plusInZone(ms: number, duration: SimpleDuration, zone: string): number | undefined {
  // Checked even without days: luxon's DateTime in an unknown zone is invalid, and so is its sum.
  const clock = wallClock(ms, zone);
  if (!clock) return undefined;
  let ts = ms;
  if (duration.days !== 0) {
    const fixed = fixOffset(clock.wall + duration.days * DAY, clock.offset, zone);
    if (fixed === undefined) return undefined;
    ts = fixed;
  }
  return ts + duration.millis;
}
