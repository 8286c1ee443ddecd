// How the experiment page writes rates, lifts and intervals: percentages for rates, percentage
// points for absolute lifts (a lift of 0.03 reads "+3.0 pts"), and "—" for what is not known yet.
import type { ExperimentComparison } from '../api/experiments-api';

type Interval = { low: number; high: number } | null;

export const percent = (x: number | null, digits = 1) =>
  x === null ? '—' : `${(x * 100).toFixed(digits)}%`;

const signed = (x: number, digits = 1) =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(digits)}`;

export const points = (x: number | null) => (x === null ? '—' : `${signed(x * 100)} pts`);

/** "15.1–24.9%" or "not enough data". */
export const rateInterval = (i: Interval) =>
  i ? `${(i.low * 100).toFixed(1)}–${(i.high * 100).toFixed(1)}%` : 'not enough data';

/** "+1.2 to +10.8 pts". */
export const pointsInterval = (i: Interval) =>
  i ? `${signed(i.low * 100)} to ${signed(i.high * 100)} pts` : 'not enough data';

/** "+30%" with "(+5% to +61%)", or unbounded when the control could be 0. */
export const relative = (c: ExperimentComparison) => {
  if (c.relativeLift === null) return '—';
  const value = `${signed(c.relativeLift * 100, 0)}%`;
  const i = c.relativeLiftInterval;
  return i ? `${value} (${signed(i.low * 100, 0)}% to ${signed(i.high * 100, 0)}%)` : value;
};

export const pValue = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

export const metricLabel = (metric: string, days: number) =>
  ({
    paidWithinDays: `Paid within ${days} days`,
    promiseKept: 'Promise kept',
    settled: 'Settled',
    planAccepted: 'Plan accepted',
    optOut: 'Opt-out rate',
    hardshipOrDispute: 'Hardship or dispute rate',
  })[metric] ?? metric;
