// One cold run of the simulate bench's population, in a process of its own (run by
// simulate.bench.ts): what `journey simulate --population` pays the first time. The modules are
// loaded before the clock starts (as the CLI has them before it runs a command); the clock
// covers the journey's compile, the pool's start, the run and the pool's close. The mode comes
// from argv[2]:
// - `default`: `startPopulationPool` with no thread count (the CLI's default): by the work's size
//   and the idle cores;
// - `caller`: `startPopulationPool` with one thread per core: the calling thread plus threads − 1
//   workers;
// - `helpers`: `new SimulationPool(threads)`: one worker per core, the caller helping only while
//   they start (the way before);
// - `one`: the calling thread alone.
// It prints one JSON line: { ms, cpuMs, readyAfterMs, stats, checksum, threads }.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SimulationPool, startPopulationPool, type PopulationInput } from '@tandem/runtime';
import { exampleBorrowers, exampleJourneyJson } from './examples';
import { builtInCatalogue, compileJourneyOrThrow, personaNames } from './tandem';

const mode = process.argv[2] ?? 'default';
const count = Number(process.argv[3] ?? 10_000);
const threads = availableParallelism();
const input: PopulationInput = {
  journey: exampleJourneyJson('first-time-borrower'),
  borrowers: exampleBorrowers(),
  personas: [...personaNames],
  count,
  start: '2026-03-02T09:00:00Z',
  days: 30,
  idPrefix: 'cold',
};

const started = performance.now();
const cpuBefore = process.cpuUsage();
// The CLI compiles the journey to validate it before any thread starts.
compileJourneyOrThrow(input.journey, builtInCatalogue);
const work = { count, days: input.days };
const pool =
  mode === 'default'
    ? startPopulationPool(work)
    : mode === 'caller'
      ? startPopulationPool(work, threads)
      : new SimulationPool(mode === 'one' ? 1 : threads);
const results = await pool.run(input);
await pool.close();
const ms = performance.now() - started;
// CPU time of every thread of the process over the same span: on a loaded machine the wall time
// measures the load, the CPU time still the work.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
// A checksum of every case, so the parent can tell that all modes simulated the same.
const checksum = results.reduce(
  (sum, r, i) => (sum * 31 + r.steps * 7 + r.sent + (r.outcome?.length ?? 0) + i) % 1_000_000_007,
  0,
);
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    readyAfterMs: pool.readyAfterMs,
    stats: pool.lastRunStats,
    checksum,
    threads: pool.threads,
  }),
);
