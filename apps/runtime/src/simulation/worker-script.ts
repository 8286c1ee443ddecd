// A worker thread that loads population-worker.ts through tsx spends seconds loading ~250
// modules through tsx's loader (measured 2.4 s against 0.45 s on a loaded 2-core machine). So the
// thread's code is bundled once into one plain module with esbuild (already the project's
// TypeScript compiler, through tsx), kept in node_modules/.cache and rebuilt only when one of its
// sources changes. If bundling is not possible, or a TANDEM_CONFIG points at generated modules
// the bundle cannot import, threads load the TypeScript through tsx as before.
//
// The freshness check stats its ~250 sources synchronously (a few milliseconds): awaited one by
// one, each stat waits for a turn of the event loop, and a caller that simulates chunks while
// threads start gives one turn per chunk, so the threads would start only after the work is done.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { overridingConfig } from '../plugins/generated-modules';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'population-worker.ts');
const runtimeDir = resolve(here, '..', '..');
const cacheDir = join(runtimeDir, 'node_modules', '.cache', 'tandem');
const bundleFile = join(cacheDir, 'population-worker.mjs');
const inputsFile = join(cacheDir, 'population-worker.inputs.json');

/** Each source file of the bundle and its modification time when the bundle was built. */
const inputsSchema = z.record(z.string(), z.number());

// CommonJS dependencies inside an ES module bundle still call `require` for Node built-ins.
const banner =
  "import { createRequire as tandemRequire } from 'node:module';\nconst require = tandemRequire(import.meta.url);";

function isFresh(): boolean {
  try {
    const inputs = inputsSchema.parse(JSON.parse(readFileSync(inputsFile, 'utf8')));
    statSync(bundleFile);
    for (const [file, mtime] of Object.entries(inputs)) {
      if (statSync(resolve(runtimeDir, file)).mtimeMs !== mtime) return false;
    }
    return Object.keys(inputs).length > 0;
  } catch {
    return false;
  }
}

async function build(): Promise<void> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: runtimeDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    banner: { js: banner },
    outfile: bundleFile,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  const inputs: Record<string, number> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    inputs[file] = statSync(resolve(runtimeDir, file)).mtimeMs;
  }
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed: a pool starting at the same time never reads half a file.
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  await writeFile(bundleFile + suffix, output.contents);
  await rename(bundleFile + suffix, bundleFile);
  await writeFile(inputsFile + suffix, JSON.stringify(inputs));
  await rename(inputsFile + suffix, inputsFile);
}

/**
 * Builds the bundle unless the one in the cache is as new as all its sources; its URL. Throws
 * when esbuild fails.
 * @example new Worker(await bundlePopulationWorker());
 */
export async function bundlePopulationWorker(): Promise<URL> {
  if (!isFresh()) await build();
  return pathToFileURL(bundleFile);
}

/** Where the bundle's sources and their modification times are recorded (for tests). */
export const bundleInputsFile = inputsFile;

let pending: Promise<URL | undefined> | undefined;
let checked: URL | undefined;

/**
 * The bundled population worker's URL when the cached bundle is as new as all its sources, at
 * once (checked once per process); undefined when it must be built first or threads load the
 * TypeScript (then use `populationWorkerScript`).
 * @example const script = freshPopulationWorkerScript();
 */
export function freshPopulationWorkerScript(): URL | undefined {
  if (checked === undefined && !overridingConfig() && isFresh())
    checked = pathToFileURL(bundleFile);
  return checked;
}

/**
 * The bundled population worker's URL, built if missing or stale; undefined when threads must
 * load the TypeScript through tsx instead. One build per process at most.
 * @example const script = await populationWorkerScript();
 */
export function populationWorkerScript(): Promise<URL | undefined> {
  if (overridingConfig()) return Promise.resolve(undefined);
  const fresh = freshPopulationWorkerScript();
  if (fresh) return Promise.resolve(fresh);
  pending ??= (async () => {
    try {
      return await bundlePopulationWorker();
    } catch {
      return undefined;
    }
  })();
  return pending;
}
