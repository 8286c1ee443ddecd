// Real databases for tests: PGlite in memory, and a fresh database on the Postgres server
// (TANDEM_TEST_POSTGRES_URL, default the local server). Postgres is not optional: if it is not
// there the tests fail and say how to start it — they never skip.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type OpenDatabase } from './client';

export const testDrivers = ['pglite', 'postgres'] as const;
export type TestDriver = (typeof testDrivers)[number];

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Opens an empty, migrated database of the given kind; `close()` drops it again. */
export async function openTestDatabase(
  driver: TestDriver,
): Promise<OpenDatabase & { url?: string }> {
  if (driver === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    throw new Error(
      `Postgres is required for these tests and is not reachable at ${adminUrl} (${String(error)}). ` +
        `Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
      { cause: error },
    );
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ url: url.toString() });
  return {
    ...opened,
    url: url.toString(),
    close: async () => {
      await opened.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
