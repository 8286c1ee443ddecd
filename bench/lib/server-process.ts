import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@tandem/runtime';
import postgres from 'postgres';

const root = join(import.meta.dirname, '..', '..');
const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ServerProcess {
  base: string;
  adminKey: string;
  /**
   * CPU time the server process has used so far (user + system, all its threads), in ms, from
   * /proc (Linux): the difference over a load phase divided by its requests is the server's CPU
   * per request, which the load generator on the same cores does not blur.
   */
  cpuMs(): number;
  /**
   * Stops the server (SIGTERM, as an operator would); `inspect` then reads its database (the
   * PGlite folder or the Postgres database) before it is removed.
   */
  stop(inspect?: (db: Database) => Promise<void>): Promise<void>;
}

/**
 * Starts the real API server (`apps/runtime/src/server.ts`) in its own process, on a fresh
 * database of the given kind: a temporary PGlite directory, or a new Postgres database that is
 * dropped again on stop. The load then comes from this, a second process.
 */
export async function startServer(
  driver: 'pglite' | 'postgres',
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = 18_000 + Math.floor(Math.random() * 2000);
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  let dropDatabase = async () => {};
  const dbEnv: Record<string, string> = { TANDEM_DATA_DIR: dataDir };
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools or speedscope).
  const profileDir = process.env.BENCH_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (driver === 'postgres') {
    const name = `tandem_bench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    dbEnv.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', 'apps/runtime/src/server.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...dbEnv,
        PORT: String(port),
        // Its own Temporal dev server (in the data dir), away from a running `npm start`.
        TANDEM_TEMPORAL_PORT: String(port + 10_000),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const adminKey = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      // A loaded machine (helpers building and testing on two cores) took over 120 s.
      () => reject(new Error(`server did not start in 300 s:\n${output}`)),
      300_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const key = /Admin API key\s+(tdm_\S+)/.exec(output);
      if (key?.[1]) {
        clearTimeout(timer);
        resolve(key[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    adminKey,
    cpuMs: () => processCpuMs(child.pid),
    stop: async (inspect) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      if (inspect) {
        const opened = await openDatabase(
          dbEnv.DATABASE_URL ? { url: dbEnv.DATABASE_URL, poolSize: 1 } : { dataDir },
        );
        try {
          await inspect(opened.db);
        } finally {
          await opened.close();
        }
      }
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** User + system CPU time of a process, in ms (fields 14 and 15 of /proc/<pid>/stat, in ticks). */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on Linux for every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
