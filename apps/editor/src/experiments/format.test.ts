import { describe, expect, it } from 'vitest';
import { points, pointsInterval, pValue, rateInterval, relative } from './format';

describe('experiment formatting', () => {
  it('writes lifts in signed percentage points and rates as percentages', () => {
    expect(points(0.06)).toBe('+6.0 pts');
    expect(points(-0.012)).toBe('−1.2 pts');
    expect(pointsInterval({ low: -0.01, high: 0.05 })).toBe('−1.0 to +5.0 pts');
    expect(rateInterval({ low: 0.151, high: 0.249 })).toBe('15.1–24.9%');
    expect(rateInterval(null)).toBe('not enough data');
    expect(pValue(0.0004)).toBe('< 0.001');
    expect(
      relative({
        control: 'a',
        arm: 'b',
        lift: 0.06,
        liftInterval: null,
        relativeLift: 0.3,
        relativeLiftInterval: { low: 0.05, high: 0.61 },
        pValue: 0.03,
      }),
    ).toBe('+30% (+5% to +61%)');
  });
});
