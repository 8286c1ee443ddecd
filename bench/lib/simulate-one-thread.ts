// The simulate bench's population on the calling thread only, with nothing else in the clock:
// what one thread pays per borrower (the journey's compile included). For profiling
// (`node --cpu-prof --import tsx bench/lib/simulate-one-thread.ts`) and A/B runs between
// branches. Prints one JSON line: { ms, cpuMs, perBorrowerUs, checksum }; the checksum covers
// every simulation's whole output, so equal checksums mean identical results.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { exampleBorrowers, exampleJourneyJson } from './examples';
import { builtInCatalogue, compileJourneyOrThrow, persona, personaNames, simulate } from './tandem';

const count = Number(process.argv[2] ?? 10_000);
const document = exampleJourneyJson('first-time-borrower');
const borrowers = exampleBorrowers();
const names = [...personaNames];

const started = performance.now();
const cpuBefore = process.cpuUsage();
const journey = compileJourneyOrThrow(document, builtInCatalogue);
const results = [];
for (let i = 0; i < count; i++) {
  const who = persona(names[i % names.length]!);
  const borrower = borrowers[i % borrowers.length]!;
  if (!who) throw new Error(`no persona for simulation ${i}`);
  results.push(
    simulate({
      journey,
      facts: borrower.facts,
      persona: who,
      start: '2026-03-02T09:00:00Z',
      days: 30,
      enrollmentId: `cold-${i}`,
    }),
  );
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const hash = createHash('sha256');
for (const r of results) hash.update(JSON.stringify(r));
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    perBorrowerUs: Math.round((ms / count) * 1000),
    checksum: hash.digest('hex').slice(0, 16),
  }),
);
