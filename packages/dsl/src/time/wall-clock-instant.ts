// The instant of a local wall-clock time, DST-correct, without luxon (shared by the contact
// policy and the engine, which must agree on it).
import { innerMap } from '../memo/remember';
import { offsetAt } from './offset-at';
import { zoneOffset } from './zone-clock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function wallOf(ms: number, zone: string): number {
  return ms + offsetAt(ms, zone) * MINUTE;
}

/**
 * The earliest instant whose wall-clock time in `zone` is at or after `minutes` past midnight of
 * local `date` (1440 is the next midnight). A time skipped by spring-forward resolves to the
 * transition itself (02:30 → 03:00), and a repeated time at fall-back to its first occurrence:
 * both keep a window as narrow as the wall clock says, never wider.
 * @example wallClockInstant('2026-03-08', 9 * 60, 'America/New_York') // Date.parse('2026-03-08T13:00:00Z')
 */
export function wallClockInstant(date: string, minutes: number, zone: string): number {
  // Window searches and wake times ask for the same few (day, time, zone) over and over. Keyed by
  // zone, day, then minutes: no key string is built per call (this runs several times per send).
  // Bounded at each level; a policy asks for a handful of times (window edges) on each day.
  const byMinutes = innerMap(innerMap(wallClockCache, zone, 100), date, 1_000);
  // Looked up without `remember`: no closure per call on a path that runs several times a send.
  const known = byMinutes.get(minutes);
  if (known !== undefined) return known;
  const ms = computeWallClockInstant(date, minutes, zone);
  if (byMinutes.size >= 100) byMinutes.clear();
  byMinutes.set(minutes, ms);
  return ms;
}

const wallClockCache = new Map<string, Map<string, Map<number, number>>>();

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
  const offsets = [wall - DAY, wall, wall + DAY].map((ms) => offsetAt(ms, zone));
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
