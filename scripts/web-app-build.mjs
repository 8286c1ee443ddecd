// Builds the web app (apps/editor) for `npm start`, once: the build is skipped while a content
// hash of its inputs (the editor's sources, the workspace packages it imports, the example files
// it bundles, the lockfile) matches the one kept beside the output. Plain JavaScript: it runs
// from scripts/tandem.mjs before any TypeScript tooling.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generatedDirOf, manifestFor, overridingConfig } from './node-modules.mjs';

/** Folders and files that never change what the build produces. */
const skippedDirs = new Set(['node_modules', 'dist', 'e2e', '.vite']);
const isTest = (name) => /\.test\.[cm]?[jt]sx?$/.test(name) || name === 'test-setup.ts';

function listInputs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || skippedDirs.has(entry.name)) continue;
    if (entry.name.startsWith('tmp-')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listInputs(path));
    else if (entry.isFile() && !isTest(entry.name)) found.push(path);
  }
  return found;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The folders of the workspace packages `dir` imports, directly or through each other. */
function workspaceDependencies(root, dir) {
  const byName = new Map();
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const pkg = join(root, group, name, 'package.json');
      if (existsSync(pkg)) byName.set(readJson(pkg).name, join(root, group, name));
    }
  }
  const custom = join(root, 'examples', 'custom-node', 'package.json');
  if (existsSync(custom)) byName.set(readJson(custom).name, join(root, 'examples', 'custom-node'));
  const found = new Set();
  const visit = (from) => {
    for (const [name, version] of Object.entries(
      readJson(join(from, 'package.json')).dependencies ?? {},
    )) {
      const dep = byName.get(name);
      if (!String(version).startsWith('workspace:') || !dep || found.has(dep)) continue;
      found.add(dep);
      visit(dep);
    }
  };
  visit(dir);
  return [...found];
}

/**
 * The node packages whose nodes the palette shows: those tandem.config.ts lists (its generated
 * manifest) and, when TANDEM_CONFIG names another config, that config's (the web app is then
 * built from its generated schema module: apps/editor/node-packages-alias.ts).
 */
function listedNodePackages(root, env) {
  const config = overridingConfig(root, env);
  const configs = [join(root, 'tandem.config.ts'), ...(config ? [config] : [])];
  return configs.flatMap((file) =>
    (manifestFor(root, file)?.packages ?? []).map(({ dir }) => join(root, dir)),
  );
}

/** The other config's generated schema module the build aliases in, when TANDEM_CONFIG names one. */
function overridingSchemaModule(root, env) {
  const config = overridingConfig(root, env);
  const file = config && join(generatedDirOf(root, config), 'nodes.schema.generated.ts');
  return file && existsSync(file) ? [file] : [];
}

/** Every file whose content decides the built web app (TANDEM_CONFIG in `env` counts too). */
export function webAppInputs(root, env = process.env) {
  const editor = join(root, 'apps', 'editor');
  const examples = join(root, 'examples');
  const packages = new Set([
    ...workspaceDependencies(root, editor),
    ...listedNodePackages(root, env),
  ]);
  return [
    ...listInputs(editor),
    ...[...packages].flatMap((dir) => listInputs(dir)),
    ...overridingSchemaModule(root, env),
    ...readdirSync(examples)
      .filter((name) => name.endsWith('.journey.json'))
      .map((name) => join(examples, name)),
    ...listInputs(join(examples, 'borrowers')),
    join(root, 'pnpm-lock.yaml'),
    join(root, 'tsconfig.base.json'),
  ];
}

/** sha256 over each input's path and content, in a stable order. */
export function webAppInputsHash(root, env = process.env) {
  const hash = createHash('sha256');
  const files = webAppInputs(root, env)
    .map((file) => [relative(root, file).split(sep).join('/'), file])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, file] of files) {
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The built app's folder and the hash file kept in it (a dot-file: the server never sends it). */
export const webAppDist = (root) => join(root, 'apps', 'editor', 'dist');
const hashFile = (root) => join(webAppDist(root), '.inputs-hash');

/** Whether the built app is missing or was built from other inputs than these. */
export function webAppBuildNeeded(root) {
  const hash = webAppInputsHash(root);
  const kept = existsSync(hashFile(root)) ? readFileSync(hashFile(root), 'utf8').trim() : null;
  const built = existsSync(join(webAppDist(root), 'index.html'));
  return { needed: !(built && kept === hash), hash };
}

/**
 * Builds apps/editor/dist unless it is already built from these exact inputs. Returns whether
 * it built. A failed build leaves no hash behind, so the next start tries again.
 */
export function ensureWebAppBuild(root, { log = console.log } = {}) {
  return withBuildLock(root, () => buildUnlessCurrent(root, log));
}

/**
 * One build at a time per checkout (tests, benches and `npm start` may ask at once): a lock
 * folder, waited for, and taken over when its holder has been gone for ten minutes.
 */
function withBuildLock(root, fn) {
  const lock = join(root, 'apps', 'editor', '.build-lock');
  const waitUntil = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > waitUntil) throw new Error(`the web app build lock is held: ${lock}`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildUnlessCurrent(root, log) {
  const { needed, hash: wanted } = webAppBuildNeeded(root);
  if (!needed) {
    log('tandem: the web app is built and up to date (apps/editor/dist)');
    return false;
  }
  log('tandem: building the web app (apps/editor → apps/editor/dist)…');
  const vite = join(root, 'apps', 'editor', 'node_modules', '.bin', 'vite');
  const config = overridingConfig(root);
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], {
    cwd: join(root, 'apps', 'editor'),
    stdio: 'inherit',
    // Resolved here: Vite runs in apps/editor, and a relative TANDEM_CONFIG means the caller's.
    ...(config ? { env: { ...process.env, TANDEM_CONFIG: config } } : {}),
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`the web app's build failed (exit ${result.status})`);
  writeFileSync(hashFile(root), `${wanted}\n`);
  return true;
}
