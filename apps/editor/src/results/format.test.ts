import { describe, expect, it } from 'vitest';
import { intlFor } from '../i18n/intl';
import { duration, percent, pointsWithInterval, signed } from './format';

describe('results formatting', () => {
  it('writes shares as percents and no base as a dash', () => {
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(null)).toBe('—');
  });
  it('writes durations in the largest readable unit', () => {
    expect(duration(60)).toBe('60 sec');
    expect(duration(3600)).toBe('60 min');
    expect(duration(7200)).toBe('2 hr');
    expect(duration(3 * 86_400)).toBe('3 days');
    expect(duration(null)).toBe('—');
    expect(duration(7200, intlFor('vi'))).toBe('2 giờ');
    expect(duration(3 * 86_400, intlFor('zh'))).toBe('3天');
  });
  it('writes signed differences with a true minus and rounds half away from zero', () => {
    expect(signed(3.75)).toBe('+3.8');
    expect(signed(-3.75)).toBe('\u22123.8');
    expect(signed(0.01)).toBe('\u00b10.0');
  });
  it('writes a difference of shares in points with its interval', () => {
    expect(pointsWithInterval(0.061, 0.02, 0.102)).toBe('+6.1 points (95 % CI +2.0 to +10.2)');
    expect(pointsWithInterval(-0.05, null, null)).toBe('\u22125.0 points');
  });
});
