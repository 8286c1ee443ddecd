import { describe, expect, it } from 'vitest';
import { aJourney, fakeCatalogue, journeyWith } from './test-fixtures';
import { validateJourney } from './validate-journey';

describe('validateJourney', () => {
  it('finds no problem in a valid journey and returns it parsed, defaults applied', () => {
    const result = validateJourney(aJourney(), fakeCatalogue);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.journey?.id).toBe('gentle-ladder');
    expect(result.journey?.policy.maxVisitsPerNode).toBe(20);
  });

  it('reports every problem of a badly broken journey at once, in a stable order', () => {
    const doc = journeyWith(
      [
        {
          id: 'hello',
          type: 'send',
          config: { channel: 'sms', message: { en: 'Hi {{ borower.firstName }}' } },
          next: { sent: 'check', snet: 'nowhere' },
        },
        {
          id: 'check',
          type: 'branch',
          config: { rules: [{ port: 'late', when: { fact: 'account.dpd', op: 'gt', value: 30 } }] },
          next: { late: 'hello', else: 'hello' },
        },
        {
          id: 'ab',
          type: 'split',
          config: { variants: [{ port: 'a', weight: 70 }] },
          next: { a: 'end' },
        },
        { id: 'lesson', type: 'educationLesson', next: {} },
        { id: 'end', type: 'end' },
        { id: 'end', type: 'end' },
      ],
      { defaultLocale: 'fr' },
    );
    const { ok, problems, journey } = validateJourney(doc, fakeCatalogue);
    expect(ok).toBe(false);
    expect(journey).toBeDefined();
    expect(problems.map((p) => [p.code, p.nodeId ?? null, p.path.join('.')])).toEqual([
      ['DEFAULT_LOCALE_NOT_LISTED', null, 'defaultLocale'],
      ['DUPLICATE_NODE_ID', 'end', 'nodes.5.id'],
      ['SPLIT_WEIGHTS', 'ab', 'nodes.2.config.variants'],
      ['UNKNOWN_NODE_TYPE', 'lesson', 'nodes.3.type'],
      ['UNKNOWN_PORT', 'hello', 'nodes.0.next.snet'],
      ['DANGLING_TARGET', 'hello', 'nodes.0.next.snet'],
      ['MISSING_LOCALE', 'hello', 'nodes.0.config.message'],
      ['UNKNOWN_FACT', 'hello', 'nodes.0.config.message.en'],
      ['UNKNOWN_FACT', 'check', 'nodes.1.config.rules.0.when.fact'],
      ['INSTANT_CYCLE', 'hello', 'nodes.0'],
      ['UNREACHABLE_NODE', 'ab', 'nodes.2'],
      ['UNREACHABLE_NODE', 'lesson', 'nodes.3'],
      ['UNREACHABLE_NODE', 'end', 'nodes.4'],
      ['NO_END', null, 'start'],
    ]);
    for (const problem of problems) {
      expect(problem.severity).toBe(
        ['UNREACHABLE_NODE', 'NO_END'].includes(problem.code) ? 'warning' : 'error',
      );
    }
  });

  it('is ok with warnings only', () => {
    const doc = aJourney();
    (doc.nodes as unknown[]).push({ id: 'spare', type: 'end' });
    const { ok, problems } = validateJourney(doc, fakeCatalogue);
    expect(problems.map((p) => p.code)).toEqual(['UNREACHABLE_NODE']);
    expect(ok).toBe(true);
  });

  it.each([
    undefined,
    0,
    'journey',
    [],
    {},
    { nodes: 'many' },
    { nodes: [null, 1, 'x', [], {}] },
    { dsl: 'journey/v1', nodes: [{ id: 'a', type: 'send', config: [], next: [] }] },
    {
      dsl: 'journey/v1',
      start: 'a',
      nodes: [
        { id: 'a', type: 'branch', config: { rules: [{ port: 'x', when: 7 }] }, next: { x: 'a' } },
      ],
    },
    aJourney({ nodes: [] }),
    aJourney({ policy: null, layout: { hello: 'top left' } }),
  ])('never throws, and reports a broken document as not ok: %j', (doc) => {
    const result = validateJourney(doc, fakeCatalogue);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.journey).toBeUndefined();
    for (const problem of result.problems) {
      expect(problem.message.length).toBeGreaterThan(10);
      expect(Array.isArray(problem.path)).toBe(true);
    }
  });

  it('adds no undefined keys to problems (JSON output stays clean)', () => {
    const doc = journeyWith([{ id: 'x', type: 'nope' }], { start: 'y' });
    for (const problem of validateJourney(doc, fakeCatalogue).problems) {
      expect(Object.values(problem)).not.toContain(undefined);
    }
  });
});
