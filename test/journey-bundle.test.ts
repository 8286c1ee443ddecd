// `npm run journey` runs one esbuild bundle of the CLI (scripts/journey-bundle.mjs): it prints
// what the TypeScript run through tsx prints, is rebuilt when a source or the install changes,
// and a command other than `keys` loads no database module. Built from this checkout.
import { execFile } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isJourneyBundleFresh, journeyCliBundle } from '../scripts/journey-bundle.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const example = join(root, 'examples', 'first-time-borrower.journey.json');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawn(command: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

let bundle = '';

beforeAll(async () => {
  bundle = (await journeyCliBundle(root)) ?? '';
}, 120_000);

/** The modules a bundle file imports statically (`import … from`), not `import()`. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"/gms)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
}

/** Every module loaded when the bundle starts: its static imports, followed through its chunks. */
function loadedAtStart(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const specifier of staticImports(file)) {
      if (seen.has(specifier)) continue;
      seen.add(specifier);
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen];
}

describe('the journey CLI bundle', { timeout: 120_000 }, () => {
  it('prints what the TypeScript entry run through tsx prints', async () => {
    const commands = [
      ['personas'],
      ['validate', '--json', example],
      ['simulate', example, '--persona', 'promisesAndBreaks', '--json'],
      ['simulate', example, '--population', '200', '--json'],
      ['simulate', example, '--persona', 'grumpy'],
    ];
    for (const args of commands) {
      const [bundled, direct] = await Promise.all([
        spawn(process.execPath, [bundle, ...args]),
        spawn(tsx, [join('apps', 'runtime', 'src', 'cli', 'journey.ts'), ...args]),
      ]);
      expect((bundled.stdout + bundled.stderr).length, args.join(' ')).toBeGreaterThan(0);
      expect({ ...bundled, stderr: bundled.stderr.replace(/ in \d+\.\d+ s /, ' ') }).toEqual({
        ...direct,
        stderr: direct.stderr.replace(/ in \d+\.\d+ s /, ' '),
      });
    }
  });

  it('loads no database, e-mail or HTTP module to start; `keys` loads the database', () => {
    const atStart = loadedAtStart(bundle);
    expect(atStart.some((m) => m.includes('/zod/'))).toBe(true);
    for (const unwanted of ['pglite', 'drizzle-orm', 'nodemailer', 'hono'])
      expect(atStart.filter((m) => m.includes(unwanted))).toEqual([]);
    const source = readFileSync(bundle, 'utf8');
    const keysChunk = /import\("(\.\/journey-cli-chunks\/keys-command-[^"]+)"\)/.exec(source)?.[1];
    expect(keysChunk).toBeDefined();
    const keysLoads = loadedAtStart(resolve(dirname(bundle), keysChunk ?? ''));
    expect(keysLoads.some((m) => m.includes('drizzle-orm'))).toBe(true);
  });

  it('is stale when one of its sources or the install changes, fresh once rebuilt', async () => {
    expect(isJourneyBundleFresh(root)).toBe(true);
    for (const file of [
      join(root, 'apps', 'runtime', 'src', 'cli', 'help.ts'),
      join(root, 'packages', 'dsl', 'src', 'index.ts'),
      join(root, 'node_modules', '.pnpm', 'lock.yaml'),
    ]) {
      const { atime, mtime } = statSync(file);
      try {
        utimesSync(file, atime, new Date(mtime.getTime() + 5_000));
        expect(isJourneyBundleFresh(root), file).toBe(false);
      } finally {
        // Back to the second it had (a Date drops the sub-millisecond part, so still stale).
        utimesSync(file, atime, mtime);
      }
    }
    expect(await journeyCliBundle(root)).toBe(bundle);
    expect(isJourneyBundleFresh(root)).toBe(true);
  });

  it('is not used for another TANDEM_CONFIG, whose generated modules load at run time', async () => {
    expect(await journeyCliBundle(root, join(root, 'elsewhere', 'tandem.config.ts'))).toBe(
      undefined,
    );
  });
});
