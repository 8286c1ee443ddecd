// The pool for one population (`journey simulate --population`): how many threads it is worth,
// started before the caller has its input ready, and closed after.
import { availableParallelism, loadavg } from 'node:os';
import type { CaseResult, PopulationInput } from './population';
import { SimulationPool } from './simulation-pool';

// Below this much work (borrowers × days) the calling thread alone is faster on 2 cores. Measured
// cold on a quiet 2-core machine (docs/benchmarks.md, 2026-12-07 02:32): 10,000 borrowers × 30
// days took 2.61 s on the caller alone and 3.31 s on the caller and one worker, although the
// worker was ready after ~0.75 s and a warm pool of two takes 1.42 s. A cold thread warms its own
// JIT while the caller warms its, and on two cores their optimising compiles and garbage
// collection compete for the same cores: measured in CPU time (2026-12-07 07:00, loaded), the
// caller + 1 worker spent ~1.2–1.5 s more CPU than the caller alone on the same 10,000 × 30, about
// what the worker's share of the work saves; threads repay that only for larger work. Twice the
// measured size is where they are expected to. (On an Intel Xeon the worker won by 13 %, 05:09.)
const SMALLEST_THREADED_WORK = 20_000 * 30;

/** How much simulating a population is: its borrowers and the virtual days each runs. */
export interface PopulationWork {
  count: number;
  days: number;
}

/** The cores and how busy they are (the 1-minute load average), for `startPopulationPool`. */
export interface MachineLoad {
  cores: number;
  load: number;
}

/**
 * A pool for one population, started before the caller has its input ready so that threads load
 * meanwhile. The calling thread is one of the threads (it works throughout). Without an explicit
 * `threads`: the calling thread alone unless the work (borrowers × days) is large enough to
 * repay a thread's cold start, and then one per idle core (the cores less the load average: on a
 * machine already busy a thread finds no core to run on, and measured under load the caller
 * alone was faster).
 * @example
 * const pool = startPopulationPool({ count: 10_000, days: 30 }); // then read the facts
 * const results = await pool.run(input);
 * await pool.close();
 */
export function startPopulationPool(
  work: PopulationWork,
  threads?: number,
  machine: MachineLoad = { cores: availableParallelism(), load: loadavg()[0] ?? 0 },
): SimulationPool {
  const idle = Math.max(1, Math.floor(machine.cores - machine.load + 0.5));
  const large = work.count * work.days >= SMALLEST_THREADED_WORK;
  const wanted = threads ?? (large ? Math.min(machine.cores, idle) : 1);
  return new SimulationPool(Math.min(wanted, Math.max(1, work.count)), { callerIsAThread: true });
}

/**
 * One population on a pool of `threads` (the calling thread one of them) started for it and
 * closed after.
 * @example const results = await simulatePopulation(input, 2);
 */
export async function simulatePopulation(
  input: PopulationInput,
  threads?: number,
): Promise<CaseResult[]> {
  const pool = startPopulationPool(input, threads);
  try {
    return await pool.run(input);
  } finally {
    await pool.close();
  }
}
