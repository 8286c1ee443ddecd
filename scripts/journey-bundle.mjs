// `npm run journey` from one plain JavaScript module instead of ~300 TypeScript files through tsx:
// tsx's loader took ~1.5–2 s of CPU to start the CLI (measured with `journey personas`), more
// than the simulation of 10,000 borrowers it was asked for. The CLI's own TypeScript (the
// runtime's cli/ and the workspace packages it imports) is bundled once with esbuild (tsx's own
// compiler), kept in apps/runtime/node_modules/.cache/tandem and rebuilt when one of its sources
// changes; third-party packages stay outside the bundle and load from node_modules as usual
// (PGlite finds its wasm next to its own module, so it cannot be moved into a bundle).
// Plain JavaScript: it runs from scripts/tandem.mjs before any TypeScript tooling. The population
// worker's bundle (apps/runtime/src/simulation/worker-script.ts) is built the same way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The CLI's entry, relative to the repository. */
const journeyEntry = join('apps', 'runtime', 'src', 'cli', 'journey.ts');

const paths = (root, name) => {
  const runtimeDir = join(root, 'apps', 'runtime');
  const cacheDir = join(runtimeDir, 'node_modules', '.cache', 'tandem');
  return {
    runtimeDir,
    cacheDir,
    bundleFile: join(cacheDir, `${name}.mjs`),
    inputsFile: join(cacheDir, `${name}.inputs.json`),
    // Beside the bundle: its chunks.
    chunksDir: `${name}-chunks`,
  };
};

/** pnpm's record of the installed packages, relative to apps/runtime like esbuild's inputs. */
const installedLock = '../../node_modules/.pnpm/lock.yaml';

// CommonJS code inside an ES module bundle still calls `require` for Node built-ins.
const banner =
  "import { createRequire as tandemRequire } from 'node:module';\nconst require = tandemRequire(import.meta.url);";

/** True when the bundle `name` exists and none of its sources changed since it was built. */
export function isBundleFresh(root, name) {
  const { bundleFile, inputsFile, runtimeDir } = paths(root, name);
  try {
    const { sources } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    statSync(bundleFile);
    const entries = Object.entries(sources ?? {});
    if (entries.length === 0) return false;
    for (const [file, mtime] of entries) {
      if (statSync(resolve(runtimeDir, file)).mtimeMs !== mtime) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps every package found under node_modules outside the bundle (imported by its resolved
 * path at run time), so only the workspace's TypeScript is bundled; and gives each bundled file
 * its own `import.meta.url`, which the CLI's modules use to find files beside them (the
 * population worker, the database migrations).
 */
const workspaceOnly = (esbuild) => ({
  name: 'tandem-workspace-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.tandemResolving || args.path.startsWith('node:')) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { tandemResolving: true },
      });
      if (resolved.errors.length > 0 || !resolved.path) return undefined;
      if (!resolved.path.includes(`${'/'}node_modules${'/'}`)) return resolved;
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
    build.onLoad({ filter: /\.(ts|mts|tsx)$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      // Compiled here as tsx would (the repository's tsconfig: ES2022, verbatim module syntax),
      // with `import.meta` read as this file's own, not the bundle's.
      const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), {
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
        sourcefile: args.path,
        format: 'esm',
        target: 'node20',
        tsconfigRaw: {
          compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true },
        },
        define: {
          'import.meta.url': JSON.stringify(pathToFileURL(args.path).href),
          'import.meta.dirname': JSON.stringify(dirname(args.path)),
          'import.meta.filename': JSON.stringify(args.path),
        },
      });
      return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
});

/**
 * Builds the bundle `name` of `entry` (relative to the repository) and records its sources'
 * modification times. Throws when esbuild fails.
 */
export async function buildBundle(root, name, entry) {
  const { runtimeDir, bundleFile, inputsFile, cacheDir, chunksDir } = paths(root, name);
  // esbuild is the runtime's dependency (and tsx's), not the repository root's.
  const esbuild = await import(
    pathToFileURL(createRequire(join(runtimeDir, 'package.json')).resolve('esbuild')).href
  );
  const result = await esbuild.build({
    absWorkingDir: runtimeDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    banner: { js: banner },
    // What only some commands need (`keys`: the database) is a chunk of its own, loaded by
    // those commands alone. Chunks are named by their content, so a rebuild never changes a
    // file that a running CLI may still load.
    entryPoints: { [name]: join(root, entry) },
    outdir: cacheDir,
    splitting: true,
    chunkNames: `${chunksDir}/[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
    plugins: [workspaceOnly(esbuild)],
  });
  const output = result.outputFiles.find((file) => file.path === bundleFile);
  if (!output) throw new Error('esbuild produced no output');
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    inputs[file] = statSync(resolve(runtimeDir, file)).mtimeMs;
  }
  // The bundle imports third-party packages by their paths in the pnpm store, which an install
  // may change: the installed lockfile counts as a source.
  inputs[installedLock] = statSync(resolve(runtimeDir, installedLock)).mtimeMs;
  const chunks = result.outputFiles.filter((file) => file !== output);
  await mkdir(join(cacheDir, chunksDir), { recursive: true });
  // Written aside and renamed: a CLI starting at the same time never reads half a file.
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  for (const chunk of chunks) {
    if (existsSync(chunk.path)) continue;
    await writeFile(chunk.path + suffix, chunk.contents);
    await rename(chunk.path + suffix, chunk.path);
  }
  const previous = chunksOf(inputsFile);
  await writeFile(bundleFile + suffix, output.contents);
  await rename(bundleFile + suffix, bundleFile);
  const built = chunks.map((chunk) => basename(chunk.path));
  await writeFile(inputsFile + suffix, JSON.stringify({ sources: inputs, chunks: built }));
  await rename(inputsFile + suffix, inputsFile);
  // Chunks of neither this build nor the one before go; the previous build's stay for a CLI
  // that started from it and has yet to load one.
  const keep = new Set([...built, ...previous]);
  for (const file of await readdir(join(cacheDir, chunksDir))) {
    if (!keep.has(file)) await rm(join(cacheDir, chunksDir, file), { force: true });
  }
}

/** The chunk files a build recorded (none when there is no record). */
function chunksOf(inputsFile) {
  try {
    const { chunks } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return Array.isArray(chunks) ? chunks.filter((name) => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The path of the bundle `name` of `entry` (relative to the repository), built first when
 * missing or stale; undefined, said on stderr, when esbuild fails.
 * @example const file = await cachedBundle(root, 'simulate-cold', 'bench/lib/simulate-cold.ts');
 */
export async function cachedBundle(root, name, entry) {
  if (!isBundleFresh(root, name)) {
    try {
      await buildBundle(root, name, entry);
    } catch (error) {
      console.error(
        `tandem: could not bundle ${entry} (${error instanceof Error ? error.message : String(error)}); running it through tsx`,
      );
      return undefined;
    }
  }
  return paths(root, name).bundleFile;
}

/** True when the journey CLI's bundle is as new as all its sources. */
export const isJourneyBundleFresh = (root) => isBundleFresh(root, 'journey-cli');

/**
 * The bundled journey CLI's path, built first when missing or stale; undefined when the CLI must
 * run through tsx instead: esbuild failed, or `overriding` names another config (TANDEM_CONFIG),
 * whose generated modules are imported by path at run time and may need tsx.
 */
export async function journeyCliBundle(root, overriding) {
  return overriding ? undefined : cachedBundle(root, 'journey-cli', journeyEntry);
}
