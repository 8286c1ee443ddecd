// Newest-first pages by (created_at, id). The cursor keeps the database's own timestamp text, with
// its microseconds: rows written in one transaction share created_at, and a millisecond-rounded
// cursor would skip or repeat them.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface KeysetPosition {
  createdAt: string;
  id: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-](\d{2})(:?(\d{2}))?)$/;

/**
 * Whether a timestamp text in the shape above names a real instant Postgres can cast: month 13,
 * February 30, hour 25 or year 0 would fail the `::timestamptz` cast as a 500.
 */
function isRealTimestamp(text: string): boolean {
  const m = timestampPattern.exec(text);
  if (!m) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map(Number);
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day); // Date.UTC would read year 99 as 1999
  return (
    year >= 1 &&
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours <= 15 &&
    offsetMinutes < 60
  );
}

/**
 * An opaque cursor for the row after which the next page starts.
 * @example encodeCursor({ createdAt: '2026-03-02 09:00:00.123456+00', id }) // "WyIyMDI2…"
 */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id]), 'utf8').toString(
    'base64url',
  );
}

/**
 * The position in a cursor, or null when it was not made by `encodeCursor` (so a tampered
 * cursor is a 400, not a SQL cast error).
 * @example decodeCursor(encodeCursor(position)) // position
 */
export function decodeCursor(cursor: string): KeysetPosition | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [createdAt, id] = parsed as unknown[];
  if (typeof createdAt !== 'string' || !isRealTimestamp(createdAt)) return null;
  if (typeof id !== 'string' || !uuidPattern.test(id)) return null;
  return { createdAt, id };
}

/**
 * The condition "comes after `position` in newest-first order".
 * @example .where(and(filters, olderThan(messages.createdAt, messages.id, position)))
 */
export function olderThan(createdAt: PgColumn, id: PgColumn, position: KeysetPosition): SQL {
  return sql`(${createdAt}, ${id}) < (${position.createdAt}::timestamptz, ${position.id}::uuid)`;
}

/**
 * Splits a fetched `limit + 1` rows into the page and the cursor for the next one.
 * @example const { page, nextCursor } = pageOf(rows, 50)
 */
export function pageOf<T extends KeysetPosition>(
  rows: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
