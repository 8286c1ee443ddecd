import { describe, expect, it } from 'vitest';
import { enrollmentFactsSchema } from '../facts/facts';
import { testFacts } from './engine.fixtures';
import { parseEnrollmentFacts } from './parse-facts';

describe('parseEnrollmentFacts', () => {
  it('gives what the schema gives, a fresh copy each time', () => {
    const first = parseEnrollmentFacts(testFacts);
    const second = parseEnrollmentFacts(testFacts);
    expect(first).toEqual(enrollmentFactsSchema.parse(testFacts));
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    first.account.amountDue = 1;
    expect(parseEnrollmentFacts(testFacts).account.amountDue).toBe(testFacts.account.amountDue);
  });

  it('throws the schema’s error for invalid facts, every time', () => {
    const bad = { ...testFacts, account: { ...testFacts.account, amountDue: -1 } };
    expect(() => parseEnrollmentFacts(bad)).toThrow();
    expect(() => parseEnrollmentFacts(bad)).toThrow();
  });

  it('does not answer from memory for facts whose JSON text hides a difference', () => {
    const { firstName: _omitted, ...withoutName } = testFacts.borrower;
    const hidden = { ...testFacts, borrower: { ...withoutName } } as typeof testFacts;
    // The schema reads a hidden name; JSON.stringify does not see it.
    Object.defineProperty(hidden.borrower, 'firstName', { value: 'Lan', enumerable: false });
    expect(parseEnrollmentFacts(hidden).borrower.firstName).toBe('Lan');
    const missing = { ...testFacts, borrower: withoutName };
    expect(() => parseEnrollmentFacts(missing as typeof testFacts)).toThrow();
    const notANumber = { ...testFacts, account: { ...testFacts.account, amountDue: NaN } };
    expect(() => parseEnrollmentFacts(notANumber)).toThrow();
  });
});
