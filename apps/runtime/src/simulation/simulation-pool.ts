import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Answer, Job } from './population-worker';
import { slices, type CaseResult, type PopulationInput } from './population';
import { runSlice } from './run-slice';
import { startTsWorker } from './ts-worker';

const workerModule = new URL('./population-worker.ts', import.meta.url);

interface Pending {
  resolve: (results: CaseResult[]) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that simulate populations: each run is cut into one contiguous slice per
 * thread and the results come back in index order, identical to a single-threaded run. The dsl
 * stays single-threaded and pure; only this binding knows about threads. With one thread it
 * runs inline and starts no worker.
 * @example
 * const pool = new SimulationPool(2);
 * const results = await pool.run(input);
 * await pool.close();
 */
export class SimulationPool {
  readonly threads: number;
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(threads = availableParallelism()) {
    this.threads = Math.max(1, Math.floor(threads));
    if (this.threads === 1) return;
    for (let i = 0; i < this.threads; i++) {
      const worker = startTsWorker(workerModule);
      worker.on('message', (answer: Answer) => this.settle(answer));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  /** Simulates the whole population; results in index order. */
  async run(input: PopulationInput): Promise<CaseResult[]> {
    if (this.workers.length === 0) return runSlice(input, { from: 0, to: input.count });
    const parts = slices(input.count, this.workers.length).map((slice, i) => {
      const id = this.nextId++;
      const job: Job = { id, input, slice };
      return new Promise<CaseResult[]>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        this.workers[i]?.postMessage(job);
      });
    });
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }

  private settle(answer: Answer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if (answer.ok) pending.resolve(answer.results);
    else pending.reject(new Error(answer.message));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/**
 * One population on a pool of `threads` started for it and closed after.
 * @example const results = await simulatePopulation(input, 2);
 */
export async function simulatePopulation(
  input: PopulationInput,
  threads = availableParallelism(),
): Promise<CaseResult[]> {
  const pool = new SimulationPool(Math.min(threads, Math.max(1, input.count)));
  try {
    return await pool.run(input);
  } finally {
    await pool.close();
  }
}
