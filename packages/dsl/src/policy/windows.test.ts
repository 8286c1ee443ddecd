import { describe, expect, it } from 'vitest';
import type { WeeklyWindows } from './types';
import {
  allDayEveryDay,
  dailyWindow,
  describeDay,
  formatLocalTime,
  hasNoWindow,
  intersectWindows,
  parseLocalTime,
  windowContains,
} from './windows';

const none: WeeklyWindows = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('local times', () => {
  it('parses and formats HH:MM including 24:00', () => {
    expect(parseLocalTime('09:30')).toBe(570);
    expect(parseLocalTime('24:00')).toBe(1440);
    expect(formatLocalTime(1440)).toBe('24:00');
    expect(formatLocalTime(65)).toBe('01:05');
  });

  it('rejects impossible times', () => {
    for (const bad of ['24:30', '09:60', '9:00', '']) {
      expect(() => parseLocalTime(bad), bad).toThrow(RangeError);
    }
  });
});

describe('dailyWindow', () => {
  it('limits to the listed days', () => {
    const w = dailyWindow({ start: '09:00', end: '20:00', days: ['mon', 'sat'] });
    expect(w.mon).toEqual([{ start: '09:00', end: '20:00' }]);
    expect(w.sat).toEqual([{ start: '09:00', end: '20:00' }]);
    expect(w.sun).toEqual([]);
  });

  it('runs an overnight window into the next day, Sunday into Monday', () => {
    const w = dailyWindow({ start: '20:00', end: '02:00', days: ['sun'] });
    expect(w.sun).toEqual([{ start: '20:00', end: '24:00' }]);
    expect(w.mon).toEqual([{ start: '00:00', end: '02:00' }]);
    expect(w.sat).toEqual([]);
  });

  it('allows nothing when start equals end', () => {
    expect(hasNoWindow(dailyWindow({ start: '10:00', end: '10:00' }))).toBe(true);
  });
});

describe('intersectWindows', () => {
  it('is all day with no layers', () => {
    expect(intersectWindows([])).toEqual(allDayEveryDay());
  });

  it('keeps only what every layer allows, splitting intervals', () => {
    const journey = dailyWindow({ start: '09:00', end: '20:00' });
    const borrower = dailyWindow({ start: '19:00', end: '10:00' });
    const w = intersectWindows([journey, borrower]);
    expect(w.wed).toEqual([
      { start: '09:00', end: '10:00' },
      { start: '19:00', end: '20:00' },
    ]);
    expect(describeDay(w, 'wed')).toBe('09:00–10:00, 19:00–20:00');
  });

  it('empties a day any layer forbids', () => {
    const w = intersectWindows([allDayEveryDay(), { ...allDayEveryDay(), sun: [] }]);
    expect(w.sun).toEqual([]);
    expect(hasNoWindow(w)).toBe(false);
    expect(hasNoWindow(intersectWindows([w, none]))).toBe(true);
  });

  it('merges overlapping intervals of one layer', () => {
    const layer: WeeklyWindows = {
      ...none,
      tue: [
        { start: '12:00', end: '15:00' },
        { start: '08:00', end: '13:00' },
      ],
    };
    expect(intersectWindows([layer]).tue).toEqual([{ start: '08:00', end: '15:00' }]);
  });
});

describe('windowContains', () => {
  it('includes the start and excludes the end', () => {
    const w = dailyWindow({ start: '08:00', end: '21:00' });
    expect(windowContains(w, 'mon', 8 * 60)).toBe(true);
    expect(windowContains(w, 'mon', 21 * 60 - 0.5)).toBe(true);
    expect(windowContains(w, 'mon', 21 * 60)).toBe(false);
  });
});
