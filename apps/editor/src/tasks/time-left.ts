// How an SLA reads in the queue: "3 hr 20 min left" or "overdue 45 min", in the chosen language.
import type { I18n } from '../i18n/use-i18n';
import { formatUnit, formatUnits } from '../i18n/unit-format';

const MINUTE = 60_000;

function span(ms: number, { intl }: I18n): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 60) return formatUnit(intl, minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60
      ? formatUnits(intl, [
          [hours, 'hour'],
          [minutes % 60, 'minute'],
        ])
      : formatUnit(intl, hours, 'hour');
  }
  return formatUnit(intl, Math.floor(hours / 24), 'day');
}

/**
 * @example timeLeft('2026-03-02T12:00:00Z', new Date('2026-03-02T11:15:00Z'), english) // { overdue: false, text: '45 min left' }
 */
export function timeLeft(dueAt: string, now: Date, i18n: I18n): { overdue: boolean; text: string } {
  const ms = Date.parse(dueAt) - now.getTime();
  return ms > 0
    ? { overdue: false, text: i18n.t('tasks.sla.left', { time: span(ms, i18n) }) }
    : { overdue: true, text: i18n.t('tasks.sla.overdue', { time: span(-ms, i18n) }) };
}

/** The borrower's wall clock now: "16:05" (24-hour, which every language here reads). */
export function borrowerClock(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    now,
  );
}
