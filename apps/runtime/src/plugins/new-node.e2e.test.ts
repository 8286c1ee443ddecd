// The scaffold end to end: `journey new-node` writes a package whose own tests pass at once;
// listed in a config, it is in the generated module, the API (validation, publish) knows it, and
// the dev server (`server.ts`: API, Temporal dev server, worker) runs it in a real workflow.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNodeModules, repoRoot, writeGenerated } from '@tandem/plugins/generate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, freeTemporalPort } from '../../../editor/e2e/free-port';
import { runCli } from '../cli/run-cli';

const work = join(repoRoot, 'test-artifacts', `tmp-new-node-${process.pid}`);
const packageDir = join(work, 'collection-call');
const configFile = join(work, 'tandem.config.ts');

/** What `pnpm install` links for a workspace package: its dependencies, and it for the config. */
function linkLikePnpm(): void {
  const link = (target: string, at: string) => {
    mkdirSync(join(at, '..'), { recursive: true });
    symlinkSync(target, at, 'dir');
  };
  const modules = join(packageDir, 'node_modules');
  link(join(repoRoot, 'packages', 'nodes'), join(modules, '@tandem', 'nodes'));
  link(join(repoRoot, 'packages', 'dsl'), join(modules, '@tandem', 'dsl'));
  link(
    realpathSync(join(repoRoot, 'packages', 'nodes', 'node_modules', 'zod')),
    join(modules, 'zod'),
  );
  link(packageDir, join(work, 'node_modules', '@acme', 'tandem-collection-call'));
}

interface DevServer {
  base: string;
  key: string;
  stop(): Promise<void>;
}

/** `server.ts` as `npm start` runs it (no web app), on its own PGlite folder and ports. */
async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-new-node-'));
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...parent } = process.env;
  const child = spawn(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    ['apps/runtime/src/server.ts'],
    {
      cwd: repoRoot,
      env: {
        ...parent,
        ...env,
        TANDEM_DATA_DIR: dataDir,
        PORT: String(port),
        TANDEM_TEMPORAL_PORT: String(await freeTemporalPort()),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // The Temporal CLI the test run's global setup found (no download).
        ...(inject('temporalCli') ? { TANDEM_TEMPORAL_CLI: inject('temporalCli') } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const key = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start in 600 s:\n${output}`)), 600_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Admin API key\s+(tdm_\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    key,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('a scaffolded node package', { timeout: 900_000 }, () => {
  let server: DevServer | undefined;
  beforeAll(() => mkdirSync(work, { recursive: true }));
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('is written by journey new-node and passes its own tests at once', async () => {
    const output = await runCli(
      ['new-node', 'collection-call', '--activity', '--dir', packageDir],
      {
        readText: () => Promise.reject(new Error('no file is read')),
      },
    );
    expect(output.exitCode, output.stderr).toBe(0);
    expect(output.stdout).toContain('@acme/tandem-collection-call (node type acme.collectionCall)');
    const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      tandem: Record<string, string>;
    };
    expect(packageJson.tandem).toEqual({
      schema: './src/index.ts',
      behaviour: './src/index.ts',
      activities: './src/activities.ts',
    });
    linkLikePnpm();
    const run = spawnSync(
      join(repoRoot, 'node_modules', '.bin', 'vitest'),
      ['run', '--root', packageDir],
      {
        cwd: packageDir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+1[0-9] passed/);
  });

  it('is in the generated module once listed in the config', async () => {
    writeFileSync(
      configFile,
      "export default { nodes: ['@tandem/nodes', '@acme/tandem-collection-call'] };\n",
    );
    const generated = await generateNodeModules(configFile);
    writeGenerated(generated);
    expect(generated.outDir).toBe(join(work, '.tandem'));
    expect(generated.files['nodes.schema.generated.ts']).toContain(
      "nodePackage('@acme/tandem-collection-call', '0.1.0', schema1)",
    );
    expect(generated.files['nodes.activities.generated.ts']).toContain(
      "from '../collection-call/src/activities'",
    );
  });

  it('is validated by the API and runs in a real workflow on the dev server', async () => {
    server = await startDevServer({ TANDEM_CONFIG: configFile });
    const call = (method: string, path: string, body?: object) =>
      fetch(`${server!.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${server!.key}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const document = {
      dsl: 'journey/v1',
      id: 'collection-call-first',
      name: 'Collection call first',
      locales: ['en'],
      defaultLocale: 'en',
      start: 'call',
      nodes: [
        { id: 'call', type: 'acme.collectionCall', config: {}, next: { done: 'end' } },
        { id: 'end', type: 'end', config: { outcome: 'called' } },
      ],
    };
    expect((await call('POST', '/v1/journeys', { document })).status).toBe(201);
    const published = await call('POST', '/v1/journeys/collection-call-first/publish', {});
    expect(published.status, await published.clone().text()).toBe(201);
    const borrower = {
      firstName: 'Lan',
      locale: 'en',
      timezone: 'Etc/UTC',
      country: 'VN',
      accounts: [{ externalId: 'CC-1-L1', amountDue: 300, currency: 'USD', daysPastDue: 10 }],
    };
    expect((await call('PUT', '/v1/borrowers/CC-1', borrower)).status).toBeLessThan(300);
    const enrolled = await call('POST', '/v1/enrollments', {
      journeyId: 'collection-call-first',
      borrower: { externalId: 'CC-1' },
      account: { externalId: 'CC-1-L1' },
    });
    expect(enrolled.status, await enrolled.clone().text()).toBeLessThan(300);
    const { id } = (await enrolled.json()) as { id: string };
    let outcome: string | null = null;
    const deadline = Date.now() + 300_000;
    while (outcome === null && Date.now() < deadline) {
      const body = (await (await call('GET', `/v1/enrollments/${id}`)).json()) as {
        status: string;
        outcome: string | null;
      };
      if (body.status === 'completed') outcome = body.outcome;
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(outcome).toBe('called');
  });
});
