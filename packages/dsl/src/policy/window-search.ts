import { NoContactWindowError } from './errors';
import {
  addDays,
  formatInstant,
  localDateOf,
  localMinuteOf,
  wallClockInstant,
  weekdayOfDate,
} from '../time/local-time';
import type { EffectivePolicy } from './types';
import { dayIntervals, describeDay, windowContains } from './windows';

const dayNames = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

/**
 * The first instant ≥ `t` (epoch ms) inside a window of the policy on a day that is not a
 * holiday, in the borrower's local calendar. `blockedBy` says why `t` itself was not allowed.
 * Throws NoContactWindowError ("search-limit") when nothing opens before `limit`.
 */
export function nextOpenInstant(
  t: number,
  policy: EffectivePolicy,
  limit: number,
): { at: number; blockedBy: 'window' | 'holiday' | null } {
  const zone = policy.timezone;
  // A policy names a few dozen holidays at most: looked up in place rather than copied into a
  // new Set on every call (this runs on every send decision).
  const holidays = policy.holidays;
  const firstDate = localDateOf(t, zone);
  for (let date = firstDate; ; date = addDays(date, 1)) {
    if (wallClockInstant(date, 0, zone) > limit) {
      throw new NoContactWindowError(
        'search-limit',
        `no allowed contact time before ${formatInstant(limit)} in ${zone}: windows, holidays and caps leave none`,
      );
    }
    if (holidays.includes(date)) continue;
    for (const [start, end] of dayIntervals(policy.windows, weekdayOfDate(date))) {
      const candidate = Math.max(t, wallClockInstant(date, start, zone));
      if (candidate < wallClockInstant(date, end, zone)) {
        if (candidate === t) return { at: t, blockedBy: null };
        return { at: candidate, blockedBy: holidays.includes(firstDate) ? 'holiday' : 'window' };
      }
    }
  }
}

/**
 * Why `t` is outside the windows, naming the layers that forbid it:
 * "outside 08:00–21:00 America/New_York (us-reg-f)", "no contact on Sunday in America/Bogota (co)".
 */
export function describeWindowBlock(t: number, policy: EffectivePolicy): string {
  const zone = policy.timezone;
  const day = weekdayOfDate(localDateOf(t, zone));
  const minute = localMinuteOf(t, zone);
  const layers = policy.windowSources ?? [];
  const excluding = layers.filter((layer) => !windowContains(layer.windows, day, minute));
  const names = (excluding.length > 0 ? excluding : layers).map((layer) => layer.source);
  const by = names.length > 0 ? ` (${names.join(', ')})` : '';
  const hours = describeDay(policy.windows, day);
  return hours === ''
    ? `no contact on ${dayNames[day]} in ${zone}${by}`
    : `outside ${hours} ${zone}${by}`;
}

/** "2026-12-25 is a no-contact day in America/New_York". */
export function describeHoliday(t: number, policy: EffectivePolicy): string {
  return `${localDateOf(t, policy.timezone)} is a no-contact day in ${policy.timezone}`;
}
