import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseLockedError, lockPglite } from './pglite-lock';
import { holdLockElsewhere } from './pglite-lock-testing';

describe('the PGlite folder lock', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second process, naming the one that holds it', async () => {
    const dir = tempDir();
    const child = await holdLockElsewhere(dir);
    children.push(child);
    let refusal: unknown;
    try {
      lockPglite(dir, 'the journey CLI');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseLockedError);
    expect((refusal as DatabaseLockedError).by).toMatchObject({
      pid: child.pid,
      holder: 'the Tandem server',
    });
    expect((refusal as Error).message).toContain(`in use by the Tandem server (pid ${child.pid}`);
  });

  it('takes over a lock its holder left behind when it died', async () => {
    const dir = tempDir();
    const child = await holdLockElsewhere(dir);
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
    const release = lockPglite(dir, 'the journey CLI');
    expect(JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'the journey CLI',
    });
    release();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
  });
});
