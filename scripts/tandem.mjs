#!/usr/bin/env node
// The one entry point behind the root npm scripts. It bootstraps what a fresh clone lacks
// (pnpm, the workspace install) before running anything, so `npm test` and `npm start` need
// nothing but Node 20. Plain JavaScript on purpose: it must run before TypeScript tooling exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintJobs, runJobs, typecheckJobs } from './checks.mjs';
import { journeyCliBundle } from './journey-bundle.mjs';
import { ensureNodeModules, overridingConfig } from './node-modules.mjs';
import { ensureTemporalCli } from './temporal-cli.mjs';
import { ensureTemporalServer } from './temporal-server.mjs';
import { ensureWebAppBuild } from './web-app-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.8';
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * Runs a long-lived server in the foreground and hands it the signals this process gets, so that
 * a supervisor's SIGTERM (or a SIGINT sent to this process alone) stops the server cleanly
 * instead of orphaning it with its ports, its Temporal dev server and the PGlite lock.
 * Resolves with the server's exit status.
 */
function serve(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) process.exit(status);
}

/** pnpm from PATH when it is version 10, else through npx (corepack is not relied on). */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
}

/** Installs the workspace when node_modules is missing or older than the lockfile. */
function ensureInstall() {
  const lock = join(root, 'pnpm-lock.yaml');
  const installedLock = join(root, 'node_modules', '.pnpm', 'lock.yaml');
  const upToDate =
    existsSync(installedLock) &&
    existsSync(lock) &&
    readFileSync(lock, 'utf8') === readFileSync(installedLock, 'utf8');
  if (upToDate) return;
  const [cmd, pre] = pnpmCommand();
  console.log('tandem: installing the workspace (pnpm install)…');
  must(cmd, [...pre, 'install', ...(existsSync(lock) ? ['--frozen-lockfile'] : [])]);
}

/** True when something accepts TCP connections on 127.0.0.1:port (within a second). */
function portOpen(port) {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1))`,
    ],
    { stdio: 'ignore' },
  );
  return probe.status === 0;
}

/**
 * The runtime's tests need the local Postgres server. If it is down and this machine has the
 * Debian cluster tools, start it; otherwise the tests fail and say how (they never skip).
 */
function ensurePostgres() {
  if (process.env.TANDEM_TEST_POSTGRES_URL || portOpen(5432)) return;
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (versions.length === 0) return;
  console.log('tandem: Postgres is not running; starting the local cluster…');
  run('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start']);
}

/**
 * The Temporal CLI for the dev server: found or built once (scripts/temporal-cli.mjs), and handed
 * on through TANDEM_TEMPORAL_CLI. Without one, the runtime falls back to the SDK's download.
 */
function withTemporalCli() {
  if (process.env.TEMPORAL_ADDRESS || process.env.TANDEM_TEMPORAL_CLI) return;
  const cli = ensureTemporalCli();
  if (cli) process.env.TANDEM_TEMPORAL_CLI = cli;
}

/**
 * Cluster mode's Temporal server and temporal-sql-tool, built once with Go into the cache
 * (scripts/temporal-server.mjs). Without them the cluster says why and stops; the cluster test
 * suite fails loudly.
 */
function withTemporalServer() {
  ensureTemporalServer();
}

/**
 * `npm run cluster` / `npm start -- --cluster`: the Temporal server on the local Postgres, the API
 * and TANDEM_CLUSTER_WORKERS worker processes, supervised together (apps/runtime/src/cluster).
 */
async function cluster(args) {
  ensureInstall();
  ensurePostgres();
  withTemporalServer();
  ensureWebAppBuild(root);
  return serve(bin('tsx'), ['apps/runtime/src/cluster/cluster-main.ts', ...args]);
}

/**
 * The browser tests drive Debian's Chromium (playwright-core cannot download a browser here).
 * When it is missing and this is a Debian machine we may administer, install it, with a CJK font
 * so that the Chinese portal pages render in screenshots; otherwise the tests fail and say so.
 */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/apt-get')) return;
  if (process.getuid?.() !== 0) return;
  console.log('tandem: installing Chromium for the browser tests (apt-get)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-zenhei']);
}

/** Every tsconfig.json of a workspace package plus bench/. */
function tsconfigs() {
  const found = [];
  for (const group of ['packages', 'apps', 'nodes']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, 'tsconfig.json');
      if (existsSync(file)) found.push(file);
    }
  }
  for (const extra of ['examples/custom-node', 'test', 'bench']) {
    const file = join(root, extra, 'tsconfig.json');
    if (existsSync(file)) found.push(file);
  }
  return found;
}

/** The tsconfigs with the most code first, so that the longest checks start first. */
function bySize(configs) {
  const first = ['apps/runtime', 'apps/editor', 'bench', 'test', 'packages/plugins'];
  const rank = (config) => {
    const at = first.findIndex((dir) => config.startsWith(join(root, dir) + '/'));
    return at === -1 ? first.length : at;
  };
  return [...configs].sort((a, b) => rank(a) - rank(b));
}

/** Every tsconfig's `tsc`, side by side (scripts/checks.mjs); exits on the first failure. */
async function typecheck() {
  const status = await runJobs(typecheckJobs(root, bySize(tsconfigs())), root);
  if (status !== 0) process.exit(status);
}

async function lint() {
  const status = await runJobs(lintJobs(root), root);
  if (status !== 0) process.exit(status);
}

/** `npm test`'s static checks: ESLint (the longest) first, then the tscs and Prettier. */
async function typecheckAndLint() {
  const [eslint, prettier] = lintJobs(root);
  const jobs = [eslint, ...typecheckJobs(root, bySize(tsconfigs())), prettier];
  const status = await runJobs(jobs, root);
  if (status !== 0) process.exit(status);
}

/** Runs vitest, then prints the plain `N passed, N failed` line that CI reads. */
function vitest(extraArgs) {
  const report = join(root, '.vitest-report.json');
  rmSync(report, { force: true });
  const status = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extraArgs,
  ]);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    console.log(
      `\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed` +
        (skipped ? `, ${skipped} skipped` : ''),
    );
    if (summary.numTotalTests === 0) {
      console.error('tandem: no test ran; that is a failure');
      return 1;
    }
  }
  return status;
}

// --- the web app (apps/editor) -------------------------------------------------------------
/**
 * `npm run dev`: Vite's dev server with hot reload for working on the web app, proxying the API's
 * paths to the API this command also starts. Its `server.fs` rules (apps/editor/vite.config.ts)
 * keep the data directory, keys and everything outside the app's sources unreachable.
 */
function startViteDevServer() {
  const port = process.env.TANDEM_DEV_PORT ?? '5173';
  const api = `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? '8787'}`;
  const vite = join(root, 'apps', 'editor', 'node_modules', '.bin', 'vite');
  const child = spawn(vite, ['--port', port, '--strictPort', '--clearScreen', 'false'], {
    cwd: join(root, 'apps', 'editor'),
    stdio: 'inherit',
    env: { ...process.env, TANDEM_API_URL: process.env.TANDEM_API_URL ?? api },
  });
  console.log(`Web app (dev)   http://127.0.0.1:${port}/app/   (Vite, hot reload)`);
  return child;
}
// --- end web app ----------------------------------------------------------------------------------

const [command = 'help', ...args] = process.argv.slice(2);
switch (command) {
  case 'test': {
    ensureInstall();
    ensureNodeModules(root, bin('tsx'));
    ensurePostgres();
    withTemporalCli();
    withTemporalServer();
    ensureChromium();
    await typecheckAndLint();
    process.exit(vitest(args));
    break;
  }
  case 'typecheck':
    ensureInstall();
    ensureNodeModules(root, bin('tsx'));
    await typecheck();
    break;
  case 'lint':
    ensureInstall();
    await lint();
    break;
  case 'format':
    ensureInstall();
    must(bin('prettier'), ['--write', '--log-level=warn', '.']);
    must(bin('eslint'), ['--fix', '.']);
    break;
  case 'gen':
    ensureInstall();
    must(bin('tsx'), ['packages/plugins/scripts/generate.ts']);
    must(bin('tsx'), ['packages/nodes/scripts/generate-json-schema.ts', ...args]);
    must(bin('tsx'), ['packages/plugins/scripts/generate-node-reference.ts', ...args]);
    must(bin('tsx'), ['apps/runtime/scripts/generate-access-docs.ts', ...args]);
    must(bin('tsx'), ['apps/runtime/scripts/generate-api-client.ts', ...args]);
    break;
  case 'journey':
    ensureInstall();
    ensureNodeModules(root, bin('tsx'));
    {
      // The bundled CLI starts in ~0.4 s of CPU against ~1.8 s through tsx (scripts/journey-bundle.mjs).
      const bundle = await journeyCliBundle(root, overridingConfig(root));
      process.exit(
        bundle
          ? run(process.execPath, [bundle, ...args])
          : run(bin('tsx'), ['apps/runtime/src/cli/journey.ts', ...args]),
      );
    }
    break;
  case 'bench': {
    ensureInstall();
    withTemporalCli();
    const name = args[0];
    const benches = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts'));
    // An exact name picks that bench alone ("results" is not also "results-overlay").
    const exact = benches.filter((f) => f === `${name}.bench.ts`);
    const selected = !name
      ? benches
      : exact.length > 0
        ? exact
        : benches.filter((f) => f.startsWith(name));
    if (selected.length === 0) {
      console.error(`tandem: no bench matches "${name}"; have: ${benches.join(', ')}`);
      process.exit(2);
    }
    for (const file of selected) must(bin('tsx'), [join('bench', file)]);
    break;
  }
  case 'cluster':
    process.exit(await cluster(args));
    break;
  case 'start': {
    if (args.includes('--cluster'))
      process.exit(await cluster(args.filter((a) => a !== '--cluster')));
    ensureInstall();
    ensureNodeModules(root, bin('tsx'));
    withTemporalCli();
    // Built once (skipped while its inputs are unchanged) and served by the API's own server
    // under /app/, beside the API and the portal: one origin, one port, no Vite process.
    ensureWebAppBuild(root);
    // The API, Temporal's dev server and a journey worker, on PGlite under .data/ (Postgres
    // when DATABASE_URL is set), and the built web app.
    process.exit(await serve(bin('tsx'), ['apps/runtime/src/server.ts', ...args]));
    break;
  }
  case 'dev': {
    ensureInstall();
    ensureNodeModules(root, bin('tsx'));
    withTemporalCli();
    const vite = startViteDevServer();
    const status = await serve(bin('tsx'), ['apps/runtime/src/server.ts', ...args]);
    vite.kill('SIGTERM');
    process.exit(status);
    break;
  }
  default:
    console.error(
      'usage: node scripts/tandem.mjs <test|start [--cluster]|cluster|dev|journey|lint|typecheck|format|gen|bench>',
    );
    process.exit(2);
}
