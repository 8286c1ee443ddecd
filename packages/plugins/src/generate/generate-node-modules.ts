// Writes the generated node modules for a tandem.config.ts: one importing every listed
// package's schema entry (API, CLI, editor), one their behaviour entries (the workflow bundle),
// one their activity implementations (the worker), and a manifest with the config's hash.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NodeBehaviourDefinition } from '@tandem/dsl';
import { nodePackageJsonSchema, type NodePackageJson } from '../package-field';
import { activitiesOf, nodePackage } from '../node-package';
import { configHash } from './config-hash';
import { generatedDirFor, generatedFiles, pluginsPackageDir, repoRoot } from './generated-paths';
import { loadTandemConfig, TandemConfigError } from './load-config';
import { resolvePackageDir } from './resolve-package';

interface ListedPackage {
  dir: string;
  json: NodePackageJson;
}

/** A string literal in the generated code (package names and versions hold no quote or backslash). */
const quoted = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;

/** A module specifier from `fromDir` to `file`, extension dropped (Vite, webpack, tsx agree). */
function specifier(fromDir: string, file: string): string {
  const path = relative(fromDir, file)
    .split(sep)
    .join('/')
    .replace(/\.[cm]?[jt]sx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

async function listedPackages(configFile: string): Promise<ListedPackage[]> {
  const config = await loadTandemConfig(configFile);
  const problems: string[] = [];
  const found: ListedPackage[] = [];
  config.nodes.forEach((name, index) => {
    const dir = resolvePackageDir(name, repoRoot, dirname(configFile));
    if (!dir) {
      problems.push(`nodes.${index}: no package "${name}" in the workspace or in node_modules`);
      return;
    }
    const parsed = nodePackageJsonSchema.safeParse(
      JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          `nodes.${index}: "${name}" package.json ${issue.path.join('.')}: ${issue.message}`,
        );
      return;
    }
    for (const half of ['schema', 'behaviour', 'activities'] as const) {
      const entry = parsed.data.tandem[half];
      if (entry && !existsSync(join(dir, entry)))
        problems.push(`nodes.${index}: "${name}" tandem.${half}: no file ${entry}`);
    }
    found.push({ dir, json: parsed.data });
  });
  if (problems.length > 0) throw new TandemConfigError(configFile, problems);
  return found;
}

/** Imports every entry once, so a package that breaks the rules fails here, not in the apps. */
async function checkPackages(configFile: string, packages: readonly ListedPackage[]) {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const [index, { dir, json }] of packages.entries()) {
    const load = async (entry: string) =>
      (await import(pathToFileURL(join(dir, entry)).href)) as object;
    try {
      const schema = nodePackage(json.name, json.version, await load(json.tandem.schema));
      const behaviour = nodePackage<NodeBehaviourDefinition>(
        json.name,
        json.version,
        await load(json.tandem.behaviour),
      );
      const behaviourTypes = behaviour.nodes.map((n) => n.type).join(',');
      if (schema.nodes.map((n) => n.type).join(',') !== behaviourTypes)
        problems.push(
          `nodes.${index}: "${json.name}" schema and behaviour entries differ in nodes`,
        );
      if (json.tandem.activities) activitiesOf(json.name, await load(json.tandem.activities));
      for (const node of schema.nodes) {
        const other = seen.get(node.type);
        if (other)
          problems.push(
            `nodes.${index}: "${json.name}" defines "${node.type}", as "${other}" does`,
          );
        seen.set(node.type, json.name);
      }
    } catch (error) {
      problems.push(`nodes.${index}: "${json.name}": ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new TandemConfigError(configFile, problems);
}

function moduleText(
  outDir: string,
  packages: readonly ListedPackage[],
  half: 'schema' | 'behaviour',
  hash: string,
): string {
  const helper = specifier(outDir, join(pluginsPackageDir, 'src', 'node-package.ts'));
  const imports = packages.map(
    ({ dir, json }, i) =>
      `import * as ${half}${i} from '${specifier(outDir, join(dir, json.tandem[half]))}';`,
  );
  const list = packages.map(
    ({ json }, i) => `  nodePackage(${quoted(json.name)}, ${quoted(json.version)}, ${half}${i}),`,
  );
  const exported = half === 'schema' ? 'schemaNodes' : 'behaviourNodes';
  const packageType = half === 'schema' ? 'SchemaNodePackage' : 'BehaviourNodePackage';
  return [
    `// Generated from tandem.config.ts by \`npm run gen\` (config hash ${hash.slice(0, 12)}).`,
    `// Do not edit: list node packages in tandem.config.ts. The ${half} half of every package.`,
    `import { nodePackage, type ${packageType} } from '${helper}';`,
    ...imports,
    '',
    `export const nodePackages: ${packageType}[] = [`,
    ...list,
    '];',
    `export const ${exported} = nodePackages.flatMap((p) => p.nodes);`,
    'export const nodeOrigins = nodePackages.flatMap((p) => p.origins);',
    '',
  ].join('\n');
}

function activitiesText(outDir: string, packages: readonly ListedPackage[], hash: string): string {
  const helper = specifier(outDir, join(pluginsPackageDir, 'src', 'node-package.ts'));
  const withActivities = packages.flatMap(({ dir, json }, i) =>
    json.tandem.activities ? [{ i, name: json.name, file: join(dir, json.tandem.activities) }] : [],
  );
  return [
    `// Generated from tandem.config.ts by \`npm run gen\` (config hash ${hash.slice(0, 12)}).`,
    "// Do not edit. The worker's implementations of the listed packages' activity contracts.",
    `import { activitiesOf, type ActivityImplementation } from '${helper}';`,
    ...withActivities.map(
      ({ i, file }) => `import * as activities${i} from '${specifier(outDir, file)}';`,
    ),
    '',
    'export const customActivities: Record<string, ActivityImplementation> = {',
    ...withActivities.map(({ i, name }) => `  ...activitiesOf(${quoted(name)}, activities${i}),`),
    '};',
    '',
  ].join('\n');
}

export interface GeneratedNodeModules {
  outDir: string;
  files: Record<string, string>;
}

/** Builds the generated files' text for `configFile` (checking every listed package). */
export async function generateNodeModules(configFile: string): Promise<GeneratedNodeModules> {
  const file = resolve(configFile);
  const outDir = generatedDirFor(file);
  const packages = await listedPackages(file);
  await checkPackages(file, packages);
  const hash = configHash(
    file,
    packages.map((p) => p.dir),
  );
  const manifest = {
    configHash: hash,
    config: relative(repoRoot, file).split(sep).join('/'),
    packages: packages.map(({ dir, json }) => ({
      name: json.name,
      version: json.version,
      dir: relative(repoRoot, dir).split(sep).join('/'),
    })),
  };
  return {
    outDir,
    files: {
      [generatedFiles.schema]: moduleText(outDir, packages, 'schema', hash),
      [generatedFiles.behaviour]: moduleText(outDir, packages, 'behaviour', hash),
      [generatedFiles.activities]: activitiesText(outDir, packages, hash),
      [generatedFiles.manifest]: `${JSON.stringify(manifest, null, 2)}\n`,
    },
  };
}

/** Writes what generateNodeModules built; only files whose text changed are touched. */
export function writeGenerated({ outDir, files }: GeneratedNodeModules): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(outDir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}
