// The instalment schedule a plan means for a balance: the borrower sees every date and amount
// before choosing. Amounts follow the offerPlan node (instalmentAmount, rounded up to cents) and
// the last instalment absorbs the rounding, so the schedule adds up to the plan's total exactly.
import { addDays } from '@tandem/dsl';
import { instalmentAmount, type PlanOption } from '@tandem/nodes';

export interface Instalment {
  number: number;
  date: string;
  amount: number;
}

/** Days from choosing the plan to its first payment. */
export const FIRST_PAYMENT_AFTER_DAYS = 7;

const cents = (amount: number) => Math.round(amount * 100);

/** The plan's total after its discount, in currency units. */
export function planTotal(option: PlanOption, balance: number): number {
  return cents(balance * (1 - option.discountPercent / 100)) / 100;
}

/** YYYY-MM-DD plus whole months; the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * @example planSchedule({ instalments: 3, frequency: 'monthly', discountPercent: 0, minInstalment: 0 }, 100, '2026-03-02')
 * // [{ number: 1, date: '2026-03-09', amount: 33.34 }, { number: 2, date: '2026-04-09', amount: 33.34 }, { number: 3, date: '2026-05-09', amount: 33.32 }]
 */
export function planSchedule(option: PlanOption, balance: number, today: string): Instalment[] {
  const each = instalmentAmount(option, balance);
  const first = addDays(today, FIRST_PAYMENT_AFTER_DAYS);
  const dateOf = (i: number) =>
    option.frequency === 'monthly'
      ? addMonths(first, i)
      : addDays(first, i * (option.frequency === 'weekly' ? 7 : 14));
  const out: Instalment[] = [];
  for (let i = 0; i < option.instalments; i++) {
    const last = i === option.instalments - 1;
    const amount = last ? (cents(planTotal(option, balance)) - cents(each) * i) / 100 : each;
    out.push({ number: i + 1, date: dateOf(i), amount });
  }
  return out;
}
