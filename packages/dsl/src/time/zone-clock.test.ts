import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDuration, formatLocal, localDate, toUtcIso } from './duration';
import { localMinuteOf, parseInstant, wallClockInstant } from './local-time';
import { canonicalMillis, simpleDurationOf } from './zone-clock';

// The fast paths must give what luxon gives, to the millisecond and the character, across DST
// changes (including Lord Howe's 30-minute one) and odd offsets (Kathmandu, Chatham).
const zones = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Asia/Ho_Chi_Minh',
  'UTC',
];
const transitions = [
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-09-27',
  '2026-10-25',
  '2026-11-01',
];
const durations = ['P1D', 'PT90M', '-P2D', 'P1W', 'P1DT2H', '-PT4H', 'PT0S', 'P30D'];

function instantsAround(date: string): string[] {
  const start = Date.parse(`${date}T00:00:00Z`) - 36 * 3_600_000;
  // Every 37 minutes for three days: lands on both sides of each change, at odd minutes.
  return Array.from({ length: 117 }, (_, i) => new Date(start + i * 37 * 60_000).toISOString());
}

function wallOf(ms: number, zone: string): number {
  const local = DateTime.fromMillis(ms, { zone });
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
}

const luxonAdd = (instant: string, duration: string, zone: string) =>
  DateTime.fromISO(instant, { zone }).plus(Duration.fromISO(duration)).toUTC().toISO();

describe.each(zones)('in %s', (zone) => {
  const instants = transitions.flatMap(instantsAround);

  it('addDuration agrees with luxon', () => {
    for (const instant of instants) {
      for (const duration of durations) {
        expect([instant, duration, addDuration(instant, duration, zone)]).toEqual([
          instant,
          duration,
          luxonAdd(instant, duration, zone),
        ]);
      }
    }
  });

  it('localDate, formatLocal and localMinuteOf agree with luxon', () => {
    for (const instant of instants) {
      const local = DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
      expect(localDate(instant, zone)).toBe(local.toISODate());
      expect(formatLocal(instant, zone)).toBe(local.toFormat('yyyy-LL-dd HH:mm (ccc)'));
      expect(localMinuteOf(parseInstant(instant), zone)).toBe(
        local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000,
      );
    }
  });

  it('wallClockInstant resolves gaps forward and repeats to the first occurrence', () => {
    for (const date of transitions) {
      for (let minutes = 0; minutes <= 1440; minutes += 15) {
        const ms = wallClockInstant(date, minutes, zone);
        const wanted = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
        // The earliest instant whose wall clock reads `wanted` or later (every change here falls
        // on a whole minute): exact, or in a gap the moment the clocks jump, at most an hour on.
        expect(wallOf(ms, zone)).toBeGreaterThanOrEqual(wanted);
        expect(wallOf(ms, zone) - wanted).toBeLessThanOrEqual(60 * 60_000);
        expect(wallOf(ms - 60_000, zone)).toBeLessThan(wanted);
      }
    }
  });
});

describe('fast-path guards', () => {
  it('reads only canonical instants itself', () => {
    expect(canonicalMillis('2026-03-02T09:00:00Z')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(canonicalMillis('2026-03-02T09:00:00.123Z')).toBe(
      Date.parse('2026-03-02T09:00:00.123Z'),
    );
    for (const other of [
      '2026-02-30T09:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T09:00:00+07:00',
      '2026-03-02T09:00:00',
      '0999-03-02T09:00:00Z',
      '2026-03-02T09:00:00.1Z',
    ]) {
      expect(canonicalMillis(other)).toBeUndefined();
    }
  });

  it('leaves what it does not read to luxon, with luxon’s answers and errors', () => {
    expect(toUtcIso('2026-03-02T09:00:00+07:00')).toBe('2026-03-02T02:00:00.000Z');
    expect(toUtcIso('2026-03-02T09:00:00Z')).toBe('2026-03-02T09:00:00.000Z');
    expect(() => toUtcIso('2026-02-30T09:00:00Z')).toThrow(RangeError);
    expect(addDuration('2026-01-31T10:00:00Z', 'P1M', 'Europe/London')).toBe(
      '2026-02-28T10:00:00.000Z',
    );
    expect(() => addDuration('2026-03-02T09:00:00Z', 'P1D', 'Mars/Olympus')).toThrow(RangeError);
    expect(localDate('2026-03-02T09:00:00Z', 'Mars/Olympus')).toBe('');
  });

  it('takes only whole weeks, days, hours, minutes and seconds as simple durations', () => {
    expect(simpleDurationOf('-P1W2DT3H4M5S')).toEqual({
      days: -9,
      millis: -(3 * 3_600_000 + 4 * 60_000 + 5_000),
    });
    for (const other of ['P1M', 'P1Y', 'PT1.5H', 'P', 'PT', 'P1DT', 'P-1D']) {
      expect(simpleDurationOf(other)).toBeNull();
    }
  });
});
