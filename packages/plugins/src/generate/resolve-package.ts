// Finds a listed node package on disk: a workspace package first (pnpm-workspace.yaml), then an
// installed one (node_modules, searched from the config's folder up), as Node would resolve it.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The folders pnpm-workspace.yaml names (`dir/*` and plain paths; the forms this repo uses). */
export function workspaceFolders(root: string): string[] {
  const file = join(root, 'pnpm-workspace.yaml');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^packages:\s*$/.test(line));
  if (start < 0) return [];
  const globs: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue; // blank lines and comments
    const item = /^\s+-\s+['"]?([^'"#]+?)['"]?\s*$/.exec(line);
    if (!item) break;
    globs.push(item[1]!);
  }
  return globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [resolve(root, glob)];
    const parent = resolve(root, glob.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => join(parent, entry.name));
  });
}

const nameOf = (dir: string): string | undefined => {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name;
};

/** The folder of package `name`, or undefined when neither the workspace nor node_modules has it. */
export function resolvePackageDir(name: string, root: string, from: string): string | undefined {
  const inWorkspace = workspaceFolders(root).find((dir) => nameOf(dir) === name);
  if (inWorkspace) return inWorkspace;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    // The real folder (pnpm links packages): one module identity, and the path Vite allows.
    if (nameOf(candidate) === name) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}
