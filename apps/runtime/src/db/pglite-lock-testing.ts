// For tests: another process holding a PGlite folder's lock, as a running server does.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const lockModule = fileURLToPath(new URL('./pglite-lock.ts', import.meta.url));

/** Starts a process that takes the lock of `dir` and keeps it until killed. */
export async function holdLockElsewhere(dir: string, holder = 'the Tandem server') {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { lockPglite } from ${JSON.stringify(lockModule)};
       lockPglite(${JSON.stringify(dir)}, ${JSON.stringify(holder)});
       console.log('locked');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  return child;
}
