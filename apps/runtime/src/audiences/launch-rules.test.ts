import { describe, expect, it } from 'vitest';
import { launchRules } from './launch-rules';

describe('launchRules', () => {
  it('accepts the branch node’s conditions over borrower and account facts', () => {
    const rules = {
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 1 },
        { fact: 'account.daysPastDue', op: 'lte', value: 30 },
        { fact: 'borrower.segment', op: 'eq', value: 'first-time' },
        { fact: 'account.attributes.risk', op: 'in', value: ['low', 'medium'] },
      ],
    };
    expect(launchRules(rules)).toEqual({ ok: true, rules });
  });

  it('names each fact that is unknown or not known before a journey, by its path', () => {
    const result = launchRules({
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 1 },
        { any: [{ fact: 'journey.messagesSent', op: 'eq', value: 0 }] },
        { not: { fact: 'account.dayPastDue', op: 'gt', value: 3 } },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'rules.all.1.any.0.fact',
          message:
            '"journey.messagesSent" is not known before a journey starts: use borrower.* or account.* facts',
        },
        { path: 'rules.all.2.not.fact', message: '"account.dayPastDue" is not a fact' },
      ],
    });
  });

  it('refuses a malformed condition with a path', () => {
    const result = launchRules({ fact: 'account.daysPastDue', op: 'approximately', value: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path.startsWith('rules')).toBe(true);
  });
});
