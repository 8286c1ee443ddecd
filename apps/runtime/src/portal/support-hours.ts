// The lender's opening hours in the page's language: weekday names, times and the time zone's
// name all come from Intl (so "Mon–Fri, 9:00 AM–5:00 PM Eastern Time" reads "lun–vie, 9:00–17:00
// hora del este" on a Spanish page), not from a text the lender typed once in one language.
import type { LenderSettings, Weekday } from '../lender/lender-settings-schema';
import { weekdays } from '../lender/lender-settings-schema';

type Schedule = NonNullable<LenderSettings['supportSchedule']>;

/** 5 January 2026 was a Monday: the weekday names are read from that week. */
const weekdayDate = (day: Weekday) => new Date(Date.UTC(2026, 0, 5 + weekdays.indexOf(day), 12));

/** Runs of 3 or more days in a row as a range ("Mon–Fri"), others listed ("Sat, Sun"). */
function dayText(days: Weekday[], intl: string): string {
  const name = new Intl.DateTimeFormat(intl, { weekday: 'short', timeZone: 'UTC' });
  const sorted = [...new Set(days)].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && weekdays.indexOf(day) === weekdays.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${name.format(weekdayDate(run[0]!))}–${name.format(weekdayDate(run.at(-1)!))}`]
      : run.map((d) => name.format(weekdayDate(d))),
  );
  return new Intl.ListFormat(intl, { style: 'short', type: 'unit' }).format(parts);
}

function timeText(time: string, intl: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intl, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, 0, 5, hours, minutes)));
}

/** The zone's generic name in the language ("Eastern Time", "hora del este"). */
function zoneText(timeZone: string, intl: string, now: Date): string {
  const parts = new Intl.DateTimeFormat(intl, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName');
  return parts?.value ?? timeZone;
}

/**
 * @example supportHoursText({ timeZone: 'America/New_York', periods: [{ days: ['mon','tue','wed','thu','fri'], open: '09:00', close: '17:00' }] }, 'en-US', new Date())
 * // "Mon–Fri 9:00 AM–5:00 PM (Eastern Time)"
 */
export function supportHoursText(schedule: Schedule, intl: string, now: Date): string {
  const periods = schedule.periods.map(
    (p) => `${dayText(p.days, intl)} ${timeText(p.open, intl)}–${timeText(p.close, intl)}`,
  );
  return `${periods.join('; ')} (${zoneText(schedule.timeZone, intl, now)})`;
}
