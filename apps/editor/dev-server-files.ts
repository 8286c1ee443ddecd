// What Vite's dev server (`npm run dev`) may read and send: the editor's sources, the workspace
// packages it imports, the example files it bundles, and third-party modules. Never the data
// directory (database files, the portal link secret, payload keys), environment files, keys or
// certificates. Used by vite.config.ts; proven by dev-server-files.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const editorRoot = import.meta.dirname;
export const repoRoot = resolve(editorRoot, '..', '..');

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
}
const readPackage = (dir: string): PackageJson =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** Every workspace package by name (packages/*, apps/*, examples/custom-node). */
function workspacePackages(): Map<string, string> {
  const byName = new Map<string, string>();
  const candidates = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(repoRoot, group)).map((name) => join(repoRoot, group, name)),
  );
  candidates.push(join(repoRoot, 'examples', 'custom-node'));
  for (const dir of candidates) {
    if (!existsSync(join(dir, 'package.json'))) continue;
    const name = readPackage(dir).name;
    if (name) byName.set(name, dir);
  }
  return byName;
}

/** The folders of the workspace packages the editor imports, directly or through each other. */
export function importedWorkspacePackages(): string[] {
  const all = workspacePackages();
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const [name, version] of Object.entries(readPackage(dir).dependencies ?? {})) {
      const dep = all.get(name);
      if (!version.startsWith('workspace:') || !dep || found.has(dep)) continue;
      found.add(dep);
      visit(dep);
    }
  };
  visit(editorRoot);
  return [...found].sort();
}

/**
 * The generated node modules and the folders of the node packages tandem.config.ts lists (their
 * schema entry's folder), from the generated manifest: the palette imports them.
 */
export function listedNodePackageFolders(): string[] {
  const generated = join(repoRoot, 'packages', 'plugins', 'generated');
  const manifest = JSON.parse(readFileSync(join(generated, 'nodes.generated.json'), 'utf8')) as {
    packages: Array<{ dir: string }>;
  };
  return [
    generated,
    ...manifest.packages.map(({ dir }) => {
      const folder = join(repoRoot, dir);
      const { tandem } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        tandem: { schema: string };
      };
      return dirname(join(folder, tandem.schema));
    }),
  ];
}

/** The data directory as the API resolves it when started from the repository root. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repoRoot, env.TANDEM_DATA_DIR ?? '.data');
}

/** `server.fs` for the dev server: strict, a short allow list, and a deny list that wins. */
export function devServerFiles(env: NodeJS.ProcessEnv = process.env) {
  const examples = join(repoRoot, 'examples');
  const exampleJourneys = readdirSync(examples)
    .filter((name) => name.endsWith('.journey.json'))
    .map((name) => join(examples, name));
  return {
    strict: true,
    allow: [
      join(editorRoot, 'src'),
      join(editorRoot, 'index.html'),
      ...importedWorkspacePackages().map((dir) => join(dir, 'src')),
      ...listedNodePackageFolders(),
      ...exampleJourneys,
      join(examples, 'borrowers'),
      // Third-party modules (pnpm keeps them under the root node_modules) and Vite's own client.
      join(repoRoot, 'node_modules'),
    ],
    // Deny wins over allow, and also covers files under the root the allow list would not catch.
    deny: [
      '.env',
      '.env.*',
      '*.{crt,pem,key,p12,pfx,jks,der}',
      '**/.git/**',
      '**/.data/**',
      `${dataDirectory(env)}/**`,
      '**/link-secret',
      '**/*.sqlite*',
    ],
  };
}
