import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

export interface ApiProcess {
  base: string;
  adminKey: string;
  stop(): Promise<void>;
}

/**
 * Starts the real API (`apps/runtime/src/server.ts`, as `npm start` does) in its own process on
 * a temporary PGlite directory and a free port, and reads the admin key it prints on its first
 * start. The editor never imports runtime code; its tests talk to the runtime over HTTP too.
 */
export async function startApi(): Promise<ApiProcess> {
  const port = 19_000 + Math.floor(Math.random() * 5000);
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-editor-e2e-'));
  const child: ChildProcess = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['apps/runtime/src/server.ts'],
    {
      cwd: root,
      env: {
        ...withoutDatabaseUrl(process.env),
        TANDEM_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const adminKey = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the API did not start in 120 s:\n${output}`)),
      120_000,
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
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}):\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    adminKey,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The environment without DATABASE_URL, so the API always uses its own PGlite folder. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}
