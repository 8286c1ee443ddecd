import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';
import { aJourney, fakeCatalogue, journeyWith, withoutArgs } from './test-fixtures';
import { validateJourney } from './validate-journey';

const problemsOf = (doc: unknown) => withoutArgs(validateJourney(doc, fakeCatalogue).problems);

describe('readDocument', () => {
  it.each([
    ['null', null, 'not null'],
    ['a string', '{"dsl":"journey/v1"}', 'not a string'],
    ['an array', [], 'not an array'],
    ['undefined', undefined, 'not undefined.'],
  ])('reports %s as one SCHEMA problem at the root', (_, doc, says) => {
    const { problems, journey } = readDocument(doc);
    expect(problems).toEqual([
      {
        code: 'SCHEMA',
        severity: 'error',
        message: expect.stringContaining(says) as string,
        path: [],
        args: { kind: 'notObject' },
      },
    ]);
    expect(journey).toBeUndefined();
  });

  it('returns the parsed journey with defaults applied when the shape is journey/v1', () => {
    const { problems, journey } = readDocument(aJourney());
    expect(problems).toEqual([]);
    expect(journey?.policy.exitOn).toEqual(['payment.settled', 'contact.ceased', 'dispute.opened']);
    expect(journey?.nodes[3]?.next).toEqual({});
  });

  it('says which field is missing and where, for each one at once', () => {
    const doc = aJourney();
    delete doc.name;
    delete doc.dsl;
    expect(problemsOf(doc)).toEqual([
      {
        code: 'SCHEMA',
        severity: 'error',
        message: 'The journey: "dsl" is missing; add "dsl": "journey/v1".',
        path: ['dsl'],
      },
      {
        code: 'SCHEMA',
        severity: 'error',
        message: 'The journey: "name" is missing; add it.',
        path: ['name'],
      },
    ]);
  });

  it('locates an unknown field at the field and names the node that holds it', () => {
    const doc = aJourney();
    (doc.nodes as Array<Record<string, unknown>>)[1]!.colour = 'red';
    expect(problemsOf(doc)).toEqual([
      {
        code: 'SCHEMA',
        severity: 'error',
        message: 'Node "wait-2d": unknown field "colour"; remove it or fix its spelling.',
        nodeId: 'wait-2d',
        path: ['nodes', 1, 'colour'],
      },
    ]);
  });

  it('passes on the custom messages of the schema, which say how to fix the value', () => {
    const problems = problemsOf(aJourney({ policy: { sendWindow: { start: '9am' } } }));
    expect(problems).toEqual([
      {
        code: 'SCHEMA',
        severity: 'error',
        message: 'policy.sendWindow.start: use 24-hour "HH:MM", e.g. "09:00"',
        path: ['policy', 'sendWindow', 'start'],
      },
    ]);
  });

  it('reports an unknown exit event as UNKNOWN_EVENT with the event it was probably meant to be', () => {
    expect(
      problemsOf(aJourney({ policy: { exitOn: ['payment.settled', 'dispute.opend'] } })),
    ).toEqual([
      {
        code: 'UNKNOWN_EVENT',
        severity: 'error',
        message:
          'policy.exitOn[1]: "dispute.opend" is not an event. Did you mean "dispute.opened"?',
        path: ['policy', 'exitOn', 1],
      },
    ]);
  });

  it('checks the rest of the journey when one node is malformed', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'wait', config: { for: 'P1D' }, next: { done: 'late' } },
      {
        id: 'late',
        type: 'wait',
        label: 42 as unknown as string,
        config: { for: 'soon' },
        next: { done: 'gone' },
      },
      { id: 'end', type: 'end' },
    ]);
    const { ok, problems, journey } = validateJourney(doc, fakeCatalogue);
    expect(ok).toBe(false);
    expect(journey).toBeUndefined();
    expect(problems.map((p) => [p.code, p.nodeId, p.path])).toEqual([
      ['SCHEMA', 'late', ['nodes', 1, 'label']],
      ['INVALID_CONFIG', 'late', ['nodes', 1, 'config', 'for']],
      ['DANGLING_TARGET', 'late', ['nodes', 1, 'next', 'done']],
      ['UNREACHABLE_NODE', 'end', ['nodes', 2]],
      // No NO_END: with its config broken, "late" might be a node that ends the journey.
    ]);
  });

  it('keeps the edges of a node whose other fields are broken, so its targets stay reachable', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'wait', config: { for: 'P1D' }, next: { done: 'odd' } },
      {
        id: 'odd',
        type: 'wait',
        config: { for: 'P1D' },
        next: { done: 'end', other: 'not an id!' },
      },
      { id: 'end', type: 'end' },
    ]);
    expect(problemsOf(doc).map((p) => [p.code, p.path])).toEqual([
      ['SCHEMA', ['nodes', 1, 'next', 'other']],
    ]);
  });

  it('names a node that is not an object by its index', () => {
    const doc = aJourney();
    (doc.nodes as unknown[]).push(7);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'SCHEMA',
        severity: 'error',
        message: 'nodes[4]: expected object, received number',
        path: ['nodes', 4],
      },
    ]);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['empty', ''],
  ])('reports a %s start as MISSING_START only, suggesting the first node', (_, start) => {
    const doc = aJourney({ start });
    if (start === undefined) delete doc.start;
    expect(problemsOf(doc)).toEqual([
      {
        code: 'MISSING_START',
        severity: 'error',
        message:
          'The journey has no "start": set it to the id of the node every borrower enters first (e.g. "hello").',
        path: ['start'],
      },
    ]);
  });
});
