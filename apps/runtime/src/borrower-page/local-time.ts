// A borrower's wall clock, for agents about to call: "Mon 2026-03-02 16:05" in their zone.

/**
 * @example localTime(new Date('2026-03-02T09:05:00Z'), 'Asia/Ho_Chi_Minh') // "Mon 2026-03-02 16:05"
 */
export function localTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
