import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/use-i18n';
import { borrowerClock, timeLeft } from './time-left';

describe('timeLeft', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const en = i18nFor('en');
  it('says how long is left, or how long overdue', () => {
    expect(timeLeft('2026-03-02T12:45:00Z', now, en)).toEqual({
      overdue: false,
      text: '45 min left',
    });
    expect(timeLeft('2026-03-02T15:20:00Z', now, en)).toEqual({
      overdue: false,
      text: '3 hr 20 min left',
    });
    expect(timeLeft('2026-03-06T12:00:00Z', now, en)).toEqual({
      overdue: false,
      text: '4 days left',
    });
    expect(timeLeft('2026-03-02T10:00:00Z', now, en)).toEqual({
      overdue: true,
      text: 'overdue 2 hr',
    });
  });

  it('says it in the chosen language, with its own units and word order', () => {
    expect(timeLeft('2026-03-02T12:45:00Z', now, i18nFor('vi')).text).toBe('còn 45 phút');
    expect(timeLeft('2026-03-02T10:00:00Z', now, i18nFor('zh')).text).toBe('已逾期 2小时');
    expect(timeLeft('2026-03-02T12:45:00Z', now, i18nFor('es')).text).toBe('quedan 45 min');
  });

  it('shows the borrower’s clock in their zone', () => {
    expect(borrowerClock('Asia/Ho_Chi_Minh', now)).toBe('19:00');
  });
});
