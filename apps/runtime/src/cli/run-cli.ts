import { journeyJsonSchema, personaNames, persona } from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import { parseCliArgs } from './args';
import { done, usage, type CommandOutput } from './command-output';
import { padEnd } from './text-layout';
import { helpText, usageHint } from './help';
import type { ReadText } from './read-json';
import { runSimulate } from './simulate-command';
import { runSimulatePopulation } from './simulate-population-command';
import { runValidate } from './validate-command';
import type { KeysDeps } from './keys-command';
import { runNewNode } from './new-node-command';

export interface CliOptions {
  readText: ReadText;
  /** The server's database, for `journey keys` (opened only when that command runs). */
  keys?: KeysDeps;
  /** Terminal width for the timeline table. */
  width?: number;
  /** Where relative paths (`new-node --dir`) start: the folder the command was typed in. */
  cwd?: string;
}

/** Every persona with what it does, in the order the simulator lists them. */
export function personaList(): Array<{ name: string; description: string }> {
  return personaNames.map((name) => ({ name, description: persona(name)?.description ?? '' }));
}

function formatPersonas(list: Array<{ name: string; description: string }>): string {
  const width = Math.max(...list.map((p) => p.name.length));
  return `${list.map((p) => `${padEnd(p.name, width)}  ${p.description}`).join('\n')}\n`;
}

/**
 * The whole CLI as a function: argv (without node and the script) in, what to print and the
 * exit code out. Never throws for bad input; journey.ts wires it to the process.
 * @example const { exitCode, stdout } = await runCli(['validate', 'a.journey.json'], { readText: (p) => readFile(p, 'utf8') });
 */
export async function runCli(argv: string[], options: CliOptions): Promise<CommandOutput> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return usage(`journey: ${parsed.message}\n${usageHint(parsed.topic)}`);
  const { command } = parsed;
  switch (command.kind) {
    case 'help':
      return done(helpText(command.topic));
    case 'validate':
      return runValidate(command, options.readText);
    case 'simulate':
      return runSimulate(command, options.readText, options.width);
    case 'simulate-population':
      return runSimulatePopulation(command, options.readText, options.width);
    case 'schema':
      return done(`${JSON.stringify(journeyJsonSchema(runtimeCatalogue), null, 2)}\n`);
    case 'keys':
      if (!options.keys)
        return usage('journey: keys needs the database; run it as `npm run journey -- keys …`\n');
      // Loaded for this command alone: it brings the database's modules, which every other
      // command's start would pay for.
      return (await import('./keys-command')).runKeys(command.action, options.keys);
    case 'new-node':
      return runNewNode(command, options.cwd ?? process.cwd());
    case 'personas':
      return done(
        command.json
          ? `${JSON.stringify(personaList(), null, 2)}\n`
          : formatPersonas(personaList()),
      );
  }
}
