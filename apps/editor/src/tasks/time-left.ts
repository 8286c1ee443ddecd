// How an SLA reads in the queue: "3 h 20 min left" or "overdue 45 min".

const MINUTE = 60_000;

function span(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/**
 * @example timeLeft('2026-03-02T12:00:00Z', new Date('2026-03-02T11:15:00Z')) // { overdue: false, text: '45 min left' }
 */
export function timeLeft(dueAt: string, now: Date): { overdue: boolean; text: string } {
  const ms = Date.parse(dueAt) - now.getTime();
  return ms > 0
    ? { overdue: false, text: `${span(ms)} left` }
    : { overdue: true, text: `overdue ${span(-ms)}` };
}

/** The borrower's wall clock now: "16:05". */
export function borrowerClock(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    now,
  );
}
