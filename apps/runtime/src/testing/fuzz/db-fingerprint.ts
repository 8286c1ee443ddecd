// One hash of everything the API can write, to prove a refused request wrote nothing. Columns
// that reading itself touches (a key's last use, a session's last activity) are left out.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';

const tables = [
  'journeys',
  'journey_versions',
  'borrowers',
  'accounts',
  'holds',
  'enrollments',
  'events',
  'messages',
  'contact_ledger',
  'tasks',
  'journey_steps',
  'api_keys',
  'sessions',
  'audit_events',
  'lessons',
];
const touchedByReads = ['last_used_at', 'last_seen_at'];

const query = sql.raw(
  `select md5(string_agg(h, '|' order by n)) as hash from (${tables
    .map(
      (table, n) =>
        `select ${n} as n, md5(coalesce(string_agg((to_jsonb(t) - '{${touchedByReads.join(',')}}'::text[])::text, ',' order by (to_jsonb(t) - '{${touchedByReads.join(',')}}'::text[])::text), '')) as h from ${table} t`,
    )
    .join(' union all ')}) parts`,
);

/**
 * A hash of every row of every table the API writes.
 * @example const before = await dbFingerprint(db); ...; expect(await dbFingerprint(db)).toBe(before)
 */
export async function dbFingerprint(db: Database): Promise<string> {
  // postgres.js answers an array of rows, PGlite `{ rows }`.
  const result: unknown = await db.execute<{ hash: string }>(query);
  type Row = { hash: string };
  const rows = (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  return rows[0]?.hash ?? '';
}
