import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebAppBuild } from '../../../scripts/web-app-build.mjs';
import { freePort, freeTemporalPort } from './free-port';

const root = join(import.meta.dirname, '..', '..', '..');

export interface ApiProcess {
  /** The API's origin (`/v1`, `/p`, `/docs`). */
  base: string;
  /** The web app, served by the same server: `${base}/app/`. */
  appUrl: string;
  adminKey: string;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it: the web app built once into apps/editor/dist (skipped when
 * its inputs have not changed), then the real server (`apps/runtime/src/server.ts`) in its own
 * process, on a temporary PGlite folder and free ports, with its own Temporal dev server. It
 * serves the API, the portal and the built app from one origin; the admin key it prints on its
 * first start is read from its output. No Vite process.
 */
export async function startApi(env: Record<string, string> = {}): Promise<ApiProcess> {
  ensureWebAppBuild(root, { log: () => {} });
  const port = await freePort();
  const temporalPort = await freeTemporalPort();
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
        TANDEM_TEMPORAL_PORT: String(temporalPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...env,
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
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    appUrl: `${base}/app/`,
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

/**
 * Creates journey drafts through the API as the admin, as a lender's tooling would; fails with
 * the API's answer when one is refused.
 */
export async function createJourneys(api: ApiProcess, documents: readonly unknown[]) {
  for (const document of documents) await postJourney(api, { document });
}

/** Creates a blank journey (`{ id, name }`) as the admin, as the list's New journey form does. */
export async function createBlankJourney(api: ApiProcess, journey: { id: string; name: string }) {
  await postJourney(api, journey);
}

async function postJourney(api: ApiProcess, body: unknown) {
  const created = await fetch(`${api.base}/v1/journeys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (created.status !== 201)
    throw new Error(`creating a journey: ${created.status} ${await created.text()}`);
}
