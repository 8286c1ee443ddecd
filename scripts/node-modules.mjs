// Keeps the generated node modules (packages/plugins/generated) in step with tandem.config.ts:
// before start, dev and test, a hash of the config and of each listed package's package.json is
// compared with the one the generator recorded, and the generator runs when they differ (a
// package added to the config, a package's `tandem` field or version changed). Plain
// JavaScript: it runs from scripts/tandem.mjs before any TypeScript tooling.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The hash packages/plugins/src/generate/config-hash.ts computes, from the recorded manifest. */
function currentHash(root, configFile, manifest) {
  const hash = createHash('sha256');
  hash.update(readFileSync(configFile));
  for (const { dir } of manifest.packages) {
    const packageJson = join(root, dir, 'package.json');
    if (!existsSync(packageJson)) return null;
    hash.update(readFileSync(packageJson));
  }
  return hash.digest('hex');
}

/**
 * Where a config's generated modules are (packages/plugins/src/generate/generated-paths.ts says
 * the same for TypeScript): the repository's own config generates into packages/plugins.
 */
export function generatedDirOf(root, configFile) {
  return configFile === join(root, 'tandem.config.ts')
    ? join(root, 'packages', 'plugins', 'generated')
    : join(resolve(configFile, '..'), '.tandem');
}

/** The config TANDEM_CONFIG names, unless it is the repository's own tandem.config.ts. */
export function overridingConfig(root, env = process.env) {
  const file = env.TANDEM_CONFIG ? resolve(env.TANDEM_CONFIG) : undefined;
  return file && file !== join(root, 'tandem.config.ts') ? file : undefined;
}

/** A config's generated manifest (nodes.generated.json), or null before its first generation. */
export function manifestFor(root, configFile) {
  const file = join(generatedDirOf(root, configFile), 'nodes.generated.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Regenerates when stale; exits the process with the generator's message when the config is wrong. */
export function ensureNodeModules(root, tsx) {
  const configs = [join(root, 'tandem.config.ts')];
  if (process.env.TANDEM_CONFIG) configs.push(resolve(process.env.TANDEM_CONFIG));
  for (const configFile of new Set(configs)) {
    const manifest = manifestFor(root, configFile);
    if (manifest && manifest.configHash === currentHash(root, configFile, manifest)) continue;
    console.log(`tandem: ${configFile} changed; generating the node modules…`);
    const result = spawnSync(
      tsx,
      ['packages/plugins/scripts/generate.ts', '--config', configFile],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
