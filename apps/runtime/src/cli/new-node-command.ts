// `journey new-node <name> [--activity]`: scaffolds a custom node package (see
// @tandem/plugins' scaffold) and says what to do next.
import { relative, resolve } from 'node:path';
import { repoRoot } from '@tandem/plugins/generate';
import { scaffoldNodePackage, ScaffoldError } from '@tandem/plugins/scaffold';
import type { CliCommand } from './args';
import { done, invalid, type CommandOutput } from './command-output';

export function runNewNode(
  command: Extract<CliCommand, { kind: 'new-node' }>,
  cwd: string,
): CommandOutput {
  try {
    const { dir, names, files } = scaffoldNodePackage({
      name: command.name,
      activity: command.activity,
      root: repoRoot,
      ...(command.scope ? { scope: command.scope } : {}),
      ...(command.dir ? { dir: resolve(cwd, command.dir) } : {}),
    });
    const where = relative(repoRoot, dir) || '.';
    return done(
      [
        `wrote ${names.packageName} (node type ${names.type}) in ${where}:`,
        ...files.map((file) => `  ${file}`),
        '',
        'next:',
        '  npx -y pnpm@10.34.8 install            links the new workspace package',
        `  npx vitest run --root ${where}   its conformance test`,
        `  add '${names.packageName}' to nodes in tandem.config.ts, then npm run dev`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    if (error instanceof ScaffoldError) return invalid(`journey new-node: ${error.message}\n`);
    throw error;
  }
}
