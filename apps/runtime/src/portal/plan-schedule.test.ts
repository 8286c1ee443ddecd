import { describe, expect, it } from 'vitest';
import { addMonths, planSchedule, planTotal } from './plan-schedule';

const plan = (over: Partial<Parameters<typeof planSchedule>[0]> = {}) => ({
  instalments: 3,
  frequency: 'monthly' as const,
  discountPercent: 0,
  minInstalment: 0,
  ...over,
});

describe('planSchedule', () => {
  it('splits the balance into instalments that add up to the total, the last absorbing the cents', () => {
    const schedule = planSchedule(plan(), 100, '2026-03-02');
    expect(schedule).toEqual([
      { number: 1, date: '2026-03-09', amount: 33.34 },
      { number: 2, date: '2026-04-09', amount: 33.34 },
      { number: 3, date: '2026-05-09', amount: 33.32 },
    ]);
  });

  it('applies the discount and steps weekly or fortnightly', () => {
    const weekly = planSchedule(
      plan({ instalments: 4, frequency: 'weekly', discountPercent: 10 }),
      1800,
      '2026-03-02',
    );
    expect(weekly.map((i) => i.date)).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(weekly.reduce((sum, i) => sum + i.amount * 100, 0) / 100).toBe(
      planTotal(plan({ discountPercent: 10 }), 1800),
    );
    const fortnightly = planSchedule(
      plan({ instalments: 2, frequency: 'biweekly' }),
      50,
      '2026-03-02',
    );
    expect(fortnightly.map((i) => i.date)).toEqual(['2026-03-09', '2026-03-23']);
  });

  it('keeps month ends inside the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
