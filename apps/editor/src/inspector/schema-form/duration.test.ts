import { describe, expect, it } from 'vitest';
import { durationIso, simpleDuration } from './duration';

describe('friendly durations', () => {
  it('reads single-unit ISO durations as amount and unit', () => {
    expect(simpleDuration('P2D')).toEqual({ amount: 2, unit: 'days' });
    expect(simpleDuration('PT4H')).toEqual({ amount: 4, unit: 'hours' });
    expect(simpleDuration('P1W')).toEqual({ amount: 1, unit: 'weeks' });
    expect(simpleDuration('PT30M')).toEqual({ amount: 30, unit: 'minutes' });
  });

  it('leaves mixed durations to the ISO text input', () => {
    expect(simpleDuration('P1DT12H')).toBeNull();
    expect(simpleDuration('nonsense')).toBeNull();
  });

  it('writes ISO text back, whole non-negative amounts only', () => {
    expect(durationIso(3, 'days')).toBe('P3D');
    expect(durationIso(2, 'hours')).toBe('PT2H');
    expect(durationIso(-1, 'weeks')).toBe('P0W');
    expect(durationIso(1.6, 'minutes')).toBe('PT2M');
  });
});
