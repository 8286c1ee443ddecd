#!/usr/bin/env node
// Finds the Temporal server and temporal-sql-tool for cluster mode (`npm run cluster`, the
// cluster test suite), building them once with Go the way scripts/temporal-cli.mjs builds the
// CLI: `go install go.temporal.io/server/cmd/server@v1.29.1` and `…/cmd/tools/sql@v1.29.1`, into
// a versioned folder of the cache. The module's Postgres schema and its sample config are copied
// beside the binaries, so that running a cluster needs neither Go nor the module cache (nothing is
// downloaded at run time; the build fetches through the Go module proxy only).
//
// As a module: `ensureTemporalServer()` returns { server, sqlTool, schemaDir, configTemplate } or null.
// As a script:  `node scripts/temporal-server.mjs` prints that as JSON (exit 1 when there is none).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporalCacheDir } from './temporal-cli.mjs';

export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const module = 'go.temporal.io/server';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function goBinary() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, 'go'))) return join(dir, 'go');
  }
  return executable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null;
}

/** Where one version's binaries, schema and config template live. */
export function temporalServerDir() {
  return join(temporalCacheDir(), `temporal-server-${TEMPORAL_SERVER_VERSION}`);
}

function layout(dir) {
  return {
    server: join(dir, 'temporal-server'),
    sqlTool: join(dir, 'temporal-sql-tool'),
    schemaDir: join(dir, 'schema', 'postgresql', 'v12'),
    configTemplate: join(dir, 'config', 'development-postgres12.yaml'),
  };
}

/** The server answers `--version` with its version (a half-finished build does not). */
function complete(paths) {
  if (!executable(paths.server) || !executable(paths.sqlTool)) return false;
  if (!existsSync(paths.schemaDir) || !existsSync(paths.configTemplate)) return false;
  const probe = spawnSync(paths.server, ['--version'], { encoding: 'utf8', timeout: 120_000 });
  return probe.status === 0 && probe.stdout.includes(TEMPORAL_SERVER_VERSION.slice(1));
}

/**
 * The cluster's binaries and files, building them once with Go when needed.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {{ server: string, sqlTool: string, schemaDir: string, configTemplate: string } | null}
 */
export function ensureTemporalServer({ log = (line) => console.error(line) } = {}) {
  const dir = process.env.TANDEM_TEMPORAL_SERVER_DIR ?? temporalServerDir();
  const paths = layout(dir);
  if (complete(paths)) return paths;
  if (process.env.TANDEM_TEMPORAL_SERVER_DIR) {
    log(`tandem: TANDEM_TEMPORAL_SERVER_DIR=${dir} holds no complete Temporal server`);
    return null;
  }
  const go = goBinary();
  if (!go) {
    log('tandem: cluster mode needs the Temporal server, and there is no Go toolchain to build it');
    return null;
  }
  log(
    `tandem: building the Temporal server ${TEMPORAL_SERVER_VERSION} and temporal-sql-tool with Go into ${dir} (once; several minutes)…`,
  );
  // Built into a scratch folder and moved into place, so an interrupted build is never "found".
  const scratch = `${dir}.building-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const env = { ...process.env, GOBIN: scratch, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' };
  const built = spawnSync(
    go,
    [
      'install',
      `${module}/cmd/server@${TEMPORAL_SERVER_VERSION}`,
      `${module}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env },
  );
  const modCache = spawnSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8', env }).stdout.trim();
  const moduleDir = join(modCache, `${module}@${TEMPORAL_SERVER_VERSION}`);
  if (built.status !== 0 || !existsSync(moduleDir)) {
    log(`tandem: go install ${module}/cmd/{server,tools/sql}@${TEMPORAL_SERVER_VERSION} failed`);
    rmSync(scratch, { recursive: true, force: true });
    return null;
  }
  renameSync(join(scratch, 'server'), join(scratch, 'temporal-server'));
  renameSync(join(scratch, 'sql'), join(scratch, 'temporal-sql-tool'));
  cpSync(
    join(moduleDir, 'schema', 'postgresql', 'v12'),
    join(scratch, 'schema', 'postgresql', 'v12'),
    {
      recursive: true,
    },
  );
  mkdirSync(join(scratch, 'config'), { recursive: true });
  cpSync(
    join(moduleDir, 'config', 'development-postgres12.yaml'),
    join(scratch, 'config', 'development-postgres12.yaml'),
  );
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  if (complete(paths)) return paths;
  log(`tandem: the Temporal server built into ${dir} does not answer --version`);
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = ensureTemporalServer();
  if (found) console.log(JSON.stringify(found));
  process.exit(found ? 0 : 1);
}
