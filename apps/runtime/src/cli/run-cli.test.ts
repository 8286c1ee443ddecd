import { journeyJsonSchema, personaNames, validateJourney, type JourneyInput } from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import { describe, expect, it } from 'vitest';
import { invalidJourney, lanBorrowerFile, memoryFiles, validJourney } from './journey-fixture';
import { runCli } from './run-cli';
import { displayWidth } from './text-layout';

const withOrphan = (): JourneyInput => {
  const journey = validJourney();
  return { ...journey, nodes: [...journey.nodes, { id: 'orphan', type: 'end' }] };
};

const files = memoryFiles({
  'ok.json': validJourney(),
  'vi.json': validJourney({ defaultLocale: 'vi' }),
  'bad.json': invalidJourney(),
  'warn.json': withOrphan(),
  'broken.json': '{\n  "dsl": "journey/v1",\n  "id": tru\n}\n',
  'lan.json': lanBorrowerFile,
  'bad-borrower.json': {
    borrower: { ...lanBorrowerFile.borrower, timezone: 'Mars/Base' },
    account: { currency: 'VND' },
  },
  'settle.json': [{ after: 'PT1H', type: 'payment.settled' }],
  'bad-script.json': [{ after: 'soon', type: 'payment.settled' }],
});
const run = (...argv: string[]) => runCli(argv, { readText: files });

describe('runCli: help and usage', () => {
  it('prints help on stdout with exit 0', async () => {
    const output = await run('--help');
    expect(output).toMatchObject({ exitCode: 0, stderr: '' });
    expect(output.stdout).toContain('usage: journey <command>');
  });

  it('prints usage on stderr with exit 2 when no command is given', async () => {
    expect(await run()).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringContaining('no command given') as string,
    });
  });

  it('shows the command’s synopsis after a usage error', async () => {
    const output = await run('validate');
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toContain('usage: journey validate <file...> [--json]');
    expect(output.stderr).toContain('journey help validate');
  });
});

describe('runCli validate', () => {
  it('passes a valid journey with exit 0', async () => {
    const output = await run('validate', 'ok.json');
    expect(output.exitCode).toBe(0);
    expect(output.stdout.split('\n')[0]).toBe('✓ ok.json');
  });

  it('shows warnings without failing', async () => {
    const output = await run('validate', 'warn.json');
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain(
      '✓ warn.json\n  warning  UNREACHABLE_NODE  node "orphan" at nodes[5]',
    );
  });

  it('fails with exit 1 when any file is invalid, and still checks the others', async () => {
    const output = await run('validate', 'ok.json', 'bad.json', 'missing.json');
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toContain('✓ ok.json');
    expect(output.stdout).toContain('✗ bad.json');
    expect(output.stdout).toContain(
      '  error    DANGLING_TARGET  node "hello" port "sent" at nodes[0].next.sent',
    );
    expect(output.stdout).toContain('✗ missing.json\n  error    FILE_UNREADABLE  file not found');
  });

  it('prints exactly [{ file, ok, problems }] with --json, problems as validateJourney returns them', async () => {
    const output = await run('validate', '--json', 'ok.json', 'bad.json', 'broken.json');
    expect(output.exitCode).toBe(1);
    const parsed = JSON.parse(output.stdout) as unknown;
    expect(parsed).toEqual([
      { file: 'ok.json', ok: true, problems: [] },
      {
        file: 'bad.json',
        ok: false,
        problems: validateJourney(invalidJourney(), runtimeCatalogue).problems,
      },
      {
        file: 'broken.json',
        ok: false,
        problems: [
          {
            code: 'INVALID_JSON',
            severity: 'error',
            message: 'not valid JSON at line 3, column 9: expected a value but found "t"',
            path: [],
            line: 3,
            column: 9,
          },
        ],
      },
    ]);
  });

  it('locates the invalid journey’s problems', async () => {
    const [, bad] = JSON.parse(
      (await run('validate', '--json', 'ok.json', 'bad.json')).stdout,
    ) as Array<{
      problems: Array<{ code: string; nodeId?: string; port?: string; path: unknown[] }>;
    }>;
    const errors = bad?.problems.map(({ code, nodeId, port, path }) => ({
      code,
      nodeId,
      port,
      path,
    }));
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          code: 'DANGLING_TARGET',
          nodeId: 'hello',
          port: 'sent',
          path: ['nodes', 0, 'next', 'sent'],
        },
        { code: 'UNCONNECTED_PORT', nodeId: 'ptp', port: 'broken', path: ['nodes', 2, 'next'] },
        expect.objectContaining({ code: 'MISSING_LOCALE', nodeId: 'hello' }),
      ]),
    );
  });
});

describe('runCli simulate', () => {
  it('prints the same timeline on every run (a fixed start, not the clock)', async () => {
    const first = await run('simulate', 'ok.json', '--persona', 'promisesAndKeeps');
    const second = await run('simulate', 'ok.json', '--persona', 'promisesAndKeeps');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('Start     2026-03-02 09:00 UTC, for 30 days');
    expect(first.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Outcome: paid · 3 messages sent/);
  });

  it('keeps every line within 120 columns', async () => {
    const { stdout } = await run('simulate', 'vi.json', '--persona', 'promisesAndBreaks');
    for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(120);
  });

  it('prints { outcome, timeline } with --json', async () => {
    const output = await run('simulate', 'ok.json', '--persona', 'silent', '--json');
    const parsed = JSON.parse(output.stdout) as {
      outcome: string;
      timeline: Array<Record<string, unknown>>;
    };
    expect(Object.keys(parsed)).toEqual(['outcome', 'timeline']);
    expect(parsed.outcome).toBe('unresolved');
    expect(parsed.timeline.filter((e) => e.kind === 'sent').map((e) => e.nodeId)).toEqual([
      'hello',
      'ptp',
    ]);
  });

  it('simulates a borrower who speaks the journey’s default language', async () => {
    const { stdout } = await run('simulate', 'vi.json', '--persona', 'silent', '--json');
    const sent = (
      JSON.parse(stdout) as { timeline: Array<{ kind: string; locale?: string; text?: string }> }
    ).timeline.filter((e) => e.kind === 'sent');
    expect(sent.map((e) => e.locale)).toEqual(['vi', 'vi']);
    expect(sent[0]?.text).toMatch(/^Chào Lan, khoản 2\.500\.000\s₫/);
  });

  it('uses the --borrower file, in the borrower’s time zone', async () => {
    const { stdout, exitCode } = await run(
      'simulate',
      'ok.json',
      '--persona',
      'silent',
      '--borrower',
      'lan.json',
      '--json',
    );
    expect(exitCode).toBe(0);
    const first = (
      JSON.parse(stdout) as {
        timeline: Array<{ kind: string; at: string; localTime: string; text?: string }>;
      }
    ).timeline.find((e) => e.kind === 'sent');
    expect(first?.text).toContain('Chào Lan');
    expect(first).toMatchObject({
      at: '2026-03-02T09:00:00.000Z',
      localTime: '2026-03-02 16:00 (Mon)',
    });
  });

  it('stops at the horizon and says where the journey waits', async () => {
    const { stdout } = await run('simulate', 'ok.json', '--persona', 'silent', '--days', '1');
    expect(stdout).toContain('Outcome: none: still running after 1 day at node "wait-2d"');
  });

  it('follows a script:<file> persona', async () => {
    const { stdout, exitCode } = await run(
      'simulate',
      'ok.json',
      '--persona',
      'script:settle.json',
      '--json',
    );
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout) as {
      outcome: string;
      timeline: Array<{ kind: string; event?: string; at: string }>;
    };
    expect(parsed.timeline.find((e) => e.kind === 'event')).toMatchObject({
      event: 'payment.settled',
      at: '2026-03-02T10:00:00.000Z',
    });
    expect(parsed.outcome).toContain('payment.settled');
  });

  it('sends warnings to stderr and keeps --json stdout clean', async () => {
    const output = await run('simulate', 'warn.json', '--persona', 'silent', '--json');
    expect(output.exitCode).toBe(0);
    expect(output.stderr).toContain('warnings in warn.json:\n  warning  UNREACHABLE_NODE');
    expect(() => JSON.parse(output.stdout) as unknown).not.toThrow();
  });

  it.each([
    [['bad.json', '--persona', 'silent'], 'DANGLING_TARGET'],
    [['broken.json', '--persona', 'silent'], 'line 3, column 9'],
    [
      ['missing.json', '--persona', 'silent'],
      'missing.json: cannot use the journey: file not found',
    ],
    [
      ['ok.json', '--persona', 'silent', '--borrower', 'bad-borrower.json'],
      'borrower.timezone: unknown time zone "Mars/Base"',
    ],
    [
      ['ok.json', '--persona', 'silent', '--borrower', 'nope.json'],
      'nope.json: cannot use the borrower file: file not found',
    ],
    [['ok.json', '--persona', 'script:bad-script.json'], '[0].after: use an ISO 8601 duration'],
    [['ok.json', '--persona', 'script:nope.json'], 'cannot use the event script: file not found'],
  ])('exits 1 for invalid input %j', async (args, message) => {
    const output = await run('simulate', ...args);
    expect(output).toMatchObject({ exitCode: 1, stdout: '' });
    expect(output.stderr).toContain(message);
  });

  it('exits 2 listing the personas for an unknown one', async () => {
    const output = await run('simulate', 'ok.json', '--persona', 'grumpy');
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toContain(personaNames.join(', '));
  });
});

describe('runCli simulate --population', () => {
  it('summarises n borrowers by outcome and persona, the same on one thread as on two', async () => {
    const args = ['simulate', 'ok.json', '--borrower', 'lan.json', '--population', '48'];
    const two = await run(...args, '--threads', '2', '--json');
    const one = await run(...args, '--threads', '1', '--json');
    expect(two.exitCode).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/^simulated 48 borrowers × 30 days in [\d.]+ s on 2 thread\(s\)\n$/);
    const summary = JSON.parse(two.stdout) as {
      count: number;
      outcomes: Record<string, number>;
      byPersona: Record<string, { count: number }>;
    };
    expect(summary.count).toBe(48);
    expect(Object.values(summary.outcomes).reduce((a, b) => a + b, 0)).toBe(48);
    expect(Object.keys(summary.byPersona)).toEqual(personaNames);
    expect(Object.values(summary.byPersona).every((p) => p.count === 6)).toBe(true);
  }, 60_000);

  it('prints outcome shares as a table, one persona when named', async () => {
    const output = await run(
      'simulate',
      'ok.json',
      '--population',
      '5',
      '--persona',
      'silent',
      '--threads',
      '1',
    );
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain('5 simulated borrowers');
    expect(output.stdout).toMatch(/^silent +5 +/m);
    expect(output.stdout).toContain('100.0 %');
  });

  it('refuses an invalid journey before starting any thread', async () => {
    const output = await run('simulate', 'bad.json', '--population', '10');
    expect(output).toMatchObject({ exitCode: 1, stdout: '' });
    expect(output.stderr).toContain('the journey is not valid');
  });
});

describe('runCli schema and personas', () => {
  it('prints the journey JSON Schema of the configured catalogue', async () => {
    const output = await run('schema');
    expect(output.exitCode).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual(journeyJsonSchema(runtimeCatalogue));
    expect(output.stdout).toContain('\n  "$id"');
  });

  it('lists every persona with its description', async () => {
    const list = JSON.parse((await run('personas', '--json')).stdout) as Array<{
      name: string;
      description: string;
    }>;
    expect(list.map((p) => p.name)).toEqual(personaNames);
    expect(list.every((p) => p.description.length > 0)).toBe(true);
    expect((await run('personas')).stdout).toMatch(/^silent +Never answers, never pays$/m);
  });
});
