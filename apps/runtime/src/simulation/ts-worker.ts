import { Worker } from 'node:worker_threads';

const boot = new URL('./boot.mjs', import.meta.url);

/**
 * A worker thread running a TypeScript module (through boot.mjs, which registers tsx there).
 * @example const worker = startTsWorker(new URL('./population-worker.ts', import.meta.url));
 */
export function startTsWorker(module: URL): Worker {
  return new Worker(boot, { workerData: { module: module.href } });
}
