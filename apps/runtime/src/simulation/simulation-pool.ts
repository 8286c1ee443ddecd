import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { CompiledJourney } from '@tandem/dsl';
import type { FromWorker, ToWorker } from './population-worker';
import { unpackResults, type CaseResult, type PopulationInput, type Slice } from './population';
import { compilePopulationJourney, runSlice } from './run-slice';
import { startTsWorker } from './ts-worker';
import { overridingConfig } from '../plugins/generated-modules';
import { freshPopulationWorkerScript, populationWorkerScript } from './worker-script';

const workerModule = new URL('./population-worker.ts', import.meta.url);

export interface SimulationPoolOptions {
  /**
   * Borrowers per chunk handed to a thread. Default: guided, a quarter of what is left per
   * thread (25–500), so chunks shrink towards the end and the threads finish together.
   */
  chunkSize?: number;
  /**
   * While threads are still loading their modules, the calling thread simulates chunks itself
   * (default true): a one-off population does not wait idle for thread start. Turn it off where
   * the calling thread must stay responsive (a server).
   */
  callerHelpsWhileStarting?: boolean;
  /**
   * The calling thread is one of the `threads`: it takes chunks for the whole run, and the pool
   * starts `threads - 1` workers (default false). For a one-off population on a machine with
   * few cores: one thread start and one JIT warm-up fewer, and the caller, whose modules are
   * already loaded, works from the first millisecond (see `startPopulationPool`).
   */
  callerIsAThread?: boolean;
}

/** How the last run was shared out (for the bench and the CLI's timing line). */
export interface PoolRunStats {
  borrowersOnCaller: number;
  borrowersOnThreads: number;
  chunks: number;
}

interface PoolWorker {
  /** Undefined until the thread's script is ready (worker-script.ts). */
  worker?: Worker;
  ready: boolean;
  /** Chunks sent and not yet answered (at most IN_FLIGHT). */
  inFlight: number;
  dead: boolean;
  /** The run whose population this thread holds. */
  run: number;
}

interface ActiveRun {
  run: number;
  input: PopulationInput;
  /** The first index not yet handed out. */
  next: number;
  /** Results by chunk number. */
  results: CaseResult[][];
  /** Chunks handed out and not yet completed. */
  remaining: number;
  settled: boolean;
  resolve: (results: CaseResult[]) => void;
  reject: (error: Error) => void;
  /** The journey compiled in the calling thread, when it helped. */
  journey?: CompiledJourney;
  stats: PoolRunStats;
}

// Two chunks per thread in flight: a thread finds its next chunk waiting when it finishes one,
// even while the calling thread is busy simulating and cannot answer it.
const IN_FLIGHT = 2;

/** The caller's chunk size while a thread is still starting (see callerTakesChunks). */
const CHUNK_WHILE_STARTING = 100;

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
  /** Milliseconds from the pool's creation until each worker said it was ready. */
  readonly readyAfterMs: number[] = [];
  lastRunStats: PoolRunStats | undefined;
  private readonly workers: PoolWorker[] = [];
  private readonly chunkOf = new Map<number, { run: number; index: number; worker: PoolWorker }>();
  private readonly createdAt = performance.now();
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
    const workers = this.threads - (options.callerIsAThread ? 1 : 0);
    if (this.threads === 1 || workers < 1) return;
    for (let i = 0; i < workers; i++)
      this.workers.push({ ready: false, inFlight: 0, dead: false, run: 0 });
    const start = (script: URL | undefined) => {
      if (this.closed) return;
      for (const entry of this.workers) {
        const worker = script ? new Worker(script) : startTsWorker(workerModule);
        worker.on('message', (message: FromWorker) => this.onMessage(entry, message));
        worker.on('error', (error) => this.onCrash(entry, error));
        entry.worker = worker;
      }
    };
    // Threads start here and now when the bundle is fresh, before the caller's first chunk.
    const fresh = overridingConfig() ? undefined : freshPopulationWorkerScript();
    if (fresh || overridingConfig()) start(fresh);
    else this.started = populationWorkerScript().then(start);
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
    if (this.workers.every((entry) => entry.dead)) {
      const results = runSlice(input, { from: 0, to: input.count });
      this.lastRunStats = { borrowersOnCaller: input.count, borrowersOnThreads: 0, chunks: 1 };
      return Promise.resolve(results);
    }
    if (input.count <= 0) return Promise.resolve([]);
    return new Promise<CaseResult[]>((resolve, reject) => {
      const run: ActiveRun = {
        run: this.nextRun++,
        input,
        next: 0,
        results: [],
        remaining: 0,
        settled: false,
        resolve,
        reject,
        stats: { borrowersOnCaller: 0, borrowersOnThreads: 0, chunks: 0 },
      };
      this.active = run;
      this.dispatch();
      const throughout = this.options.callerIsAThread ?? false;
      if (throughout || (this.options.callerHelpsWhileStarting ?? true))
        void this.callerTakesChunks(run, throughout);
    });
  }

  /**
   * The next chunk of the run, or undefined when all are handed out. `max` caps its size (the
   * caller's chunks while threads start).
   */
  private takeChunk(run: ActiveRun, max = 500): { index: number; slice: Slice } | undefined {
    const left = run.input.count - run.next;
    if (run.settled || left <= 0) return undefined;
    const parties = this.workers.length + (this.options.callerIsAThread ? 1 : 0);
    const size =
      this.options.chunkSize ?? Math.min(max, Math.max(25, Math.ceil(left / (parties * 4))));
    const slice = {
      from: run.next,
      to: Math.min(run.input.count, run.next + Math.max(1, Math.floor(size))),
    };
    run.next = slice.to;
    run.remaining += 1;
    return { index: run.stats.chunks++, slice };
  }

  /** Gives every ready thread chunks of the active run, up to IN_FLIGHT each. */
  private dispatch(): void {
    const run = this.active;
    if (!run || run.settled) return;
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const entry of this.workers) {
        if (!entry.worker || !entry.ready || entry.dead || entry.inFlight >= depth) continue;
        const chunk = this.takeChunk(run);
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
        entry.inFlight += 1;
        run.stats.borrowersOnThreads += chunk.slice.to - chunk.slice.from;
        entry.worker.postMessage({
          kind: 'chunk',
          run: run.run,
          id,
          slice: chunk.slice,
        } satisfies ToWorker);
      }
    }
  }

  /**
   * The calling thread takes chunks: for the whole run (`throughout`), or while some thread is
   * still starting.
   */
  private async callerTakesChunks(run: ActiveRun, throughout: boolean): Promise<void> {
    for (;;) {
      const starting = this.workers.some((e) => !e.ready && !e.dead);
      if (!throughout && !starting) return;
      // A thread's `ready` is read only between the caller's chunks: small ones while threads
      // start, so a ready thread gets work after at most 100 borrowers (~25 ms warm), not 500.
      const chunk = this.takeChunk(run, starting ? CHUNK_WHILE_STARTING : undefined);
      if (!chunk) return;
      try {
        run.journey ??= compilePopulationJourney(run.input.journey);
        run.stats.borrowersOnCaller += chunk.slice.to - chunk.slice.from;
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
      this.readyAfterMs.push(performance.now() - this.createdAt);
      this.dispatch();
      return;
    }
    const chunk = this.chunkOf.get(message.id);
    this.chunkOf.delete(message.id);
    entry.inFlight = Math.max(0, entry.inFlight - 1);
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
    if (run.remaining > 0 || run.next < run.input.count) return;
    run.settled = true;
    this.endRun(run);
    this.lastRunStats = run.stats;
    run.resolve(run.results.flat());
  }

  private fail(error: Error): void {
    const run = this.active;
    if (!run || run.settled) return;
    run.settled = true;
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
    entry.inFlight = 0;
    this.fail(error);
  }
}
