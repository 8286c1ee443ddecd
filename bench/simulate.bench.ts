// 10,000 simulated borrowers through first-time-borrower for 30 virtual days: the load of an
// editor "simulate this segment" or a CI check of every example. Baseline: the same 10,000
// simulations of a minimal journey (one reminder, then the end), the fixed cost per borrower.
// Then the same 10,000 on worker threads (`journey simulate --population`'s SimulationPool, one
// thread per core), against the single-threaded run of the same round: the target (issue 14) is
// under 2 s wall time on 2 cores.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SimulationPool } from '@tandem/runtime';
import { exampleBorrowers, exampleJourney, exampleJourneyJson } from './lib/examples';
import { summarize } from './lib/measure';
import {
  formatMs,
  formatRate,
  formatRatio,
  printHeader,
  printTable,
  printVerdict,
} from './lib/report';
import {
  builtInCatalogue,
  compileJourneyOrThrow,
  persona,
  personaNames,
  simulate,
} from './lib/tandem';
import type { CompiledJourney } from './lib/tandem';

const BORROWERS = 10_000;
const DAYS = 30;
const START = '2026-03-02T09:00:00Z';
const TARGET_S = 2;
const WARMUP_BORROWERS = 500;
// Each round is 10,000 simulations of each journey: a few rounds already take minutes while
// the target is missed. BENCH_ROUNDS=1 for a quick look.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

printHeader(
  'simulate',
  `simulate() of ${BORROWERS.toLocaleString('en-US')} borrowers through first-time-borrower for ` +
    `${DAYS} virtual days (personas × sample borrowers, round-robin); baseline: a minimal journey`,
);

const firstTime = exampleJourney('first-time-borrower');
const minimal = compileJourneyOrThrow(
  {
    dsl: 'journey/v1',
    id: 'minimal',
    name: 'One reminder',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    // The same guard-rails as first-time-borrower, so the baseline pays the same policy set-up.
    policy: firstTime.journey.policy,
    start: 'hello',
    nodes: [
      {
        id: 'hello',
        type: 'remind',
        config: {
          message: {
            en: 'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due: {{ links.portal }}',
            vi: 'Chào {{ borrower.firstName }}, khoản {{ account.amountDue | money }} đến hạn: {{ links.portal }}',
          },
        },
        next: { sent: 'bye', failed: 'bye' },
      },
      { id: 'bye', type: 'end', config: { outcome: 'reminded' } },
    ],
  },
  builtInCatalogue,
);
const borrowers = exampleBorrowers();
console.log(
  `mix: ${personaNames.length} personas (${personaNames.join(', ')}) × ${borrowers.length} ` +
    `borrowers (${borrowers.map((b) => b.name).join(', ')}), round-robin`,
);

interface Round {
  totalMs: number;
  perSim: number[];
  steps: number[];
  personas: string[];
}

function round(journey: CompiledJourney, count: number, tag: string): Round {
  const result: Round = { totalMs: 0, perSim: [], steps: [], personas: [] };
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const name = personaNames[i % personaNames.length] ?? 'silent';
    const facts = borrowers[i % borrowers.length]?.facts;
    const who = persona(name);
    if (!facts || !who) throw new Error(`no borrower or persona for simulation ${i}`);
    const t = performance.now();
    const sim = simulate({
      journey,
      facts,
      persona: who,
      start: START,
      days: DAYS,
      enrollmentId: `${tag}-${i}`,
    });
    result.perSim.push(performance.now() - t);
    result.steps.push(sim.steps);
    result.personas.push(name);
  }
  result.totalMs = performance.now() - started;
  return result;
}

const threads = availableParallelism();
const population = (count: number, idPrefix: string) => ({
  journey: exampleJourneyJson('first-time-borrower'),
  borrowers,
  personas: [...personaNames],
  count,
  start: START,
  days: DAYS,
  idPrefix,
});
// Cold: what one `journey simulate --population` pays the first time (thread start, bundle load,
// the threads' first simulations run before the JIT has warmed up). Each cold run is a process of
// its own (bench/lib/simulate-cold.ts), the modes alternated round by round: the CLI's default
// (threads chosen by the work's size and the idle cores; the verdict), the calling thread plus
// threads − 1 workers, one worker per core with the caller helping only while they start (the
// way before), and the calling thread alone.
const coldModes = ['default', 'caller', 'helpers', 'one'] as const;
type ColdMode = (typeof coldModes)[number];
interface ColdRun {
  ms: number;
  /** CPU time of all the process's threads over the same span: the work, whatever the load. */
  cpuMs: number;
  /** Threads the pool ran on, the caller included. */
  threads: number;
  readyAfterMs: number[];
  stats: { borrowersOnCaller: number; borrowersOnThreads: number };
  checksum: number;
}
const coldRun = (line: string): ColdRun => {
  const run = JSON.parse(line) as ColdRun;
  if (
    typeof run.ms !== 'number' ||
    typeof run.cpuMs !== 'number' ||
    !Array.isArray(run.readyAfterMs)
  )
    throw new Error(`a cold run printed ${line}`);
  return run;
};
const cold = new Map<ColdMode, ColdRun[]>(coldModes.map((m) => [m, []]));
const coldScript = fileURLToPath(new URL('./lib/simulate-cold.ts', import.meta.url));
for (let r = 0; r < ROUNDS; r++) {
  for (const mode of coldModes) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', coldScript, mode], {
      encoding: 'utf8',
    });
    cold.get(mode)?.push(coldRun(out.trim().split('\n').at(-1) ?? ''));
  }
}
const checksums = new Set([...cold.values()].flatMap((runs) => runs.map((c) => c.checksum)));
if (checksums.size !== 1) throw new Error('cold runs differ between modes');
const coldMs = (mode: ColdMode) => summarize((cold.get(mode) ?? []).map((c) => c.ms));
const pool = new SimulationPool(threads);

round(minimal, WARMUP_BORROWERS, 'warm-min');
round(firstTime, WARMUP_BORROWERS, 'warm-ftb');
await pool.run(population(WARMUP_BORROWERS, 'warm-thr'));
const baselineRounds: Round[] = [];
const measuredRounds: Round[] = [];
const threadedMs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternated, so that every case sees the same machine load.
  baselineRounds.push(round(minimal, BORROWERS, `min-${r}`));
  measuredRounds.push(round(firstTime, BORROWERS, `ftb-${r}`));
  const t = performance.now();
  const results = await pool.run(population(BORROWERS, `ftb-${r}`));
  threadedMs.push(performance.now() - t);
  // The same simulations as the single-threaded round (same ids, persona and borrower by index).
  const single = measuredRounds[r]?.steps ?? [];
  if (results.some((result, i) => result.steps !== single[i]))
    throw new Error('threaded simulations differ from the single-threaded ones');
  console.log(
    `round ${r + 1}/${ROUNDS}: minimal ${formatMs(baselineRounds[r]?.totalMs ?? NaN)}, ` +
      `first-time-borrower ${formatMs(measuredRounds[r]?.totalMs ?? NaN)}, ` +
      `on ${threads} threads ${formatMs(threadedMs[r] ?? NaN)}`,
  );
}
await pool.close();

const row = (name: string, rounds: Round[], baseline?: number) => {
  const total = summarize(rounds.map((r) => r.totalMs));
  const perSim = summarize(rounds.flatMap((r) => r.perSim));
  const steps = summarize(rounds.flatMap((r) => r.steps));
  return {
    total,
    cells: [
      name,
      formatMs(total.median),
      formatMs(total.p95),
      formatRate((BORROWERS * 1000) / total.median),
      formatMs(perSim.median),
      formatMs(perSim.p95),
      `${steps.mean.toFixed(1)} (${steps.min}–${steps.max})`,
      String(total.samples),
      baseline === undefined ? '×1.00' : formatRatio(total.median, baseline),
    ],
  };
};
const base = row('baseline: minimal journey', baselineRounds);
const measured = row('first-time-borrower', measuredRounds, base.total.median);
printTable(
  [
    'case',
    'total (median)',
    'total (p95)',
    'borrowers/s',
    'per sim (median)',
    'per sim (p95)',
    'steps/sim (mean, range)',
    'rounds',
    'vs baseline',
  ],
  [base.cells, measured.cells],
);

// Where the time goes by persona: a persona that walks further takes more steps.
const byPersona = new Map<string, { ms: number[]; steps: number[] }>();
for (const r of measuredRounds) {
  r.personas.forEach((name, i) => {
    const entry = byPersona.get(name) ?? { ms: [], steps: [] };
    entry.ms.push(r.perSim[i] ?? NaN);
    entry.steps.push(r.steps[i] ?? NaN);
    byPersona.set(name, entry);
  });
}
console.log('\nfirst-time-borrower by persona:');
printTable(
  ['persona', 'per sim (median)', 'per sim (p95)', 'steps/sim (mean)'],
  [...byPersona].map(([name, { ms, steps }]) => {
    const time = summarize(ms);
    return [name, formatMs(time.median), formatMs(time.p95), summarize(steps).mean.toFixed(1)];
  }),
);
console.log('');
const threaded = summarize(threadedMs);
printTable(
  ['first-time-borrower, 10,000', 'total (median)', 'total (p95)', 'vs one thread'],
  [
    ['one thread (above)', formatMs(measured.total.median), formatMs(measured.total.p95), '×1.00'],
    [
      `${threads} worker threads, pool started`,
      formatMs(threaded.median),
      formatMs(threaded.p95),
      formatRatio(threaded.median, measured.total.median),
    ],
    ...coldModes.map((mode) => {
      const stats = coldMs(mode);
      const runs = cold.get(mode) ?? [];
      const ready = summarize(runs.flatMap((c) => c.readyAfterMs));
      const onCaller = summarize(runs.map((c) => c.stats.borrowersOnCaller));
      const chosen = summarize(runs.map((c) => c.threads)).median;
      const cpu = summarize(runs.map((c) => c.cpuMs));
      const name = {
        default: `cold: the CLI's default (${chosen} thread(s) chosen)`,
        caller: `cold: the caller + ${threads - 1} worker(s)`,
        helpers: `cold: ${threads} workers, caller helps while they start`,
        one: 'cold: the calling thread alone',
      }[mode];
      return [
        `${name}; thread ready ${runs.some((c) => c.readyAfterMs.length) ? formatMs(ready.median) : '—'}, ` +
          `caller ran ${Math.round(onCaller.median).toLocaleString('en-US')}, CPU ${formatMs(cpu.median)}`,
        formatMs(stats.median),
        formatMs(stats.p95),
        formatRatio(stats.median, measured.total.median),
      ];
    }),
  ],
);
console.log('');
printVerdict(
  `${BORROWERS.toLocaleString('en-US')} simulations, cold, the CLI's default, median wall time`,
  coldMs('default').median / 1000,
  TARGET_S,
  (s) => `${s.toFixed(2)} s`,
);
