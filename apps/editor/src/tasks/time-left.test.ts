import { describe, expect, it } from 'vitest';
import { borrowerClock, timeLeft } from './time-left';

describe('timeLeft', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  it('says how long is left, or how long overdue', () => {
    expect(timeLeft('2026-03-02T12:45:00Z', now)).toEqual({ overdue: false, text: '45 min left' });
    expect(timeLeft('2026-03-02T15:20:00Z', now)).toEqual({
      overdue: false,
      text: '3 h 20 min left',
    });
    expect(timeLeft('2026-03-06T12:00:00Z', now)).toEqual({ overdue: false, text: '4 d left' });
    expect(timeLeft('2026-03-02T10:00:00Z', now)).toEqual({ overdue: true, text: 'overdue 2 h' });
  });

  it('shows the borrower’s clock in their zone', () => {
    expect(borrowerClock('Asia/Ho_Chi_Minh', now)).toBe('19:00');
  });
});
