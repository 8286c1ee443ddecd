// How the experiment page writes rates, lifts and intervals: percentages for rates, percentage
// points for absolute lifts (a lift of 0.03 reads "+3.0 pts"), and "—" for what is not known yet.
// Each takes the chosen language (English when left out, as the tests and the API texts read).
import type { ExperimentComparison } from '../api/experiments-api';
import { defaultLocale } from '../i18n/locales';
import type { MessageKey } from '../i18n/message-keys';
import { i18nFor, type I18n } from '../i18n/use-i18n';

type Interval = { low: number; high: number } | null;

const english = i18nFor(defaultLocale);

const fixed = (x: number, digits: number, i18n: I18n) =>
  i18n.intl.formatNumber(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const percent = (x: number | null, digits = 1, i18n: I18n = english) =>
  x === null ? '—' : `${fixed(x * 100, digits, i18n)}%`;

// A true minus sign and an explicit plus: a lift reads as a direction.
const signed = (x: number, digits: number, i18n: I18n) =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${fixed(Math.abs(x), digits, i18n)}`;

export const points = (x: number | null, i18n: I18n = english) =>
  x === null ? '—' : i18n.t('experiments.pts', { value: signed(x * 100, 1, i18n) });

/** "15.1–24.9%" or "not enough data". */
export const rateInterval = (i: Interval, i18n: I18n = english) =>
  i
    ? `${fixed(i.low * 100, 1, i18n)}–${fixed(i.high * 100, 1, i18n)}%`
    : i18n.t('experiments.notEnoughData');

/** "+1.2 to +10.8 pts". */
export const pointsInterval = (i: Interval, i18n: I18n = english) =>
  i
    ? i18n.t('experiments.ptsRange', {
        low: signed(i.low * 100, 1, i18n),
        high: signed(i.high * 100, 1, i18n),
      })
    : i18n.t('experiments.notEnoughData');

/** "+30%" with "(+5% to +61%)", or unbounded when the control could be 0. */
export const relative = (c: ExperimentComparison, i18n: I18n = english) => {
  if (c.relativeLift === null) return '—';
  const value = `${signed(c.relativeLift * 100, 0, i18n)}%`;
  const i = c.relativeLiftInterval;
  return i
    ? i18n.t('experiments.relativeRange', {
        value,
        low: `${signed(i.low * 100, 0, i18n)}%`,
        high: `${signed(i.high * 100, 0, i18n)}%`,
      })
    : value;
};

export const pValue = (p: number, i18n: I18n = english) =>
  p < 0.001 ? `< ${fixed(0.001, 3, i18n)}` : fixed(p, 3, i18n);

const metricKeys: Record<string, MessageKey> = {
  paidWithinDays: 'experiments.metric.paidWithinDays',
  promiseKept: 'experiments.metric.promiseKept',
  settled: 'experiments.metric.settled',
  planAccepted: 'experiments.metric.planAccepted',
  optOut: 'experiments.metric.optOut',
  hardshipOrDispute: 'experiments.metric.hardshipOrDispute',
};

export const metricLabel = (metric: string, days: number, i18n: I18n = english) => {
  const key = metricKeys[metric];
  return key ? i18n.t(key, { days }) : metric;
};
