import type { TimelineEntry, TimelineReasonCode } from '@tandem/dsl';
import type { I18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/message-keys';

/** The message for each reason code the simulator gives (messages/<locale>/simulate.json). */
export const timelineReasonTemplates: Readonly<Record<TimelineReasonCode, MessageKey>> = {
  waitingUntil: 'simulate.why.waitingUntil',
  expired: 'simulate.why.expired',
  held: 'simulate.why.held',
  window: 'simulate.why.window',
  holiday: 'simulate.why.holiday',
  cap: 'simulate.why.cap',
  hold: 'simulate.why.hold',
  optedOut: 'simulate.why.optedOut',
  optedOutOfBoth: 'simulate.why.optedOutOfBoth',
  noWindow: 'simulate.why.noWindow',
  searchLimit: 'simulate.why.searchLimit',
};

/**
 * An instant on the borrower's clock in the chosen language ("lun, 9 mar, 09:00"): the simulated
 * borrower lives in their own time zone, whoever reads the timeline.
 */
export function borrowerTime(iso: string, timeZone: string, { intl }: Pick<I18n, 'intl'>) {
  try {
    return intl.formatDate(iso, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
  } catch {
    // A zone Intl does not know (the simulator refuses those first): UTC keeps the time readable.
    return intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  }
}

/**
 * Why a timeline entry happened, in the chosen language, from its `why` code; an entry without
 * one (a task's own reason, an outcome) keeps the words the journey gave it.
 * @example timelineReason({ why: { code: 'window', until: '2026-03-09T14:00:00Z' }, … }, 'America/Bogota', i18n)
 * // "fuera del horario de contacto, pasa a lun, 9 mar, 09:00"
 */
export function timelineReason(
  entry: TimelineEntry,
  timeZone: string,
  i18n: Pick<I18n, 't' | 'intl'>,
): string | undefined {
  const { why } = entry;
  if (!why) return entry.reason;
  const { t } = i18n;
  const key = timelineReasonTemplates[why.code];
  if ('until' in why) return t(key, { until: borrowerTime(why.until, timeZone, i18n) });
  if ('holds' in why) {
    const holds = why.holds.map((kind) => t('borrowers.holdKind', { kind }));
    return t(key, { holds: i18n.intl.formatList(holds, { type: 'conjunction' }) });
  }
  return t(key, { channel: t('simulate.channel', { channel: why.channel }) });
}
