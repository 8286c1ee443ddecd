import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkSecretFor } from '../portal/link-secret';
import { keptSecret } from './secret-file';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tandem-secrets-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
let counter = 0;
const make = () => `secret-${++counter}-${'x'.repeat(32)}`;

describe('a secret kept in the data directory', () => {
  it('is made once, written 0600 in a 0700 directory, and read back after that', async () => {
    const dataDir = join(root, 'data');
    const first = await keptSecret(dataDir, 'link-secret', { make });
    expect(mode(join(dataDir, 'link-secret'))).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);
    expect(readFileSync(join(dataDir, 'link-secret'), 'utf8')).toBe(`${first}\n`);
    expect(await keptSecret(dataDir, 'link-secret', { make })).toBe(first);
  });

  it('tightens a data directory and a secret file that an older version left readable', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'link-secret'), 'an-older-secret-of-more-than-32-chars\n', {
      mode: 0o644,
    });
    chmodSync(join(dataDir, 'link-secret'), 0o644);
    expect(await keptSecret(dataDir, 'link-secret', { make })).toBe(
      'an-older-secret-of-more-than-32-chars',
    );
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'link-secret'))).toBe(0o600);
  });

  it('gives two callers starting at once the same secret', async () => {
    const dataDir = join(root, 'data');
    const all = await Promise.all(
      Array.from({ length: 8 }, () => keptSecret(dataDir, 'payload-key', { make })),
    );
    expect(new Set(all).size).toBe(1);
  });

  it('refuses a kept value that is not valid, and a name that is a path', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'link-secret'), 'short\n');
    await expect(linkSecretFor(undefined, dataDir)).rejects.toThrow(/not hold a valid secret/);
    await expect(keptSecret(dataDir, '../escape', { make })).rejects.toThrow(/plain file name/);
  });

  it('the portal link secret: the configured one wins; else one is kept in the data dir', async () => {
    expect(await linkSecretFor('c'.repeat(40), join(root, 'unused'))).toBe('c'.repeat(40));
    const dataDir = join(root, 'data');
    const made = await linkSecretFor(undefined, dataDir);
    expect(made.length).toBeGreaterThanOrEqual(32);
    expect(await linkSecretFor(undefined, dataDir)).toBe(made);
    expect(mode(join(dataDir, 'link-secret'))).toBe(0o600);
  });
});
