// Temporal's two databases on the Postgres server (its state, and visibility: the list and
// search of workflows), prepared with the server's own temporal-sql-tool: created when missing,
// the base schema set up once, then updated to the version the server needs. Safe to run at every
// start: an up-to-date database is left as it is.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import type { PostgresTarget } from './postgres-target';
import type { TemporalServerFiles } from './temporal-server-files';

const run = promisify(execFile);

export interface TemporalDatabaseNames {
  main: string;
  visibility: string;
}

async function sqlTool(
  files: TemporalServerFiles,
  target: PostgresTarget,
  database: string,
  command: string[],
): Promise<void> {
  const args = [
    '--plugin',
    'postgres12',
    '--endpoint',
    target.host,
    '--port',
    String(target.port),
    '--user',
    target.user,
    '--database',
    database,
    ...command,
  ];
  try {
    // The password through the environment, never on a command line others can read.
    await run(files.sqlTool, args, { env: { ...process.env, SQL_PASSWORD: target.password } });
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string };
    throw new Error(
      `temporal-sql-tool ${command.join(' ')} on ${database} failed: ${failure.stderr ?? ''}${failure.stdout ?? ''}`,
      { cause: error },
    );
  }
}

async function state(
  target: PostgresTarget,
  database: string,
): Promise<'missing' | 'empty' | 'versioned'> {
  const admin = postgres(target.urlOf('postgres'), { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${database}`;
    if (exists.length === 0) return 'missing';
  } finally {
    await admin.end();
  }
  const inside = postgres(target.urlOf(database), { max: 1, onnotice: () => {} });
  try {
    const [row] =
      await inside`select to_regclass('public.schema_version') is not null as versioned`;
    return row?.versioned ? 'versioned' : 'empty';
  } finally {
    await inside.end();
  }
}

async function prepare(
  files: TemporalServerFiles,
  target: PostgresTarget,
  database: string,
  schema: 'temporal' | 'visibility',
): Promise<void> {
  const found = await state(target, database);
  if (found === 'missing') await sqlTool(files, target, database, ['create-database']);
  if (found !== 'versioned') await sqlTool(files, target, database, ['setup-schema', '-v', '0.0']);
  await sqlTool(files, target, database, [
    'update-schema',
    '-d',
    join(files.schemaDir, schema, 'versioned'),
  ]);
}

/** Creates (when missing) and migrates both databases, one after the other. */
export async function prepareTemporalDatabases(
  files: TemporalServerFiles,
  target: PostgresTarget,
  names: TemporalDatabaseNames,
): Promise<void> {
  await prepare(files, target, names.main, 'temporal');
  await prepare(files, target, names.visibility, 'visibility');
}
