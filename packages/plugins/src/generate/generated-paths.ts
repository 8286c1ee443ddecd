// Where the generated node modules live. The deployment's own tandem.config.ts (the repository
// root's) generates into this package, which the apps import as `@tandem/plugins/schema` etc.;
// another config (TANDEM_CONFIG, e.g. a test's) generates into a `.tandem` folder beside it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const pluginsPackageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = resolve(pluginsPackageDir, '..', '..');
export const defaultConfigFile = join(repoRoot, 'tandem.config.ts');

export function generatedDirFor(configFile: string): string {
  return resolve(configFile) === defaultConfigFile
    ? join(pluginsPackageDir, 'generated')
    : join(dirname(resolve(configFile)), '.tandem');
}

export const generatedFiles = {
  schema: 'nodes.schema.generated.ts',
  behaviour: 'nodes.behaviour.generated.ts',
  activities: 'nodes.activities.generated.ts',
  manifest: 'nodes.generated.json',
} as const;
