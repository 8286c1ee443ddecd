import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { simulatePopulation } from '../simulation/simulation-pool';
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
  const loaded = await loadJourney(command.file, readText);
  if (!loaded.ok) return loaded.output;
  const journey = loaded.value.journey.journey;
  const facts = await loadFacts(command.borrower, journey.defaultLocale, command.start, readText);
  if (!facts.ok) return facts.output;

  const threads = command.threads ?? availableParallelism();
  const started = performance.now();
  let results: Awaited<ReturnType<typeof simulatePopulation>>;
  try {
    results = await simulatePopulation(
      {
        journey: loaded.value.raw,
        borrowers: [{ name: command.borrower ?? 'default', facts: facts.value }],
        personas: command.personas,
        count: command.count,
        start: command.start,
        days: command.days,
        idPrefix: 'sim',
      },
      threads,
    );
  } catch (error) {
    return invalid(
      `simulation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = summarizePopulation(results);
  return {
    exitCode: 0,
    stdout: command.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : formatPopulation(summary, width),
    stderr: `simulated ${command.count.toLocaleString('en-US')} borrowers × ${command.days} days in ${seconds.toFixed(2)} s on ${Math.min(threads, command.count)} thread(s)\n`,
  };
}
