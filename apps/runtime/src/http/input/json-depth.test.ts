import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-depth';

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets in strings or escaped quotes', () => {
    expect(jsonDepthExceeds('[[{}]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[{}]]', 2)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[\\"[[["}', 1)).toBe(false);
  });

  it('answers for 100,000 levels without recursion', () => {
    expect(jsonDepthExceeds('['.repeat(100_000))).toBe(true);
  });
});
