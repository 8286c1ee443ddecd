import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockPglite } from './pglite-lock';
import * as schema from './schema';

/** The database, whichever driver is behind it: every query is written once against this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens the database and brings its schema up to date: Postgres when `url` is given, else PGlite
 * in `dataDir` (or in memory when `dataDir` is "memory://", for tests).
 * @example const { db, close } = await openDatabase({ dataDir: '.data' });
 */
export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  /** Who opens a PGlite folder, for the lock (pglite-lock.ts): default "the Tandem server". */
  holder?: string;
  /**
   * Postgres connections kept (TANDEM_DB_POOL_SIZE): 20, as many as the concurrent requests the
   * ingestion bench sends; postgres.js prepares each statement once per connection.
   */
  poolSize?: number;
}): Promise<OpenDatabase> {
  if (options.url) {
    // One connection runs the migrations, so concurrent starters serialise on drizzle's lock.
    const client = postgres(options.url, { max: options.poolSize ?? 20, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    await migratePostgres(db, { migrationsFolder });
    return { db: db as unknown as Database, driver: 'postgres', close: () => client.end() };
  }
  const dataDir = options.dataDir ?? '.data';
  const location = dataDir === 'memory://' ? dataDir : join(dataDir, 'pglite');
  let release = () => {};
  if (location !== 'memory://') {
    mkdirSync(location, { recursive: true });
    release = lockPglite(dataDir, options.holder ?? 'the Tandem server');
  }
  try {
    const client = new PGlite(location);
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    const close = async () => {
      await client.close();
      release();
    };
    return { db: db as unknown as Database, driver: 'pglite', close };
  } catch (error) {
    release();
    throw error;
  }
}
