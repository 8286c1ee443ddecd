import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDuration,
  humanizeDuration,
  isIsoDuration,
  localDate,
  localDateTimeToInstant,
} from './duration';

describe('localDateTimeToInstant', () => {
  it('keeps the wall-clock time on the days clocks change', () => {
    expect(localDateTimeToInstant('2026-03-08', '09:00', 'America/New_York')).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(localDateTimeToInstant('2026-03-07', '09:00', 'America/New_York')).toBe(
      '2026-03-07T14:00:00.000Z',
    );
    expect(localDateTimeToInstant('2026-10-25', '09:00', 'Europe/London')).toBe(
      '2026-10-25T09:00:00.000Z',
    );
  });

  it('moves a time inside the spring-forward gap to the moment of the jump', () => {
    expect(localDateTimeToInstant('2026-03-08', '02:30', 'America/New_York')).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('reads "24:00" as the next midnight', () => {
    expect(localDateTimeToInstant('2026-03-01', '24:00', 'Asia/Ho_Chi_Minh')).toBe(
      '2026-03-01T17:00:00.000Z',
    );
  });
});

describe('durations and dates', () => {
  it('adds calendar days in the borrower’s zone across DST', () => {
    expect(addDuration('2026-03-07T15:00:00Z', 'P1D', 'America/New_York')).toBe(
      '2026-03-08T14:00:00.000Z',
    );
    expect(addDuration('2026-03-07T15:00:00Z', 'PT24H', 'America/New_York')).toBe(
      '2026-03-08T15:00:00.000Z',
    );
  });

  it('knows ISO durations from other strings', () => {
    expect(['P2D', 'PT4H', 'P1W', 'P1DT12H'].every(isIsoDuration)).toBe(true);
    expect(['2 days', 'P', '', 'D2P', '-P1D'].some(isIsoDuration)).toBe(false);
  });

  it('shifts calendar dates and reads local dates', () => {
    expect(addDays('2026-03-01', -3)).toBe('2026-02-26');
    expect(localDate('2026-03-01T20:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2026-03-02');
  });

  it('says durations in words for node summaries', () => {
    expect(humanizeDuration('P2D')).toBe('2 days');
    expect(humanizeDuration('PT4H30M')).toBe('4 hours, 30 minutes');
  });
});
