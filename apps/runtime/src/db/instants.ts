/**
 * Instants as the API shows them, ISO 8601 in UTC with milliseconds ("2026-03-02T09:00:00.000Z"),
 * whichever driver formatted the timestamp (Postgres and PGlite print them differently).
 */
export function toIso(instant: string): string;
export function toIso(instant: string | null): string | null;
export function toIso(instant: string | null): string | null {
  return instant === null ? null : new Date(instant).toISOString();
}
