import { performance } from 'node:perf_hooks';
import type { CaseResult } from '../simulation/population';
import { startPopulationPool } from '../simulation/one-off-pool';
import { populationWorkerScript } from '../simulation/worker-script';
import type { CliCommand } from './args';
import { invalid, type CommandOutput } from './command-output';
import { formatPopulation, summarizePopulation } from './format-population';
import type { ReadText } from './read-json';
import { loadFacts, loadJourney } from './simulate-command';

type PopulationCommand = Extract<CliCommand, { kind: 'simulate-population' }>;

/**
 * `journey simulate <file> --population N`: N simulated borrowers (the personas round-robin, one
 * borrower's facts) on worker threads, summarised as outcome shares overall and by persona. The
 * summary is the same whatever the thread count; the time it took goes to stderr.
 */
export async function runSimulatePopulation(
  command: PopulationCommand,
  readText: ReadText,
  width = 120,
): Promise<CommandOutput> {
  // The worker bundle's freshness check (file stats) runs while the journey is read and
  // compiled; no thread starts before the journey is known to be valid.
  const started = performance.now();
  void populationWorkerScript();
  const loaded = await loadJourney(command.file, readText);
  if (!loaded.ok) return loaded.output;
  // Started before the facts are read, so the threads load their modules meanwhile; the time
  // reported counts from the command's start, thread start included.
  const pool = startPopulationPool(
    { count: command.count, days: command.days },
    command.threads ?? undefined,
  );
  let results: CaseResult[];
  try {
    const journey = loaded.value.journey.journey;
    const facts = await loadFacts(command.borrower, journey.defaultLocale, command.start, readText);
    if (!facts.ok) return facts.output;
    results = await pool.run({
      journey: loaded.value.raw,
      borrowers: [{ name: command.borrower ?? 'default', facts: facts.value }],
      personas: command.personas,
      count: command.count,
      start: command.start,
      days: command.days,
      idPrefix: 'sim',
    });
  } catch (error) {
    return invalid(
      `simulation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = summarizePopulation(results);
  return {
    exitCode: 0,
    stdout: command.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : formatPopulation(summary, width),
    stderr: `simulated ${command.count.toLocaleString('en-US')} borrowers × ${command.days} days in ${seconds.toFixed(2)} s on ${pool.threads} thread(s)\n`,
  };
}
