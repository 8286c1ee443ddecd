import {
  compileJourney,
  persona as namedPersona,
  scriptedPersona,
  simulate,
  type EnrollmentFacts,
  type Persona,
} from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import type { CliCommand, PersonaChoice } from './args';
import { defaultFacts, parseBorrowerFile } from './borrower';
import { invalid, type CommandOutput } from './command-output';
import { parseEventScript } from './event-script';
import { formatInputIssues, formatProblem, formatValidationReport } from './format-problems';
import { formatSimulation } from './format-simulation';
import { readJsonFile, type ReadText } from './read-json';

type SimulateCommand = Extract<CliCommand, { kind: 'simulate' }>;
type Failed = { ok: false; output: CommandOutput };
export type Loaded<T> = { ok: true; value: T } | Failed;

const failWith = (message: string): Failed => ({ ok: false, output: invalid(message) });

const unreadable = (file: string, what: string, message: string): Failed =>
  failWith(`✗ ${file}: cannot use the ${what}: ${message}\n`);

export async function loadFacts(
  file: string | null,
  locale: string,
  start: string,
  readText: ReadText,
): Promise<Loaded<EnrollmentFacts>> {
  if (file === null) return { ok: true, value: defaultFacts(locale, start) };
  const read = await readJsonFile(file, readText);
  if (!read.ok) return unreadable(file, 'borrower file', read.problem.message);
  const parsed = parseBorrowerFile(read.value);
  if (!parsed.ok)
    return { ok: false, output: invalid(formatInputIssues(file, 'borrower file', parsed.issues)) };
  return { ok: true, value: parsed.facts };
}

async function loadPersona(choice: PersonaChoice, readText: ReadText): Promise<Loaded<Persona>> {
  if (choice.kind === 'named') {
    const found = namedPersona(choice.name);
    // args.ts only lets known names through; this guards a persona list that changed since.
    return found
      ? { ok: true, value: found }
      : { ok: false, output: invalid(`unknown persona "${choice.name}"\n`) };
  }
  const read = await readJsonFile(choice.file, readText);
  if (!read.ok) return unreadable(choice.file, 'event script', read.problem.message);
  const parsed = parseEventScript(read.value);
  if (!parsed.ok)
    return {
      ok: false,
      output: invalid(formatInputIssues(choice.file, 'event script', parsed.issues)),
    };
  return { ok: true, value: scriptedPersona(parsed.events, `script:${choice.file}`) };
}

/**
 * The journey file read and compiled, or what to print when it cannot be simulated.
 * @example const loaded = await loadJourney('a.journey.json', readText);
 */
export async function loadJourney(
  file: string,
  readText: ReadText,
): Promise<Loaded<{ raw: unknown } & Extract<ReturnType<typeof compileJourney>, { ok: true }>>> {
  const read = await readJsonFile(file, readText);
  if (!read.ok) return unreadable(file, 'journey', read.problem.message);
  const compiled = compileJourney(read.value, runtimeCatalogue);
  if (!compiled.ok) {
    const report = formatValidationReport([{ file, ok: false, problems: compiled.problems }]);
    return failWith(`the journey is not valid, so it cannot be simulated:\n${report}`);
  }
  return { ok: true, value: { raw: read.value, ...compiled } };
}

/**
 * `journey simulate`: runs one simulated borrower through a journey on a virtual clock and
 * prints the timeline (a table, or `{ outcome, timeline }` with --json). Exit 1 when the
 * journey, the borrower file or the event script is invalid. Warnings go to stderr.
 */
export async function runSimulate(
  command: SimulateCommand,
  readText: ReadText,
  width = 120,
): Promise<CommandOutput> {
  const loaded = await loadJourney(command.file, readText);
  if (!loaded.ok) return loaded.output;
  const compiled = loaded.value;
  const journey = compiled.journey.journey;
  const facts = await loadFacts(command.borrower, journey.defaultLocale, command.start, readText);
  if (!facts.ok) return facts.output;
  const persona = await loadPersona(command.persona, readText);
  if (!persona.ok) return persona.output;

  let result: ReturnType<typeof simulate>;
  try {
    result = simulate({
      journey: compiled.journey,
      facts: facts.value,
      persona: persona.value,
      start: command.start,
      days: command.days,
    });
  } catch (error) {
    return invalid(
      `simulation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }

  const warnings = compiled.warnings.length
    ? `warnings in ${command.file}:\n${compiled.warnings.map(formatProblem).join('\n')}\n`
    : '';
  const stdout = command.json
    ? `${JSON.stringify({ outcome: result.outcome, timeline: result.timeline }, null, 2)}\n`
    : formatSimulation(
        {
          journey: { id: journey.id, name: journey.name },
          persona: { name: persona.value.name, description: persona.value.description },
          facts: facts.value,
          start: command.start,
          days: command.days,
          result,
        },
        width,
      );
  return { exitCode: 0, stdout, stderr: warnings };
}
