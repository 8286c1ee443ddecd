const dateValue = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A date input's value (`2026-12-07`, or `2026-12-07T09:30` from a date-and-time input) written
 * out in the chosen language, weekday and month by name, so nobody has to guess whether the
 * browser's 07/12 is July or December. The value is a calendar date (and wall-clock time), not
 * an instant: it is formatted in UTC so no time zone moves it. Empty or unfinished: null.
 * @example localDateText('2026-12-07', 'vi') // "Thứ Hai, 7 tháng 12, 2026"
 */
export function localDateText(value: string, locale: string): string | null {
  const parts = dateValue.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map((part) => Number(part ?? 0));
  const withTime = parts[4] !== undefined;
  const instant = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  if (Number.isNaN(instant)) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(instant);
}
