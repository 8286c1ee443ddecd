import { personaNames } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAYS, DEFAULT_START, parseCliArgs, type ParsedArgs } from './args';

const usageError = (parsed: ParsedArgs) => (parsed.ok ? null : parsed);

describe('parseCliArgs: commands and help', () => {
  it('is a usage error without a command', () => {
    expect(parseCliArgs([])).toEqual({ ok: false, message: 'no command given', topic: null });
  });

  it('names an unknown command', () => {
    expect(usageError(parseCliArgs(['simulat']))?.message).toBe('unknown command "simulat"');
  });

  it.each([[['--help']], [['-h']], [['help']]])('shows the overview for %j', (argv) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, command: { kind: 'help', topic: null } });
  });

  it('shows a command’s help for `help <command>` and `<command> --help`', () => {
    const expected = { ok: true, command: { kind: 'help', topic: 'simulate' } };
    expect(parseCliArgs(['help', 'simulate'])).toEqual(expected);
    // --help wins even when the rest of the line would be a usage error.
    expect(parseCliArgs(['simulate', '--help'])).toEqual(expected);
    expect(parseCliArgs(['simulate', '-h', '--days', 'x'])).toEqual(expected);
  });

  it('treats --help after -- as a file name', () => {
    expect(parseCliArgs(['validate', '--', '--help'])).toEqual({
      ok: true,
      command: { kind: 'validate', files: ['--help'], json: false },
    });
  });

  it('refuses help on an unknown topic', () => {
    expect(parseCliArgs(['help', 'nope']).ok).toBe(false);
  });
});

describe('parseCliArgs: validate, schema, personas', () => {
  it('takes several files and --json in any position', () => {
    expect(parseCliArgs(['validate', 'a.json', '--json', 'b.json'])).toEqual({
      ok: true,
      command: { kind: 'validate', files: ['a.json', 'b.json'], json: true },
    });
  });

  it('needs at least one file', () => {
    expect(usageError(parseCliArgs(['validate', '--json']))).toMatchObject({ topic: 'validate' });
  });

  it('rejects an unknown option without Node’s long hint', () => {
    const error = usageError(parseCliArgs(['validate', 'a.json', '--strict']));
    expect(error).toEqual({ ok: false, message: "Unknown option '--strict'", topic: 'validate' });
  });

  it('rejects a value given to a flag', () => {
    expect(parseCliArgs(['validate', 'a.json', '--json=yes']).ok).toBe(false);
  });

  it('parses schema and personas, which take no file', () => {
    expect(parseCliArgs(['schema'])).toEqual({ ok: true, command: { kind: 'schema' } });
    expect(parseCliArgs(['personas', '--json'])).toEqual({
      ok: true,
      command: { kind: 'personas', json: true },
    });
    expect(usageError(parseCliArgs(['schema', 'out.json']))?.message).toContain('takes no file');
  });
});

describe('parseCliArgs: simulate', () => {
  it('fills the fixed start and 30 days when not given', () => {
    expect(parseCliArgs(['simulate', 'j.json', '--persona', 'silent'])).toEqual({
      ok: true,
      command: {
        kind: 'simulate',
        file: 'j.json',
        persona: { kind: 'named', name: 'silent' },
        borrower: null,
        start: '2026-03-02T09:00:00.000Z',
        days: DEFAULT_DAYS,
        json: false,
      },
    });
    expect(DEFAULT_START).toBe('2026-03-02T09:00:00Z');
  });

  it('reads every option, normalising --start to UTC', () => {
    const parsed = parseCliArgs([
      'simulate',
      'j.json',
      '-p',
      'optsOut',
      '-b',
      'lan.json',
      '--start',
      '2026-03-02T07:00:00+07:00',
      '--days',
      '7',
      '--json',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        persona: { kind: 'named', name: 'optsOut' },
        borrower: 'lan.json',
        start: '2026-03-02T00:00:00.000Z',
        days: 7,
        json: true,
      },
    });
  });

  it('reads script:<file> as an event script', () => {
    expect(parseCliArgs(['simulate', 'j.json', '--persona', 'script:events.json'])).toMatchObject({
      ok: true,
      command: { persona: { kind: 'script', file: 'events.json' } },
    });
    expect(
      usageError(parseCliArgs(['simulate', 'j.json', '--persona', 'script:']))?.message,
    ).toContain('needs a file');
  });

  it('reads --population: every persona in turn unless one is named, threads by default per core', () => {
    expect(parseCliArgs(['simulate', 'j.json', '--population', '10000'])).toEqual({
      ok: true,
      command: {
        kind: 'simulate-population',
        file: 'j.json',
        personas: personaNames,
        borrower: null,
        start: '2026-03-02T09:00:00.000Z',
        days: 30,
        count: 10_000,
        threads: null,
        json: false,
      },
    });
    expect(
      parseCliArgs([
        'simulate',
        'j.json',
        '--population',
        '5',
        '--persona',
        'optsOut',
        '--threads',
        '3',
      ]),
    ).toMatchObject({ ok: true, command: { personas: ['optsOut'], count: 5, threads: 3 } });
  });

  it('lists the personas when the name is unknown', () => {
    const error = usageError(parseCliArgs(['simulate', 'j.json', '--persona', 'grumpy']));
    expect(error?.message).toContain('unknown persona "grumpy"');
    expect(error?.message).toContain('silent, paysAfterFirstReminder');
    expect(error?.topic).toBe('simulate');
  });

  it.each([
    [['simulate', '--persona', 'silent'], 'name the journey file'],
    [['simulate', 'a.json', 'b.json', '--persona', 'silent'], 'one journey at a time'],
    [['simulate', 'j.json'], 'choose a persona'],
    [['simulate', 'j.json', '--persona'], 'argument missing'],
    [['simulate', 'j.json', '--persona', 'silent', '--days', '0'], '--days'],
    [['simulate', 'j.json', '--persona', 'silent', '--days', '2.5'], '--days'],
    [['simulate', 'j.json', '--persona', 'silent', '--days', '3651'], '--days'],
    [['simulate', 'j.json', '--persona', 'silent', '--start', '2026-03-02'], '--start'],
    [['simulate', 'j.json', '--persona', 'silent', '--start', 'tomorrow'], '--start'],
    [['simulate', 'j.json', '--population', '0'], '--population must be'],
    [['simulate', 'j.json', '--population', '1e3'], '--population must be'],
    [['simulate', 'j.json', '--population', '1000001'], '--population must be'],
    [['simulate', 'j.json', '--population', '10', '--threads', '0'], '--threads must be'],
    [['simulate', 'j.json', '--population', '10', '--threads', '65'], '--threads must be'],
    [['simulate', 'j.json', '--persona', 'silent', '--threads', '2'], '--threads goes with'],
    [['simulate', 'j.json', '--population', '10', '--persona', 'script:e.json'], 'named personas'],
  ])('refuses %j', (argv, message) => {
    const error = usageError(parseCliArgs(argv));
    expect(error?.message).toContain(message);
  });
});
