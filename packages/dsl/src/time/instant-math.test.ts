// The engine's luxon-free time arithmetic must give what luxon gives (duration.ts): the same
// wake-ups before and after the workflow bundle dropped luxon, so recorded histories replay.
import { describe, expect, it } from 'vitest';
import * as luxonSide from './duration';
import * as plain from './instant-math';

const zones = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Ho_Chi_Minh',
  'Asia/Kolkata',
  'America/Sao_Paulo',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'utc',
  'UTC+3',
];
const durations = [
  'P1D',
  'PT4H',
  'P1W',
  'P1M',
  'P1Y',
  'P1M15D',
  'P1.5D',
  'PT2.5H',
  'PT6.000S',
  'PT0.25S',
  '-P1D',
  '-PT2H',
  'P2DT3H',
  'P3M',
  'P60D',
];

/** A deterministic spread of instants: around DST changes and month ends, 2024–2028. */
function instants(): string[] {
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < 150; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const ms = Date.UTC(2024, 0, 1) + (seed % (5 * 365)) * 86_400_000 + (seed % 86_400) * 1000;
    out.push(new Date(ms).toISOString());
  }
  out.push('2026-03-08T06:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-01-31T10:00:00.000Z');
  return out;
}

describe('the engine time arithmetic without luxon', () => {
  it('adds durations as luxon does, in every zone', () => {
    const ours: string[] = [];
    const luxons: string[] = [];
    for (const zone of zones)
      for (const at of instants())
        for (const duration of durations) {
          const what = `${at} + ${duration} in ${zone}: `;
          ours.push(what + plain.addDuration(at, duration, zone));
          luxons.push(what + luxonSide.addDuration(at, duration, zone));
        }
    expect(ours).toEqual(luxons);
  }, 60_000);

  it('finds local dates, wall-clock instants and day counts as luxon does', () => {
    for (const zone of zones.filter((z) => !/^utc/i.test(z)))
      for (const at of instants()) {
        const date = luxonSide.localDate(at, zone);
        expect(plain.localDate(at, zone)).toBe(date);
        expect(plain.localDateTimeToInstant(date, '09:30', zone)).toBe(
          luxonSide.localDateTimeToInstant(date, '09:30', zone),
        );
        expect(plain.addDays(date, -3)).toBe(luxonSide.addDays(date, -3));
        expect(plain.daysBetween('2026-03-01', date)).toBe(
          luxonSide.daysBetween('2026-03-01', date),
        );
      }
  }, 60_000);

  it('reads instants with offsets and measures durations as luxon does', () => {
    for (const value of [
      '2026-03-01T10:00:00+07:00',
      '2026-03-01T10:00Z',
      '2026-03-01',
      '2026-03-01T10:00:00.5-03:30',
    ])
      expect(plain.toUtcIso(value)).toBe(luxonSide.toUtcIso(value));
    for (const duration of durations)
      expect(plain.durationMillis(duration)).toBe(luxonSide.durationMillis(duration));
  });

  it('refuses what is no instant, duration or zone', () => {
    expect(() => plain.toUtcIso('yesterday')).toThrow(RangeError);
    expect(() => plain.addDuration('2026-03-01T10:00:00Z', 'two days')).toThrow(RangeError);
    expect(() => plain.addDuration('2026-03-01T10:00:00Z', 'P1D', 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});
