// The single-threaded simulator against an earlier version of itself, in the same process:
// 10,000 borrowers through first-time-borrower for 30 days with the dsl and nodes packages of
// this checkout, and with those of a baseline revision (SIMULATE_BASELINE_REV, default `main`)
// taken out of the local git repository (git archive; nothing is downloaded). Rounds alternate,
// so both see the same machine load; wall time and this process's CPU time are both reported
// (on a loaded machine the CPU time is the steadier of the two). Every simulation must give the
// same outcome, timeline, state and step count in both versions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleBorrowers, exampleJourneyJson } from './lib/examples';
import { summarize } from './lib/measure';
import { formatMs, formatRatio, printHeader, printTable } from './lib/report';
import * as current from './lib/tandem';

const BORROWERS = 10_000;
const DAYS = 30;
const START = '2026-03-02T09:00:00Z';
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const REV = process.env.SIMULATE_BASELINE_REV ?? 'main';
const root = join(import.meta.dirname, '..');

printHeader(
  'simulate-baseline',
  `simulate() of ${BORROWERS.toLocaleString('en-US')} borrowers through first-time-borrower, ` +
    `this checkout against ${REV} (one thread, same process, rounds alternated)`,
);

/** The baseline's dsl and nodes packages, linked to this checkout's installed dependencies. */
function extractBaseline(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-simulate-baseline-'));
  const archive = execFileSync(
    'git',
    ['archive', rev, 'packages/dsl', 'packages/nodes', 'tsconfig.base.json'],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'packages/dsl/node_modules'), join(dir, 'packages/dsl/node_modules'));
  const nodesModules = join(root, 'packages/nodes/node_modules');
  const linked = join(dir, 'packages/nodes/node_modules');
  mkdirSync(join(linked, '@tandem'), { recursive: true });
  for (const name of readdirSync(nodesModules)) {
    if (name === '@tandem' || name.startsWith('.')) continue;
    symlinkSync(join(nodesModules, name), join(linked, name));
  }
  // The baseline's nodes run on the baseline's dsl.
  symlinkSync(join(dir, 'packages/dsl'), join(linked, '@tandem/dsl'));
  return dir;
}

type Surface = Pick<
  typeof current,
  'compileJourneyOrThrow' | 'persona' | 'personaNames' | 'simulate' | 'builtInCatalogue'
>;

const baselineDir = extractBaseline(REV);
process.on('exit', () => rmSync(baselineDir, { recursive: true, force: true }));
const baselineDsl = (await import(join(baselineDir, 'packages/dsl/src/index.ts'))) as Surface;
const baselineNodes = (await import(join(baselineDir, 'packages/nodes/src/index.ts'))) as Pick<
  Surface,
  'builtInCatalogue'
>;
const baseline: Surface = { ...baselineDsl, builtInCatalogue: baselineNodes.builtInCatalogue };

const document = exampleJourneyJson('first-time-borrower');
const borrowers = exampleBorrowers();

interface Round {
  wallMs: number;
  cpuMs: number;
  results: string[];
}

function round(lib: Surface, count: number, tag: string): Round {
  const journey = lib.compileJourneyOrThrow(document, lib.builtInCatalogue);
  const kept: ReturnType<Surface['simulate']>[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const who = lib.persona(lib.personaNames[i % lib.personaNames.length] ?? 'silent');
    const facts = borrowers[i % borrowers.length]?.facts;
    if (!who || !facts) throw new Error(`no borrower or persona for simulation ${i}`);
    kept.push(
      lib.simulate({
        journey,
        facts,
        persona: who,
        start: START,
        days: DAYS,
        enrollmentId: `${tag}-${i}`,
      }),
    );
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const results = kept.map(({ outcome, timeline, state, steps }) =>
    JSON.stringify({ outcome, timeline, state, steps }),
  );
  return { wallMs, cpuMs: (used.user + used.system) / 1000, results };
}

round(baseline, 500, 'warm');
round(current, 500, 'warm');
const before: Round[] = [];
const after: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const old = round(baseline, BORROWERS, `r${r}`);
  const now = round(current, BORROWERS, `r${r}`);
  const differing = now.results.findIndex((text, i) => text !== old.results[i]);
  if (differing !== -1) throw new Error(`simulation ${differing} differs from ${REV}'s`);
  before.push({ ...old, results: [] });
  after.push({ ...now, results: [] });
  console.log(
    `round ${r + 1}/${ROUNDS}: ${REV} ${formatMs(old.wallMs)} (cpu ${formatMs(old.cpuMs)}), ` +
      `this checkout ${formatMs(now.wallMs)} (cpu ${formatMs(now.cpuMs)}); identical results`,
  );
}

const median = (rounds: Round[], field: 'wallMs' | 'cpuMs') =>
  summarize(rounds.map((r) => r[field])).median;
printTable(
  [
    'first-time-borrower, 10,000, one thread',
    'wall (median)',
    'cpu (median)',
    'speed-up (wall / cpu)',
  ],
  [
    [
      `baseline: ${REV}`,
      formatMs(median(before, 'wallMs')),
      formatMs(median(before, 'cpuMs')),
      '×1.00',
    ],
    [
      'this checkout',
      formatMs(median(after, 'wallMs')),
      formatMs(median(after, 'cpuMs')),
      `${formatRatio(median(before, 'wallMs'), median(after, 'wallMs'))} / ${formatRatio(median(before, 'cpuMs'), median(after, 'cpuMs'))}`,
    ],
  ],
);
