// End-to-end: the real `journey` entry spawned through tsx, as `pnpm journey` runs it under another
// TANDEM_CONFIG (otherwise it runs a bundle of the same code: test/journey-bundle.test.ts). Few and
// concurrent, since each spawn costs about a second; run-cli.test.ts covers the cases in-process.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidJourney, lanBorrowerFile, validJourney } from './journey-fixture';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const entry = join('apps', 'runtime', 'src', 'cli', 'journey.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function journeyIn(env: NodeJS.ProcessEnv, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      [entry, ...args],
      { cwd: root, env, timeout: 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const journey = (...args: string[]) => journeyIn(process.env, args);

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-cli-'));
  await writeFile(file('ok.journey.json'), JSON.stringify(validJourney(), null, 2));
  await writeFile(file('bad.journey.json'), JSON.stringify(invalidJourney(), null, 2));
  await writeFile(file('not-json.journey.json'), '{\n  "dsl": "journey/v1",\n  "nodes": [,]\n}\n');
  await writeFile(
    file('bad-borrower.json'),
    JSON.stringify({
      ...lanBorrowerFile,
      account: { ...lanBorrowerFile.account, currency: 'dong' },
    }),
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('journey (spawned)', { timeout: 90_000 }, () => {
  it.concurrent('validates a valid journey (and any example journeys) with exit 0', async () => {
    const examples = existsSync(join(root, 'examples'))
      ? readdirSync(join(root, 'examples'))
          .filter((name) => name.endsWith('.journey.json'))
          .map((name) => join(root, 'examples', name))
      : [];
    const { code, stdout } = await journey(
      'validate',
      '--json',
      file('ok.journey.json'),
      ...examples,
    );
    const results = JSON.parse(stdout) as Array<{ file: string; ok: boolean; problems: unknown[] }>;
    expect(results.map((r) => [r.file, r.ok])).toEqual(
      [file('ok.journey.json'), ...examples].map((f) => [f, true]),
    );
    expect(code).toBe(0);
  });

  it.concurrent(
    'exits 1 for an invalid journey and a non-JSON file, with located problems',
    async () => {
      const { code, stdout } = await journey(
        'validate',
        file('bad.journey.json'),
        file('not-json.journey.json'),
        '--json',
      );
      expect(code).toBe(1);
      const [bad, notJson] = JSON.parse(stdout) as Array<{
        ok: boolean;
        problems: Array<{
          code: string;
          nodeId?: string;
          path: unknown[];
          line?: number;
          column?: number;
        }>;
      }>;
      expect(bad?.ok).toBe(false);
      expect(bad?.problems).toContainEqual(
        expect.objectContaining({
          code: 'DANGLING_TARGET',
          nodeId: 'hello',
          path: ['nodes', 0, 'next', 'sent'],
        }),
      );
      expect(notJson).toMatchObject({
        ok: false,
        problems: [{ code: 'INVALID_JSON', line: 3, column: 13 }],
      });
    },
  );

  it.concurrent('simulates with --json and exit 0, reading files from INIT_CWD', async () => {
    // npm and pnpm run the script from the repository root and say in INIT_CWD where the user was.
    const { code, stdout } = await journeyIn({ ...process.env, INIT_CWD: dir }, [
      'simulate',
      'ok.journey.json',
      '--persona',
      'promisesAndKeeps',
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { outcome: string; timeline: Array<{ kind: string }> };
    expect(result.outcome).toBe('paid');
    expect(result.timeline.filter((e) => e.kind === 'sent')).toHaveLength(3);
  });

  it.concurrent('exits 1 for a bad borrower file, naming the field', async () => {
    const { code, stdout, stderr } = await journey(
      'simulate',
      file('ok.journey.json'),
      '--persona',
      'silent',
      '--borrower',
      file('bad-borrower.json'),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('account.currency:');
  });

  it.concurrent('exits 2 for an unknown persona, and for no command', async () => {
    const [unknown, none] = await Promise.all([
      journey('simulate', file('ok.journey.json'), '--persona', 'grumpy'),
      journey(),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown persona "grumpy"');
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('usage: journey <command>');
  });
});
