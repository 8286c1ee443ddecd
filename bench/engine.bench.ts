// Engine steps per second: one enrollment of first-time-borrower driven through its longest
// path again and again. Baseline: structuredClone of the very states step() was given, the copy
// a pure step must make at the least (it may not modify its input).
import { performance } from 'node:perf_hooks';
import { exampleBorrower, exampleJourney } from './lib/examples';
import { summarize } from './lib/measure';
import { formatMs, formatRate, formatRatio, printHeader, printTable } from './lib/report';
import { scriptedRun } from './lib/scripted-run';
import type { EnrollmentState } from './lib/tandem';

const ENROLLMENTS_PER_ROUND = 100;
const WARMUP_ROUNDS = 3;
const ROUNDS = 15;
const START = '2026-03-01T03:00:00Z';

printHeader(
  'engine',
  `step() on first-time-borrower for examples/borrowers/lan-vi.json, ${ENROLLMENTS_PER_ROUND} ` +
    `enrollments a round; baseline structuredClone(state) on the same states`,
);

const journey = exampleJourney('first-time-borrower');
const facts = exampleBorrower('lan-vi');
const now = () => performance.now();

interface Round {
  steps: number;
  stepMs: number;
  cloneMs: number;
  outcomes: Set<string | null>;
}

function round(index: number): Round {
  const states: EnrollmentState[] = [];
  const outcomes = new Set<string | null>();
  let steps = 0;
  let stepMs = 0;
  for (let e = 0; e < ENROLLMENTS_PER_ROUND; e++) {
    const run = scriptedRun(journey, facts, `bench-${index}-${e}`, START, now, (s) =>
      states.push(s),
    );
    steps += run.steps;
    stepMs += run.stepMs;
    outcomes.add(run.outcome);
  }
  // Right after, on the same states, so that both see the same machine load.
  let copies = 0;
  const started = now();
  for (const state of states) copies += structuredClone(state).seq >= 0 ? 1 : 0;
  const cloneMs = now() - started;
  if (copies !== steps) throw new Error(`cloned ${copies} states for ${steps} steps`);
  return { steps, stepMs, cloneMs, outcomes };
}

for (let i = 0; i < WARMUP_ROUNDS; i++) round(-1 - i);
const rounds = Array.from({ length: ROUNDS }, (_, i) => round(i));

const steps = rounds[0]?.steps ?? 0;
const outcomes = [...new Set(rounds.flatMap((r) => [...r.outcomes]))].join(', ');
console.log(
  `per round: ${ENROLLMENTS_PER_ROUND} enrollments, ${steps.toLocaleString('en-US')} step() calls ` +
    `(${(steps / ENROLLMENTS_PER_ROUND).toFixed(0)} per enrollment), outcome: ${outcomes}`,
);

const perStep = summarize(rounds.map((r) => r.stepMs / r.steps));
const perClone = summarize(rounds.map((r) => r.cloneMs / r.steps));
// The p95 of time per step is the slow end; as a rate it is the p5 of steps per second.
printTable(
  [
    'case',
    'median/step',
    'p95/step',
    'steps/s (median)',
    'steps/s (p95 round)',
    'rounds',
    'vs baseline',
  ],
  [
    [
      'baseline: structuredClone(state)',
      formatMs(perClone.median),
      formatMs(perClone.p95),
      formatRate(1000 / perClone.median),
      formatRate(1000 / perClone.p95),
      String(perClone.samples),
      '×1.00',
    ],
    [
      'step()',
      formatMs(perStep.median),
      formatMs(perStep.p95),
      formatRate(1000 / perStep.median),
      formatRate(1000 / perStep.p95),
      String(perStep.samples),
      formatRatio(perStep.median, perClone.median),
    ],
  ],
);
console.log('ratio: median time per step over median time per clone; lower is better (no target)');
