import { weekdays, type Weekday } from '../journey/primitives';
import type { WeeklyWindows } from './types';

/** Minutes since local midnight, end exclusive: [start, end) with 0 ≤ start < end ≤ 1440. */
export type Interval = readonly [number, number];

const DAY_MINUTES = 24 * 60;

/** "09:30" → 570; "24:00" → 1440. */
export function parseLocalTime(time: string): number {
  const known = parsedTimes.get(time);
  if (known !== undefined) return known;
  const minutes = parseLocalTimeOnce(time);
  if (parsedTimes.size < 10_000) parsedTimes.set(time, minutes);
  return minutes;
}

// Every window search reads the same few "HH:MM" strings again and again.
const parsedTimes = new Map<string, number>();

function parseLocalTimeOnce(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes >= 0 && minutes <= DAY_MINUTES) || Number(match?.[2]) > 59) {
    throw new RangeError(`invalid local time "${time}" (use "HH:MM", 00:00–24:00)`);
  }
  return minutes;
}

/** 570 → "09:30"; 1440 → "24:00". */
export function formatLocalTime(minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** Sorted, merged intervals of one day; empty or inverted ones dropped. */
export function dayIntervals(windows: WeeklyWindows, day: Weekday): Interval[] {
  const list = windows[day];
  const known = intervalCache.get(list);
  if (known && sameWindows(known.windows, list)) return known.intervals;
  const intervals = computeDayIntervals(list);
  intervalCache.set(list, { windows: list.map(({ start, end }) => ({ start, end })), intervals });
  return intervals;
}

type DayWindows = WeeklyWindows[Weekday];

// A contact-policy search asks for the same day's intervals again and again. Remembered per
// array, with a copy of its entries: an array changed in place since is computed afresh.
const intervalCache = new WeakMap<DayWindows, { windows: DayWindows; intervals: Interval[] }>();

function sameWindows(a: DayWindows, b: DayWindows): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]?.start !== b[i]?.start || a[i]?.end !== b[i]?.end) return false;
  }
  return true;
}

function computeDayIntervals(list: DayWindows): Interval[] {
  const raw = list.map(({ start, end }) => [parseLocalTime(start), parseLocalTime(end)] as const);
  return merge(raw.filter(([start, end]) => start < end));
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start < end) out.push([start, end]);
    }
  }
  return merge(out);
}

function toWeekly(byDay: (day: Weekday) => readonly Interval[]): WeeklyWindows {
  const entries = weekdays.map((day) => [
    day,
    byDay(day).map(([start, end]) => ({
      start: formatLocalTime(start),
      end: formatLocalTime(end),
    })),
  ]);
  return Object.fromEntries(entries) as WeeklyWindows;
}

/** Every day, all day: the identity of intersection. */
export function allDayEveryDay(): WeeklyWindows {
  return toWeekly(() => [[0, DAY_MINUTES]]);
}

/**
 * One daily window on some weekdays (a journey's sendWindow, a borrower's preferred hours) as
 * weekly windows. An end before the start runs past midnight into the next day ("20:00"–"02:00"
 * on Friday also allows Saturday 00:00–02:00); an end equal to the start allows nothing.
 * @example dailyWindow({ start: '09:00', end: '20:00', days: ['mon'] }).mon // [{ start: '09:00', end: '20:00' }]
 */
export function dailyWindow(window: {
  start: string;
  end: string;
  days?: readonly Weekday[];
}): WeeklyWindows {
  const start = parseLocalTime(window.start);
  const end = parseLocalTime(window.end);
  const days = new Set<Weekday>(window.days ?? weekdays);
  const byDay = new Map<Weekday, Interval[]>(weekdays.map((day) => [day, []]));
  weekdays.forEach((day, index) => {
    if (!days.has(day)) return;
    if (start < end) byDay.get(day)?.push([start, end]);
    if (end < start) {
      byDay.get(day)?.push([start, DAY_MINUTES]);
      byDay.get(weekdays[(index + 1) % 7] ?? 'mon')?.push([0, end]);
    }
  });
  return toWeekly((day) => merge(byDay.get(day) ?? []));
}

/** Per weekday, the instants every layer allows: strictest wins. No layers → all day. */
export function intersectWindows(layers: readonly WeeklyWindows[]): WeeklyWindows {
  return toWeekly((day) =>
    layers.reduce<Interval[]>(
      (acc, layer) => intersect(acc, dayIntervals(layer, day)),
      [[0, DAY_MINUTES]],
    ),
  );
}

/** True when the local minute falls inside one of the day's intervals. */
export function windowContains(windows: WeeklyWindows, day: Weekday, minute: number): boolean {
  return dayIntervals(windows, day).some(([start, end]) => minute >= start && minute < end);
}

/** "08:00–21:00" or "07:00–12:00, 14:00–19:00"; "" for a day without contact. */
export function describeDay(windows: WeeklyWindows, day: Weekday): string {
  return dayIntervals(windows, day)
    .map(([start, end]) => `${formatLocalTime(start)}–${formatLocalTime(end)}`)
    .join(', ');
}

/** True when no weekday has any interval left. */
export function hasNoWindow(windows: WeeklyWindows): boolean {
  return weekdays.every((day) => dayIntervals(windows, day).length === 0);
}
