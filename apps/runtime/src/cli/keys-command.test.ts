import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { holdLockElsewhere } from '../db/pglite-lock-testing';
import { auditEvents } from '../db/schema';
import { runCli } from './run-cli';

describe('journey keys, on a PGlite folder as the server uses it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-cli-keys-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...argv: string[]) =>
    runCli(['keys', ...argv], {
      readText: () => Promise.reject(new Error('no files')),
      keys: { openDatabase: () => openDatabase({ dataDir: dir, holder: 'the journey CLI' }) },
    });

  it('makes the first keys, showing each secret once', async () => {
    const admin = await run('create', '--name', 'Operator', '--role', 'admin');
    expect(admin).toMatchObject({ exitCode: 0, stderr: '' });
    expect(admin.stdout).toMatch(
      /^Made key [0-9a-f-]{36}: "Operator", role admin, expires never\.\n/,
    );
    expect(admin.stdout).toMatch(/\n\n {2}tdm_[\w-]{32}\n\n$/);
    const ana = await run(
      'create',
      '--name',
      'Ana',
      '--role',
      'designer',
      '--expires',
      '2099-01-01T00:00:00Z',
      '--json',
    );
    const made = JSON.parse(ana.stdout) as {
      key: { name: string; expiresAt: string; createdBy: string };
      secret: string;
    };
    expect(made.key).toMatchObject({ name: 'Ana', expiresAt: '2099-01-01T00:00:00.000Z' });
    expect(made.key.createdBy).toMatch(/^cli \(.+\)$/);

    const list = await run('list');
    expect(list.exitCode).toBe(0);
    expect(list.stdout).toContain('Operator');
    expect(list.stdout).toContain('Ana');
    expect(list.stdout).not.toContain(made.secret);
    expect(list.stdout).toContain(`${made.secret.slice(0, 12)}…`);
  });

  it('revokes a key, but never the last working admin one; and records it all as the CLI', async () => {
    const keys = JSON.parse((await run('list', '--json')).stdout) as Array<{
      id: string;
      name: string;
    }>;
    const ana = keys.find((k) => k.name === 'Ana')!;
    const operator = keys.find((k) => k.name === 'Operator')!;
    expect(await run('revoke', ana.id)).toMatchObject({ exitCode: 0 });
    expect(await run('revoke', ana.id)).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining('revoked already') as string,
    });
    const last = await run('revoke', operator.id);
    expect(last).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining('last working admin key') as string,
    });

    // The CLI gave the folder's lock back; the server (as openDatabase defaults to) takes it.
    const lockFile = join(dir, 'pglite.lock');
    expect(existsSync(lockFile)).toBe(false);
    const database = await openDatabase({ dataDir: dir });
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'the Tandem server',
    });
    const entries = await database.db.select().from(auditEvents);
    await database.close();
    expect(existsSync(lockFile)).toBe(false);
    expect(entries.map((e) => [e.action, e.via])).toEqual([
      ['key.created', 'cli'],
      ['key.created', 'cli'],
      ['key.revoked', 'cli'],
    ]);
  });

  it('says clearly that the server holds the database, and touches nothing', async () => {
    const server = await holdLockElsewhere(dir);
    try {
      const output = await run('create', '--name', 'Bao', '--role', 'agent');
      expect(output.exitCode).toBe(1);
      expect(output.stdout).toBe('');
      expect(output.stderr).toContain(`the Tandem server (pid ${server.pid}`);
      expect(output.stderr).toContain('holds the PGlite database');
      expect(output.stderr).toContain('POST /v1/keys');
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('names what is wrong with the command line', async () => {
    for (const [argv, message] of [
      [['create', '--role', 'agent'], '--name'],
      [['create', '--name', 'A\u0007', '--role', 'agent'], '--name'],
      [['create', '--name', 'Bao', '--role', 'root'], '--role must be one of'],
      [['create', '--name', 'Bao', '--role', 'agent', '--expires', 'soon'], '--expires'],
      [['revoke'], 'by its id'],
      [['rename'], 'unknown keys command'],
    ] as const) {
      const output = await run(...argv);
      expect(output.exitCode, argv.join(' ')).toBe(2);
      expect(output.stderr, argv.join(' ')).toContain(message);
      expect(output.stderr).toContain('usage: journey keys');
    }
  });
});
