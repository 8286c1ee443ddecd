// The `journey` command (`pnpm journey <args>`): a thin entry. Everything it prints comes from
// runCli, which tests call directly; this file only wires argv, files and the process.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCli } from './run-cli';

// `npm run journey` / `pnpm journey` run from the repository root; INIT_CWD is where the user
// typed the command, so relative file names (and the shell's globs) mean what they meant there.
const base = process.env.INIT_CWD ?? process.cwd();

// `journey schema | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

try {
  const output = await runCli(process.argv.slice(2), {
    readText: (path) => readFile(resolve(base, path), 'utf8'),
    cwd: base,
    keys: {
      // The configuration is read, and the database's modules (PGlite, drizzle) loaded, only
      // when a keys command runs: every other command's start would pay for them.
      openDatabase: async () => {
        const [{ openDatabase }, { loadConfig }] = await Promise.all([
          import('../db/client'),
          import('../config'),
        ]);
        const config = loadConfig();
        return openDatabase({
          ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : {}),
          dataDir: config.dataDir,
          holder: 'the journey CLI',
        });
      },
    },
  });
  if (output.stdout) process.stdout.write(output.stdout);
  if (output.stderr) process.stderr.write(output.stderr);
  // exitCode, not process.exit(): a piped stdout may still be flushing.
  process.exitCode = output.exitCode;
} catch (error) {
  process.stderr.write(
    `journey: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
