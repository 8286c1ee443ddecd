import { parseArgs, type ParseArgsConfig } from 'node:util';
import { instantSchema, personaNames, toUtcIso } from '@tandem/dsl';
import { parseKeysArgs, type KeysAction } from './keys-args';

/** A fixed instant, not the wall clock: the same command prints the same timeline tomorrow. */
export const DEFAULT_START = '2026-03-02T09:00:00Z';
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 3650;
export const MAX_POPULATION = 1_000_000;
export const MAX_THREADS = 64;

export const commandNames = [
  'validate',
  'simulate',
  'schema',
  'personas',
  'keys',
  'new-node',
  'help',
] as const;
export type CommandName = (typeof commandNames)[number];

/** A built-in persona by name, or `script:<file.json>` (an explicit list of events). */
export type PersonaChoice = { kind: 'named'; name: string } | { kind: 'script'; file: string };

export type CliCommand =
  | { kind: 'help'; topic: CommandName | null }
  | { kind: 'validate'; files: string[]; json: boolean }
  | {
      kind: 'simulate';
      file: string;
      persona: PersonaChoice;
      borrower: string | null;
      start: string;
      days: number;
      json: boolean;
    }
  | {
      kind: 'simulate-population';
      file: string;
      /** Named personas, taken round-robin: every persona unless --persona names one. */
      personas: string[];
      borrower: string | null;
      start: string;
      days: number;
      count: number;
      /** Threads, the calling one included; null: by the work's size and the idle cores (startPopulationPool). */
      threads: number | null;
      json: boolean;
    }
  | { kind: 'schema' }
  | { kind: 'personas'; json: boolean }
  | { kind: 'keys'; action: KeysAction }
  | { kind: 'new-node'; name: string; activity: boolean; scope: string | null; dir: string | null };

/** A usage error names the command whose help to show with it. */
export type ParsedArgs =
  { ok: true; command: CliCommand } | { ok: false; message: string; topic: CommandName | null };

type Options = NonNullable<ParseArgsConfig['options']>;
const json = { type: 'boolean' } as const;
const help = { type: 'boolean', short: 'h' } as const;

const optionsByCommand: Record<Exclude<CommandName, 'help' | 'keys'>, Options> = {
  validate: { json, help },
  simulate: {
    persona: { type: 'string', short: 'p' },
    borrower: { type: 'string', short: 'b' },
    start: { type: 'string' },
    days: { type: 'string' },
    population: { type: 'string' },
    threads: { type: 'string' },
    json,
    help,
  },
  schema: { help },
  personas: { json, help },
  'new-node': {
    activity: { type: 'boolean' },
    scope: { type: 'string' },
    dir: { type: 'string' },
    help,
  },
};

const isCommand = (name: string): name is CommandName =>
  (commandNames as readonly string[]).includes(name);

/** Options before a `--` that ask for help, wherever they stand. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Node's message without its long hint about `--`, which only confuses here. */
function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. To specify a positional argument')[0] ?? message;
}

/**
 * Reads the command line (without `node` and the script) into a command, or a usage error.
 * Checks everything that needs no file: option names, --days, --start, persona names.
 * @example parseCliArgs(['simulate', 'a.journey.json', '--persona', 'silent'])
 */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return { ok: false, message: 'no command given', topic: null };
  if (name === '--help' || name === '-h')
    return { ok: true, command: { kind: 'help', topic: null } };
  if (!isCommand(name)) return { ok: false, message: `unknown command "${name}"`, topic: null };
  if (name === 'help') {
    const [topic, extra] = rest;
    if (topic === undefined) return { ok: true, command: { kind: 'help', topic: null } };
    if (!isCommand(topic) || extra !== undefined) {
      return { ok: false, message: `no help on "${rest.join(' ')}"`, topic: null };
    }
    return { ok: true, command: { kind: 'help', topic } };
  }
  if (wantsHelp(rest)) return { ok: true, command: { kind: 'help', topic: name } };
  if (name === 'keys') {
    const keys = parseKeysArgs(rest);
    return keys.ok
      ? { ok: true, command: { kind: 'keys', action: keys.action } }
      : { ok: false, message: keys.message, topic: 'keys' };
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: optionsByCommand[name],
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, message: shortMessage(error), topic: name };
  }
  const { values, positionals } = parsed;
  const fail = (message: string): ParsedArgs => ({ ok: false, message, topic: name });
  const flag = (key: string) => values[key] === true;
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);

  switch (name) {
    case 'validate':
      if (positionals.length === 0) return fail('name at least one journey file to validate');
      return { ok: true, command: { kind: 'validate', files: positionals, json: flag('json') } };
    case 'schema':
    case 'personas':
      if (positionals.length > 0) return fail(`"${name}" takes no file (got "${positionals[0]}")`);
      return {
        ok: true,
        command: name === 'schema' ? { kind: 'schema' } : { kind: 'personas', json: flag('json') },
      };
    case 'simulate':
      return readSimulate(positionals, text, flag('json'), fail);
    case 'new-node': {
      const [nodeName, extra] = positionals;
      if (nodeName === undefined) return fail('name the node, e.g. `new-node whatsapp-template`');
      if (extra !== undefined) return fail(`one node at a time (got "${nodeName}" and "${extra}")`);
      return {
        ok: true,
        command: {
          kind: 'new-node',
          name: nodeName,
          activity: flag('activity'),
          scope: text('scope') ?? null,
          dir: text('dir') ?? null,
        },
      };
    }
  }
}

function readSimulate(
  positionals: string[],
  text: (key: string) => string | undefined,
  asJson: boolean,
  fail: (message: string) => ParsedArgs,
): ParsedArgs {
  const [file, extra] = positionals;
  if (file === undefined) return fail('name the journey file to simulate');
  if (extra !== undefined)
    return fail(`simulate one journey at a time (got "${file}" and "${extra}")`);

  const population = text('population');
  if (population === undefined && text('threads') !== undefined)
    return fail('--threads goes with --population (one borrower runs on one thread)');
  const personaText = text('persona');
  if (population === undefined && personaText === undefined)
    return fail(
      `choose a persona with --persona (${personaNames.join(', ')}, or script:<file.json>)`,
    );
  let persona: PersonaChoice | null = null;
  if (personaText === undefined) {
    persona = null;
  } else if (personaText.startsWith('script:')) {
    const scriptFile = personaText.slice('script:'.length);
    if (scriptFile === '')
      return fail('--persona script: needs a file, e.g. --persona script:events.json');
    persona = { kind: 'script', file: scriptFile };
  } else if (personaNames.includes(personaText)) {
    persona = { kind: 'named', name: personaText };
  } else {
    return fail(
      `unknown persona "${personaText}"; personas: ${personaNames.join(', ')}, or script:<file.json>`,
    );
  }

  const startText = text('start') ?? DEFAULT_START;
  if (!instantSchema.safeParse(startText).success) {
    return fail(
      `--start must be an ISO date-time with a zone, e.g. ${DEFAULT_START} (got "${startText}")`,
    );
  }
  const daysText = text('days') ?? String(DEFAULT_DAYS);
  const days = wholeNumber(daysText);
  if (!(days >= 1 && days <= MAX_DAYS)) {
    return fail(`--days must be a whole number from 1 to ${MAX_DAYS} (got "${daysText}")`);
  }
  const start = toUtcIso(startText);
  const borrower = text('borrower') ?? null;
  if (population !== undefined) {
    const count = wholeNumber(population);
    if (!(count >= 1 && count <= MAX_POPULATION))
      return fail(
        `--population must be a whole number from 1 to ${MAX_POPULATION.toLocaleString('en-US')} (got "${population}")`,
      );
    const threadsText = text('threads');
    const threads = threadsText === undefined ? null : wholeNumber(threadsText);
    if (threads !== null && !(threads >= 1 && threads <= MAX_THREADS))
      return fail(
        `--threads must be a whole number from 1 to ${MAX_THREADS} (got "${threadsText}")`,
      );
    if (persona?.kind === 'script')
      return fail('--population runs the named personas; a script: persona is for one borrower');
    return {
      ok: true,
      command: {
        kind: 'simulate-population',
        file,
        personas: persona ? [persona.name] : [...personaNames],
        borrower,
        start,
        days,
        count,
        threads,
        json: asJson,
      },
    };
  }
  if (persona === null) return fail('choose a persona with --persona');
  return {
    ok: true,
    command: { kind: 'simulate', file, persona, borrower, start, days, json: asJson },
  };
}

const wholeNumber = (text: string): number => (/^\d+$/.test(text) ? Number(text) : NaN);
