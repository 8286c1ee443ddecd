import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance, factHint } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('wait', 'wait', 3)).toBe(0);
    expect(editDistance('wait', 'wai', 3)).toBe(1);
    expect(editDistance('wait', 'wbit', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('snet', 'sent', 3)).toBe(1);
    expect(editDistance('payment.recieved', 'payment.received', 3)).toBe(1);
  });

  it('stops at limit + 1 when the words are further apart', () => {
    expect(editDistance('hello', 'goodbye-world', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closestMatch', () => {
  it('finds the likely intended word among candidates', () => {
    expect(closestMatch('wiat-2d', ['hello', 'wait-2d', 'wait-3d'])).toBe('wait-2d');
  });

  it('ignores case differences when measuring', () => {
    expect(closestMatch('waitforevent', ['wait', 'waitForEvent'])).toBe('waitForEvent');
  });

  it('offers nothing when no candidate is close, or the word is too short to tell', () => {
    expect(closestMatch('completely-different', ['hello', 'wait-2d'])).toBeUndefined();
    expect(closestMatch('x', ['a', 'b'])).toBeUndefined();
  });

  it('never suggests the word itself', () => {
    expect(closestMatch('hello', ['hello'])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('phrases the suggestion, or says nothing', () => {
    expect(didYouMean('remnd', ['remind', 'wait'])).toBe(' Did you mean "remind"?');
    expect(didYouMean('zzzzzz', ['remind', 'wait'])).toBe('');
  });
});

describe('factHint', () => {
  it('suggests the fact a misspelt path was meant to be', () => {
    expect(factHint('borower.firstName')).toBe(' Did you mean "borrower.firstName"?');
    expect(factHint('account.dayPastDue')).toBe(' Did you mean "account.daysPastDue"?');
  });

  it('explains that a group such as "account" is not a value, with examples', () => {
    expect(factHint('account')).toContain('It is a group of facts, not a value');
    expect(factHint('account')).toContain('"account.amountDue"');
  });

  it('asks for one attribute when an open attribute group is named alone', () => {
    expect(factHint('borrower.attributes')).toBe(
      ' Name one attribute, e.g. "borrower.attributes.tier".',
    );
  });

  it('repairs a misspelt attribute group and keeps the attribute name', () => {
    expect(factHint('borrower.atributes.tier')).toBe(' Did you mean "borrower.attributes.tier"?');
  });

  it('points at the fact list when nothing is close', () => {
    expect(factHint('weather.today')).toBe(' See the list of facts in docs/dsl.md.');
  });
});
