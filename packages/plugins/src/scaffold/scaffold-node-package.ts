// `npm run journey -- new-node <name> [--activity]`: writes a node package that passes its
// tests at once and loads once listed in tandem.config.ts. Refuses to write over anything.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeSource } from './node-template';
import {
  activitiesSource,
  indexSource,
  packageJson,
  readme,
  testSource,
  tsconfig,
  vitestConfig,
} from './package-templates';
import { nodeNameSchema, scaffoldNames, scopeSchema, type ScaffoldNames } from './scaffold-names';

export interface ScaffoldOptions {
  name: string;
  /** The package scope and node type namespace (default "acme"). */
  scope?: string;
  activity?: boolean;
  /** Where to write it (default: nodes/<name> in the repository, a workspace folder). */
  dir?: string;
  root: string;
}

export class ScaffoldError extends Error {}

export function scaffoldNodePackage(options: ScaffoldOptions): {
  dir: string;
  names: ScaffoldNames;
  files: string[];
} {
  const name = nodeNameSchema.safeParse(options.name);
  if (!name.success) throw new ScaffoldError(`name: ${name.error.issues[0]!.message}`);
  const scope = scopeSchema.safeParse(options.scope ?? 'acme');
  if (!scope.success) throw new ScaffoldError(`--scope: ${scope.error.issues[0]!.message}`);
  const names = scaffoldNames(name.data, scope.data);
  const dir = resolve(options.dir ?? join(options.root, 'nodes', names.name));
  if (existsSync(dir))
    throw new ScaffoldError(`${dir} already exists; choose another name or --dir`);
  const activity = options.activity ?? false;
  const files: Record<string, string> = {
    'package.json': packageJson(names, activity),
    'tsconfig.json': tsconfig(dir, options.root),
    'vitest.config.ts': vitestConfig(names),
    'README.md': readme(names, activity),
    'src/index.ts': indexSource(names),
    [`src/${names.name}.ts`]: nodeSource(names, activity),
    [`src/${names.name}.test.ts`]: testSource(names),
    ...(activity ? { 'src/activities.ts': activitiesSource(names) } : {}),
  };
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return { dir, names, files: Object.keys(files) };
}
