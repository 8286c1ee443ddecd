// PGlite is a database in a folder, with no server to arbitrate: two processes opening the same
// folder would both write and corrupt it (PGlite itself does not stop them). So whoever opens it
// holds a lock file beside it naming the process, and a second opener is told who has it.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  /** What holds it: "the Tandem server", "the journey CLI". */
  holder: string;
  since: string;
}

/** The folder is held by another live process. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly by: LockHolder,
  ) {
    super(
      `the PGlite database beside ${lockFile} is in use by ${by.holder} (pid ${by.pid}, since ${by.since})`,
    );
    this.name = 'DatabaseLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, holder: String(parsed.holder), since: String(parsed.since) }
      : null;
  } catch {
    return null; // gone, or half-written by a process that died: stale
  }
}

/**
 * Takes the lock of the PGlite folder under `dataDir`, or throws DatabaseLockedError naming the
 * live process that has it. A lock left by a process that died is taken over.
 * @example const release = lockPglite('.data', 'the Tandem server'); … release();
 */
export function lockPglite(dataDir: string, holder: string): () => void {
  const file = join(dataDir, 'pglite.lock');
  const mine: LockHolder = { pid: process.pid, holder, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return () => {
        if (readHolder(file)?.pid === process.pid) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(file);
      if (current && current.pid !== process.pid && alive(current.pid)) {
        throw new DatabaseLockedError(file, current);
      }
      unlinkSync(file);
    }
  }
  throw new Error(`could not take the PGlite lock ${file}`);
}
