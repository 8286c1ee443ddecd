import { readFile, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  bundleInputsFile,
  bundlePopulationWorker,
  freshPopulationWorkerScript,
} from './worker-script';

const recorded = async (): Promise<Record<string, number>> =>
  JSON.parse(await readFile(bundleInputsFile, 'utf8')) as Record<string, number>;

describe('the bundled population worker', () => {
  it('is one plain module a thread loads without tsx, and says it is ready', async () => {
    const script = await bundlePopulationWorker();
    expect(script.pathname).toMatch(/\.mjs$/);
    expect(Object.keys(await recorded())).toContain('src/simulation/population-worker.ts');
    const worker = new Worker(script);
    try {
      const first = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(first).toEqual({ kind: 'ready' });
    } finally {
      await worker.terminate();
    }
  }, 120_000);

  it('is rebuilt when a source is newer than what the bundle recorded', async () => {
    await bundlePopulationWorker();
    const inputs = await recorded();
    const source = 'src/simulation/run-slice.ts';
    const actual = inputs[source];
    expect(actual).toBeGreaterThan(0);
    await writeFile(bundleInputsFile, JSON.stringify({ ...inputs, [source]: 1 }));
    await bundlePopulationWorker();
    expect((await recorded())[source]).toBe(actual);
  }, 120_000);

  it('is known fresh at once, without awaiting, so a pool starts its threads before any work', async () => {
    const built = await bundlePopulationWorker();
    expect(freshPopulationWorkerScript()?.href).toBe(built.href);
  }, 120_000);
});
