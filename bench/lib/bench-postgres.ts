// A fresh Postgres database for one bench run on the local server (TANDEM_TEST_POSTGRES_URL), and
// its removal at the end, so runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import { openDatabase, type OpenDatabase } from '@tandem/runtime';
import postgres from 'postgres';

export interface BenchPostgres {
  database: OpenDatabase;
  url: string;
  /** Closes the database and drops it. */
  drop(): Promise<void>;
}

export async function openBenchPostgres(
  options: { poolSize?: number } = {},
): Promise<BenchPostgres> {
  const name = `tandem_bench_${randomBytes(4).toString('hex')}`;
  const adminUrl =
    process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    url: url.toString(),
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
  });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
