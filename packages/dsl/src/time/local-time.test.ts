import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertTimeZone,
  localDateOf,
  localMinuteOf,
  parseInstant,
  wallClockInstant,
  weekdayOfDate,
} from './local-time';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wallClockInstant', () => {
  it('maps a local time on an ordinary day', () => {
    expect(iso(wallClockInstant('2026-04-06', 9 * 60, 'America/New_York'))).toBe(
      '2026-04-06T13:00:00.000Z',
    );
    expect(iso(wallClockInstant('2026-04-06', 7 * 60, 'Asia/Ho_Chi_Minh'))).toBe(
      '2026-04-06T00:00:00.000Z',
    );
  });

  it('keeps 09:00 at 09:00 on the day clocks spring forward (not midnight + 9 h)', () => {
    expect(iso(wallClockInstant('2026-03-08', 9 * 60, 'America/New_York'))).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(iso(wallClockInstant('2026-03-29', 8 * 60, 'Europe/London'))).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });

  it('resolves a skipped time to the transition itself (02:30 → 03:00 EDT)', () => {
    expect(iso(wallClockInstant('2026-03-08', 2 * 60 + 30, 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('resolves a repeated time at fall-back to its first occurrence', () => {
    expect(iso(wallClockInstant('2026-11-01', 60 + 30, 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(iso(wallClockInstant('2026-11-01', 8 * 60, 'America/New_York'))).toBe(
      '2026-11-01T13:00:00.000Z',
    );
  });

  it('reads 24:00 as midnight at the end of the day', () => {
    expect(iso(wallClockInstant('2026-04-06', 24 * 60, 'Europe/London'))).toBe(
      '2026-04-06T23:00:00.000Z',
    );
  });
});

describe('calendar helpers', () => {
  it('takes the local date and minute in the borrower zone, not UTC', () => {
    const ms = Date.parse('2026-12-26T03:00:00Z');
    expect(localDateOf(ms, 'America/New_York')).toBe('2026-12-25');
    expect(localMinuteOf(ms, 'America/New_York')).toBe(22 * 60);
  });

  it('steps dates and names weekdays', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(weekdayOfDate('2026-03-07')).toBe('sat');
    expect(weekdayOfDate('2026-03-08')).toBe('sun');
  });

  it('rejects unknown zones and bad instants', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => parseInstant('yesterday')).toThrow(RangeError);
    expect(parseInstant('2026-04-06T09:00:00-04:00')).toBe(Date.parse('2026-04-06T13:00:00Z'));
  });
});
