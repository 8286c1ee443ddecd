import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { workerProcessCommand } from './worker-process-command';

const dir = mkdtempSync(join(tmpdir(), 'worker-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Stands in for worker-main.ts: allocates young garbage in the main thread and in a worker thread
// (where Temporal runs the workflows) and prints how large each new space grew, with the malloc
// setting it started with.
const churn = join(dir, 'churn.cjs');
writeFileSync(
  churn,
  `const v8 = require('node:v8');
const { isMainThread, parentPort } = require('node:worker_threads');
let largest = 0;
let keep = [];
for (let i = 0; i < 2e6; i++) {
  keep.push({ i, list: [i] });
  if (keep.length > 2e5) keep = [];
  if (i % 5e4 === 0) {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    largest = Math.max(largest, young.space_size);
  }
}
if (isMainThread) module.exports = largest;
else parentPort.postMessage(largest);
`,
);
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
const mainThread = createRequire(import.meta.url)(${JSON.stringify(churn)});
const workerThread = await new Promise((resolve, reject) => {
  const worker = new Worker(${JSON.stringify(churn)});
  worker.once('message', resolve);
  worker.once('error', reject);
});
console.log(JSON.stringify({ mainThread, workerThread, arenas: process.env.MALLOC_ARENA_MAX ?? null }));
`,
);

async function run(env: NodeJS.ProcessEnv) {
  const { command, args, env: processEnv } = workerProcessCommand(env, probe);
  const { stdout } = await promisify(execFile)(command, args, { env: processEnv });
  return JSON.parse(stdout) as { mainThread: number; workerThread: number; arenas: string | null };
}

const MiB = 1024 ** 2;
const { NODE_OPTIONS: _, MALLOC_ARENA_MAX: __, ...baseEnv } = process.env;

describe('workerProcessCommand', () => {
  it('caps the young generation of every isolate and the malloc arenas by default', async () => {
    const started = await run(baseEnv);
    // Two semi-spaces of 8 MiB; Node's default lets each grow to 16 MiB (32 MiB in all).
    expect(started.mainThread).toBeLessThanOrEqual(16 * MiB);
    expect(started.workerThread).toBeLessThanOrEqual(16 * MiB);
    expect(started.arenas).toBe('2');
  }, 60_000);

  it("lets the operator's environment override each default", async () => {
    const started = await run({
      ...baseEnv,
      MALLOC_ARENA_MAX: '4',
      NODE_OPTIONS: '--max-semi-space-size=16',
    });
    expect(started.mainThread).toBeGreaterThan(16 * MiB);
    expect(started.workerThread).toBeGreaterThan(16 * MiB);
    expect(started.arenas).toBe('4');
  }, 60_000);
});
