import { describe, expect, it } from 'vitest';
import { duration, percent } from './format';

describe('results formatting', () => {
  it('writes shares as percents and no base as a dash', () => {
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(null)).toBe('—');
  });
  it('writes durations in the largest readable unit', () => {
    expect(duration(60)).toBe('60 s');
    expect(duration(3600)).toBe('60 min');
    expect(duration(7200)).toBe('2 h');
    expect(duration(3 * 86_400)).toBe('3 d');
    expect(duration(null)).toBe('—');
  });
});
