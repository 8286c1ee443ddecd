import { describe, expect, it } from 'vitest';
import { factsFixture } from '../testing/facts-fixture';
import type { Condition, FactCondition } from './condition-schema';
import { conditionFacts, evaluateCondition } from './evaluate';

const facts = factsFixture({
  borrower: { segment: 'first-time', attributes: { tags: 'student,new', score: 640, vip: null } },
  account: { daysPastDue: 12 },
  journey: { lastEvent: 'ptp.promised' },
});
const check = (condition: Condition) => evaluateCondition(condition, facts);
const yes: FactCondition = { fact: 'account.daysPastDue', op: 'eq', value: 12 };
const no: FactCondition = { fact: 'account.daysPastDue', op: 'eq', value: 13 };

describe('evaluateCondition: combinators', () => {
  it('treats all: [] as true and any: [] as false', () => {
    expect(check({ all: [] })).toBe(true);
    expect(check({ any: [] })).toBe(false);
  });

  it('needs every child for all and one child for any', () => {
    expect(check({ all: [yes, yes] })).toBe(true);
    expect(check({ all: [yes, no] })).toBe(false);
    expect(check({ any: [no, yes] })).toBe(true);
    expect(check({ any: [no, no] })).toBe(false);
  });

  it('negates with not and nests', () => {
    expect(check({ not: no })).toBe(true);
    expect(check({ not: { all: [yes, { any: [no, { not: no }] }] } })).toBe(false);
  });
});

describe('evaluateCondition: eq and ne are strict', () => {
  it('matches equal values of the same type', () => {
    expect(check({ fact: 'borrower.segment', op: 'eq', value: 'first-time' })).toBe(true);
    expect(check({ fact: 'account.timeBarred', op: 'eq', value: false })).toBe(true);
    expect(check({ fact: 'journey.lastEvent', op: 'ne', value: 'payment.received' })).toBe(true);
  });

  it('never coerces a number fact to a numeric string or a boolean', () => {
    expect(check({ fact: 'account.daysPastDue', op: 'eq', value: '12' })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'ne', value: '12' })).toBe(true);
    expect(check({ fact: 'account.timeBarred', op: 'eq', value: 0 })).toBe(false);
  });

  it('treats a null fact as present and matched by eq null', () => {
    expect(check({ fact: 'borrower.attributes.vip', op: 'eq', value: null })).toBe(true);
    expect(check({ fact: 'journey.lastEvent', op: 'eq', value: null })).toBe(false);
  });
});

describe('evaluateCondition: ordering', () => {
  it('compares numbers', () => {
    expect(check({ fact: 'account.daysPastDue', op: 'gt', value: 11 })).toBe(true);
    expect(check({ fact: 'account.daysPastDue', op: 'gt', value: 12 })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'gte', value: 12 })).toBe(true);
    expect(check({ fact: 'account.daysPastDue', op: 'lt', value: 12 })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'lte', value: 12 })).toBe(true);
    expect(check({ fact: 'account.amountDue', op: 'gte', value: 2_500_000.01 })).toBe(false);
  });

  it('compares YYYY-MM-DD dates in calendar order', () => {
    expect(check({ fact: 'account.dueDate', op: 'lt', value: '2026-03-02' })).toBe(true);
    expect(check({ fact: 'account.dueDate', op: 'gt', value: '2026-02-28' })).toBe(true);
    expect(check({ fact: 'account.dueDate', op: 'gt', value: '2025-12-31' })).toBe(true);
    expect(check({ fact: 'account.dueDate', op: 'lte', value: '2026-03-01' })).toBe(true);
    expect(check({ fact: 'account.dueDate', op: 'lt', value: '2026-03-01' })).toBe(false);
  });

  it('compares ISO date-times with different offsets as instants', () => {
    // 10:00 in Ho Chi Minh City is 03:00 UTC: earlier than 04:00Z although it sorts later as text.
    const at = factsFixture({
      borrower: { attributes: { promisedAt: '2026-03-01T10:00:00+07:00' } },
    });
    const fact = 'borrower.attributes.promisedAt';
    expect(evaluateCondition({ fact, op: 'lt', value: '2026-03-01T04:00:00Z' }, at)).toBe(true);
    expect(evaluateCondition({ fact, op: 'gte', value: '2026-03-01T03:00:00.000Z' }, at)).toBe(
      true,
    );
    expect(evaluateCondition({ fact, op: 'gt', value: '2026-03-01T03:00:00Z' }, at)).toBe(false);
  });

  it('is false for mixed or unordered types instead of coercing', () => {
    expect(check({ fact: 'account.daysPastDue', op: 'gt', value: '5' })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'lte', value: '50' })).toBe(false);
    expect(check({ fact: 'account.timeBarred', op: 'lt', value: true })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'gt', value: [1] })).toBe(false);
    expect(check({ fact: 'borrower.attributes.vip', op: 'lte', value: 0 })).toBe(false);
  });
});

describe('evaluateCondition: missing facts', () => {
  const missing = 'borrower.region';
  it('makes every comparison false except ne', () => {
    for (const op of ['eq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'exists'] as const) {
      expect(check({ fact: missing, op, value: op === 'in' ? ['MA'] : 'MA' }), op).toBe(false);
    }
    expect(check({ fact: missing, op: 'ne', value: 'MA' })).toBe(true);
  });

  it('does not let eq null match a missing fact', () => {
    expect(check({ fact: missing, op: 'eq', value: null })).toBe(false);
  });

  it('reads a fact removed by the fixture as missing', () => {
    const noDue = factsFixture({ account: { dueDate: undefined } });
    expect(evaluateCondition({ fact: 'account.dueDate', op: 'exists' }, noDue)).toBe(false);
    expect(
      evaluateCondition({ fact: 'account.dueDate', op: 'lt', value: '9999-12-31' }, noDue),
    ).toBe(false);
  });
});

describe('evaluateCondition: in, contains, exists', () => {
  it('tests membership of the fact in an array value', () => {
    expect(check({ fact: 'borrower.segment', op: 'in', value: ['vip', 'first-time'] })).toBe(true);
    expect(check({ fact: 'borrower.segment', op: 'in', value: ['vip'] })).toBe(false);
    expect(check({ fact: 'account.daysPastDue', op: 'in', value: ['12'] })).toBe(false);
    expect(check({ fact: 'borrower.attributes.vip', op: 'in', value: [null] })).toBe(true);
  });

  it('is false when in is given a scalar', () => {
    expect(check({ fact: 'borrower.segment', op: 'in', value: 'first-time' })).toBe(false);
  });

  it('finds a substring in a string fact', () => {
    expect(check({ fact: 'borrower.attributes.tags', op: 'contains', value: 'student' })).toBe(
      true,
    );
    expect(check({ fact: 'borrower.attributes.tags', op: 'contains', value: 'Student' })).toBe(
      false,
    );
    expect(check({ fact: 'account.daysPastDue', op: 'contains', value: 1 })).toBe(false);
  });

  it('finds a member in an array fact', () => {
    const withArray = { ...facts, journey: { ...facts.journey, tags: ['a', 3] } };
    expect(evaluateCondition({ fact: 'journey.tags', op: 'contains', value: 3 }, withArray)).toBe(
      true,
    );
    expect(evaluateCondition({ fact: 'journey.tags', op: 'contains', value: '3' }, withArray)).toBe(
      false,
    );
  });

  it('is true for exists when the value is present, whatever it is', () => {
    expect(check({ fact: 'account.daysPastDue', op: 'exists' })).toBe(true);
    expect(check({ fact: 'account.timeBarred', op: 'exists' })).toBe(true);
    expect(check({ fact: 'borrower.attributes.vip', op: 'exists' })).toBe(false);
  });
});

describe('evaluateCondition: odd input never throws', () => {
  const odd = [
    null,
    'account.daysPastDue > 3',
    { all: 'nope' },
    { any: null },
    { not: null },
    { fact: 42, op: 'eq', value: 42 },
    { fact: 'account.daysPastDue', op: 'approximately', value: 12 },
    { all: [null, yes] },
  ] as unknown as Condition[];
  it.each(odd.map((c) => [JSON.stringify(c), c]))('%s is false', (_label, condition) => {
    expect(() => check(condition)).not.toThrow();
    expect(check(condition)).toBe(false);
  });

  it('is false when a path runs through a scalar', () => {
    expect(check({ fact: 'account.amountDue.value', op: 'exists' })).toBe(false);
  });
});

describe('conditionFacts', () => {
  it('lists every fact with its JSON path, in document order', () => {
    const condition: Condition = {
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 30 },
        { not: { fact: 'borrower.segment', op: 'eq', value: 'vip' } },
        { any: [{ all: [] }, { fact: 'journey.promisesBroken', op: 'gt', value: 0 }] },
      ],
    };
    expect(conditionFacts(condition)).toEqual([
      { fact: 'account.daysPastDue', path: ['all', 0, 'fact'] },
      { fact: 'borrower.segment', path: ['all', 1, 'not', 'fact'] },
      { fact: 'journey.promisesBroken', path: ['all', 2, 'any', 1, 'fact'] },
    ]);
  });

  it('reports a top-level fact and repeats a fact named twice', () => {
    expect(conditionFacts({ fact: 'x.y', op: 'exists' })).toEqual([
      { fact: 'x.y', path: ['fact'] },
    ]);
    expect(conditionFacts({ any: [yes, yes] }).map((f) => f.path)).toEqual([
      ['any', 0, 'fact'],
      ['any', 1, 'fact'],
    ]);
  });

  it('skips malformed nodes without throwing', () => {
    const odd = {
      all: [null, 'x', { not: { fact: 'a.b', op: 'exists' } }],
    } as unknown as Condition;
    expect(conditionFacts(odd)).toEqual([{ fact: 'a.b', path: ['all', 2, 'not', 'fact'] }]);
  });
});
