#!/usr/bin/env node
// Finds the Temporal CLI (which contains the dev server) for `npm start`, `npm test` and CI, in
// this order: `temporal` on PATH; a build cached outside the repository; a fresh
// `go install …/cli/cmd/temporal@v1.5.1` into that cache (later tags carry a replace directive
// that `go install` refuses). When none of these works it prints why and returns null, and the
// callers fall back to the SDK's own download (which fails on machines without internet access).
//
// As a module: `ensureTemporalCli()` returns the absolute path or null.
// As a script:  `node scripts/temporal-cli.mjs` prints the path (exit 1 when there is none).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const modulePath = 'github.com/temporalio/cli/cmd/temporal';

/** Where the built CLI is kept between runs: survives `git clean` and fresh clones. */
export function temporalCacheDir() {
  const base =
    process.env.TANDEM_CACHE_DIR ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'tandem');
  return join(base, 'bin');
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * True when `file` is a Temporal CLI that answers `--version`. The binary is large: on a loaded
 * machine with a cold page cache its first start has taken over 20 s, and calling a good CLI
 * broken sent test runs to the SDK's download (no network here), so the probe waits two minutes.
 */
function works(file) {
  const probe = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 120_000 });
  return probe.status === 0 && /temporal/i.test(probe.stdout);
}

/**
 * The Temporal CLI's path, building it once with Go when needed.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string | null}
 */
export function ensureTemporalCli({ log = (line) => console.error(line) } = {}) {
  const explicit = process.env.TANDEM_TEMPORAL_CLI;
  if (explicit) {
    if (works(explicit)) return explicit;
    log(`tandem: TANDEM_TEMPORAL_CLI=${explicit} is not a working Temporal CLI`);
    return null;
  }
  const fromPath = onPath('temporal');
  if (fromPath && works(fromPath)) return fromPath;

  const cacheDir = temporalCacheDir();
  const cached = join(cacheDir, 'temporal');
  if (existsSync(cached) && works(cached)) return cached;

  const go = onPath('go') ?? (executable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
  if (!go) {
    log('tandem: no Temporal CLI on PATH or in the cache, and no Go toolchain to build one');
    return null;
  }
  mkdirSync(cacheDir, { recursive: true });
  log(
    `tandem: building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go into ${cacheDir} (once; several minutes)…`,
  );
  const built = spawnSync(go, ['install', `${modulePath}@${TEMPORAL_CLI_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, GOBIN: cacheDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
  });
  if (built.status === 0 && works(cached)) return cached;
  log(`tandem: go install ${modulePath}@${TEMPORAL_CLI_VERSION} failed (exit ${built.status})`);
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = ensureTemporalCli();
  if (path) console.log(path);
  process.exit(path ? 0 : 1);
}
