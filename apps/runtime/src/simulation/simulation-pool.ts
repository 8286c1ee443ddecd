import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { CompiledJourney } from '@tandem/dsl';
import type { FromWorker, ToWorker } from './population-worker';
import {
  chunks,
  unpackResults,
  type CaseResult,
  type PopulationInput,
  type Slice,
} from './population';
import { compilePopulationJourney, runSlice } from './run-slice';
import { startTsWorker } from './ts-worker';
import { populationWorkerScript } from './worker-script';

const workerModule = new URL('./population-worker.ts', import.meta.url);

export interface SimulationPoolOptions {
  /** Borrowers per chunk handed to a thread (default: about 8 chunks per thread, 25–500). */
  chunkSize?: number;
  /**
   * While threads are still loading their modules, the calling thread simulates chunks itself
   * (default true): a one-off population does not wait idle for thread start. Turn it off where
   * the calling thread must stay responsive (a server).
   */
  callerHelpsWhileStarting?: boolean;
}

interface PoolWorker {
  /** Undefined until the thread's script is ready (worker-script.ts). */
  worker?: Worker;
  ready: boolean;
  busy: boolean;
  dead: boolean;
  /** The run whose population this thread holds. */
  run: number;
}

interface ActiveRun {
  run: number;
  input: PopulationInput;
  queue: { index: number; slice: Slice }[];
  results: CaseResult[][];
  remaining: number;
  settled: boolean;
  resolve: (results: CaseResult[]) => void;
  reject: (error: Error) => void;
  /** The journey compiled in the calling thread, when it helped. */
  journey?: CompiledJourney;
}

/**
 * Worker threads that simulate populations. Threads start once and stay warm between runs; a run
 * sends its population to each thread once, then hands out chunks to whichever thread is free,
 * and the results come back packed and are put back in index order: identical to a
 * single-threaded run. The dsl stays single-threaded and pure; only this binding knows about
 * threads. With one thread it runs inline and starts no worker.
 * @example
 * const pool = new SimulationPool(2);
 * const results = await pool.run(input);
 * await pool.close();
 */
export class SimulationPool {
  readonly threads: number;
  private readonly workers: PoolWorker[] = [];
  private readonly chunkOf = new Map<number, { run: number; index: number; worker: PoolWorker }>();
  private active: ActiveRun | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private nextRun = 1;
  private nextChunk = 1;
  private started: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    threads = availableParallelism(),
    private readonly options: SimulationPoolOptions = {},
  ) {
    this.threads = Math.max(1, Math.floor(threads));
    if (this.threads === 1) return;
    for (let i = 0; i < this.threads; i++)
      this.workers.push({ ready: false, busy: false, dead: false, run: 0 });
    this.started = populationWorkerScript().then((script) => {
      if (this.closed) return;
      for (const entry of this.workers) {
        const worker = script ? new Worker(script) : startTsWorker(workerModule);
        worker.on('message', (message: FromWorker) => this.onMessage(entry, message));
        worker.on('error', (error) => this.onCrash(entry, error));
        entry.worker = worker;
      }
    });
  }

  /** Simulates the whole population; results in index order. Runs queue one after another. */
  run(input: PopulationInput): Promise<CaseResult[]> {
    const next = this.tail.then(() => this.runNow(input));
    this.tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fail(new Error('the simulation pool was closed'));
    await this.started;
    await Promise.all(
      this.workers.flatMap((entry) => (entry.worker ? [entry.worker.terminate()] : [])),
    );
    this.workers.length = 0;
  }

  private runNow(input: PopulationInput): Promise<CaseResult[]> {
    if (this.closed) return Promise.reject(new Error('the simulation pool was closed'));
    if (this.workers.every((entry) => entry.dead))
      return Promise.resolve(runSlice(input, { from: 0, to: input.count }));
    if (input.count <= 0) return Promise.resolve([]);
    const size =
      this.options.chunkSize ??
      Math.min(500, Math.max(25, Math.ceil(input.count / (this.workers.length * 8))));
    const queue = chunks(input.count, size).map((slice, index) => ({ index, slice }));
    return new Promise<CaseResult[]>((resolve, reject) => {
      const run: ActiveRun = {
        run: this.nextRun++,
        input,
        queue,
        results: new Array<CaseResult[]>(queue.length),
        remaining: queue.length,
        settled: false,
        resolve,
        reject,
      };
      this.active = run;
      this.dispatch();
      if (this.options.callerHelpsWhileStarting ?? true) void this.helpWhileStarting(run);
    });
  }

  /** Gives every ready, idle thread the next chunk of the active run. */
  private dispatch(): void {
    const run = this.active;
    if (!run || run.settled) return;
    for (const entry of this.workers) {
      if (run.queue.length === 0) return;
      if (!entry.worker || !entry.ready || entry.busy || entry.dead) continue;
      const chunk = run.queue.shift();
      if (!chunk) return;
      if (entry.run !== run.run) {
        entry.run = run.run;
        entry.worker.postMessage({
          kind: 'run',
          run: run.run,
          input: run.input,
        } satisfies ToWorker);
      }
      const id = this.nextChunk++;
      this.chunkOf.set(id, { run: run.run, index: chunk.index, worker: entry });
      entry.busy = true;
      entry.worker.postMessage({
        kind: 'chunk',
        run: run.run,
        id,
        slice: chunk.slice,
      } satisfies ToWorker);
    }
  }

  /** The calling thread takes chunks while some thread is still starting. */
  private async helpWhileStarting(run: ActiveRun): Promise<void> {
    while (!run.settled && run.queue.length > 0 && this.workers.some((e) => !e.ready && !e.dead)) {
      const chunk = run.queue.shift();
      if (!chunk) return;
      try {
        run.journey ??= compilePopulationJourney(run.input.journey);
        this.complete(run, chunk.index, runSlice(run.input, chunk.slice, run.journey));
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      // Lets the threads' messages (ready, results) in between chunks.
      await nextTurn();
    }
  }

  private onMessage(entry: PoolWorker, message: FromWorker): void {
    if (message.kind === 'ready') {
      entry.ready = true;
      this.dispatch();
      return;
    }
    const chunk = this.chunkOf.get(message.id);
    this.chunkOf.delete(message.id);
    entry.busy = false;
    const run = this.active;
    if (chunk && run && chunk.run === run.run && !run.settled) {
      if (message.kind === 'failed') this.fail(new Error(message.message));
      else this.complete(run, chunk.index, unpackResults(message.results));
    }
    this.dispatch();
  }

  private complete(run: ActiveRun, index: number, results: CaseResult[]): void {
    if (run.settled) return;
    run.results[index] = results;
    run.remaining -= 1;
    if (run.remaining > 0) return;
    run.settled = true;
    this.endRun(run);
    run.resolve(run.results.flat());
  }

  private fail(error: Error): void {
    const run = this.active;
    if (!run || run.settled) return;
    run.settled = true;
    run.queue.length = 0;
    this.endRun(run);
    run.reject(error);
  }

  private endRun(run: ActiveRun): void {
    if (this.active === run) this.active = undefined;
    for (const entry of this.workers) {
      if (entry.run !== run.run || entry.dead) continue;
      entry.run = 0;
      entry.worker?.postMessage({ kind: 'end', run: run.run } satisfies ToWorker);
    }
  }

  /** A thread that died fails the run it was part of; the others carry on with later runs. */
  private onCrash(entry: PoolWorker, error: Error): void {
    entry.dead = true;
    entry.busy = false;
    this.fail(error);
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
