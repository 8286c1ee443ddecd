// Which node packages the palette shows: the generated schema module of tandem.config.ts, which
// the editor imports as `@tandem/plugins/schema`, or, when TANDEM_CONFIG names another config,
// that config's own generated module, the way the runtime and its workflow bundle load it
// (apps/runtime/src/plugins/generated-modules.ts). Used by vite.config.ts for build and dev;
// plain-JavaScript helpers, since Vite loads its config before any TypeScript package resolves.
import { join } from 'node:path';
import { generatedDirOf, overridingConfig } from '../../scripts/node-modules.mjs';
import { repoRoot } from './dev-server-files';

/** Vite's `resolve.alias` for the config TANDEM_CONFIG names; none for the deployment's own. */
export function nodePackagesAlias(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const config = overridingConfig(repoRoot, env);
  if (!config) return {};
  return {
    '@tandem/plugins/schema': join(generatedDirOf(repoRoot, config), 'nodes.schema.generated.ts'),
  };
}
