// 10,000 simulated borrowers through first-time-borrower for 30 virtual days: the load of an
// editor "simulate this segment" or a CI check of every example. Baseline: the same 10,000
// simulations of a minimal journey (one reminder, then the end), the fixed cost per borrower.
import { performance } from 'node:perf_hooks';
import { exampleBorrowers, exampleJourney } from './lib/examples';
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
const TARGET_S = 5;
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

round(minimal, WARMUP_BORROWERS, 'warm-min');
round(firstTime, WARMUP_BORROWERS, 'warm-ftb');
const baselineRounds: Round[] = [];
const measuredRounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternated, so that both journeys see the same machine load.
  baselineRounds.push(round(minimal, BORROWERS, `min-${r}`));
  measuredRounds.push(round(firstTime, BORROWERS, `ftb-${r}`));
  console.log(
    `round ${r + 1}/${ROUNDS}: minimal ${formatMs(baselineRounds[r]?.totalMs ?? NaN)}, ` +
      `first-time-borrower ${formatMs(measuredRounds[r]?.totalMs ?? NaN)}`,
  );
}

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
printVerdict(
  `${BORROWERS.toLocaleString('en-US')} simulations, median total`,
  measured.total.median / 1000,
  TARGET_S,
  (s) => `${s.toFixed(2)} s`,
);
