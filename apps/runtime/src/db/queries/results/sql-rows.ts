// Raw SQL for the results: both drivers answer db.execute differently (postgres-js an array,
// PGlite `{ rows }`); every query here casts its numbers (::int, ::float8) so both agree.
import type { SQL } from 'drizzle-orm';
import type { Database } from '../../client';

/** Rows of a raw query, whichever driver ran it. */
export async function sqlRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
