import { emptyCounters } from '../facts/facts';
import type { FactsView } from '../facts/facts';

/** Every property optional, all the way down; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A complete, valid FactsView for tests: Lan, who reads Vietnamese in Ho Chi Minh City, owes
 * 2,500,000 VND due on 2026-03-01. Overrides merge deeply into a fresh copy (nothing is shared
 * between calls); a key given as `undefined` removes that fact, to test what a missing fact does.
 *
 * @example
 * const late = factsFixture({ account: { daysPastDue: 31 }, borrower: { locale: 'en' } });
 * const noDueDate = factsFixture({ account: { dueDate: undefined } });
 */
export function factsFixture(overrides: DeepPartial<FactsView> = {}): FactsView {
  const base: FactsView = {
    borrower: {
      id: 'borrower-lan',
      firstName: 'Lan',
      lastName: 'Nguyễn',
      locale: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
      attributes: {},
    },
    account: {
      id: 'account-lan-1',
      amountDue: 2_500_000,
      currency: 'VND',
      dueDate: '2026-03-01',
      daysPastDue: 0,
      minimumPayment: 500_000,
      product: 'bnpl',
      timeBarred: false,
      attributes: {},
    },
    journey: { ...emptyCounters(), lastEvent: null, daysInJourney: 0 },
    links: {
      portal: 'https://pay.example.test/p/lan',
      pay: 'https://pay.example.test/p/lan/pay',
      promise: 'https://pay.example.test/p/lan/promise',
      plan: 'https://pay.example.test/p/lan/plan',
      lesson: 'https://pay.example.test/p/lan/lesson',
    },
  };
  return merge({ ...base }, overrides) as unknown as FactsView;
}

function merge(target: Record<string, unknown>, patch: object): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    if (value === undefined) delete result[key];
    else if (isPlainObject(value) && isPlainObject(current)) result[key] = merge(current, value);
    else result[key] = value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
