// Secrets a development server makes for itself (the portal link secret; the payload keys of the
// Temporal codec) live in files in the data directory, which no web server serves (see
// web-app/asset-manifest.ts and the dev server's fs rules in apps/editor/vite.config.ts).
import { chmod, lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Owner-only: a secret file, and the data directory that holds it. */
export const secretFileMode = 0o600;
export const secretDirMode = 0o700;

/**
 * Creates the data directory owner-only (0700), and tightens it when an older version left it
 * readable by others: it holds the database files as well as the secrets.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: secretDirMode });
  const stat = await lstat(dir);
  if (!stat.isDirectory()) throw new Error(`${dir} is not a directory`);
  if ((stat.mode & 0o777) !== secretDirMode) await chmod(dir, secretDirMode);
}

export interface KeptSecretOptions {
  /** Makes a new secret the first time (e.g. `randomBytes(32).toString('base64url')`). */
  make: () => string;
  /** A kept value that fails this is refused (someone edited the file), not silently replaced. */
  isValid?: (value: string) => boolean;
}

/**
 * A secret kept in `dataDir/name`: read when it exists, else made once and written `0600` (in a
 * `0700` directory). Two processes starting at once agree on one secret: the file is created
 * exclusively, and the loser reads the winner's.
 * @example const secret = await keptSecret('.data', 'link-secret', { make: () => randomBytes(32).toString('base64url') });
 */
export async function keptSecret(
  dataDir: string,
  name: string,
  options: KeptSecretOptions,
): Promise<string> {
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
    throw new Error(`a secret file's name is a plain file name, not "${name}"`);
  }
  await ensurePrivateDir(dataDir);
  const file = join(dataDir, name);
  const made = options.make();
  try {
    await writeFile(file, `${made}\n`, { mode: secretFileMode, flag: 'wx' });
    return made;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await lstat(file);
  if (!stat.isFile()) throw new Error(`${file} is not a regular file`);
  if ((stat.mode & 0o777) !== secretFileMode) await chmod(file, secretFileMode);
  const kept = (await readFile(file, 'utf8')).trim();
  if (options.isValid && !options.isValid(kept)) {
    throw new Error(`${file} does not hold a valid secret: remove it to make a new one`);
  }
  return kept;
}
