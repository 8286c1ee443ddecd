import type { HoldoutComparison, HoldoutDifference } from '../api/results-api';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { signed } from './format';

interface Row {
  metric: string;
  journey: string;
  holdout: string;
  difference: string;
}

/** The difference cell in plain words, or why there is none. */
function differenceText(difference: HoldoutDifference, minimum: number, { t, intl }: I18n): string {
  if (difference === null) return t('results.holdout.noBase');
  const value = signed(difference.estimate * 100, intl);
  const points =
    difference.low === null || difference.high === null
      ? t('results.holdout.points', { value })
      : t('results.holdout.pointsCi', {
          value,
          low: signed(difference.low * 100, intl),
          high: signed(difference.high * 100, intl),
        });
  return difference.enoughData
    ? t('results.holdout.against', { points })
    : t('results.holdout.notEnough', { points, minimum });
}

function rowsOf(h: HoldoutComparison, i18n: I18n): Row[] {
  const { t, format } = i18n;
  const shares = h.shares.map((s) => ({
    metric: t('results.holdout.paidWithin', { days: s.days }),
    journey: t('results.holdout.shareOf', {
      share: format.percent(s.journey.share),
      n: format.number(s.journey.n),
    }),
    holdout: t('results.holdout.shareOf', {
      share: format.percent(s.holdout.share),
      n: format.number(s.holdout.n),
    }),
    difference: differenceText(s.difference, h.minimumArmSize, i18n),
  }));
  const recovery = h.recovery.flatMap((r) => [
    {
      metric: t('results.holdout.recoveryRate', { currency: r.currency }),
      journey: t('results.holdout.shareOf', {
        share: format.percent(r.journey.recoveryRate),
        n: format.money(r.journey.due, r.currency),
      }),
      holdout: t('results.holdout.shareOf', {
        share: format.percent(r.holdout.recoveryRate),
        n: format.money(r.holdout.due, r.currency),
      }),
      difference: differenceText(r.difference, h.minimumArmSize, i18n),
    },
    {
      metric: t('results.holdout.payments', { currency: r.currency }),
      journey: t('results.holdout.paidIn', {
        amount: format.money(r.journey.paid, r.currency),
        count: format.number(r.journey.payments),
      }),
      holdout: t('results.holdout.paidIn', {
        amount: format.money(r.holdout.paid, r.currency),
        count: format.number(r.holdout.payments),
      }),
      // Totals of arms of different sizes do not compare; the recovery rate above does.
      difference: t('results.holdout.compareRecovery'),
    },
  ]);
  const m = h.medianDaysToFirstPayment;
  const days = (value: number | null) =>
    value === null
      ? t('results.tile.noPayment')
      : t('results.holdout.days', { days: format.number(value, 1) });
  return [
    ...shares,
    ...recovery,
    {
      metric: t('results.holdout.medianDays'),
      journey: days(m.journey),
      holdout: days(m.holdout),
      difference:
        m.difference === null
          ? t('results.holdout.noBase')
          : t('results.holdout.daysNoInterval', { days: signed(m.difference, i18n.intl) }),
    },
  ];
}

/**
 * Journey vs holdout: each money number for the accounts the launch enrolled and for those it
 * held out, with the difference and its 95 % interval in plain words.
 */
export function HoldoutTable(props: { holdout: HoldoutComparison; caption: string }) {
  const h = props.holdout;
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <table className="results-table results-holdout">
      <caption>
        {props.caption}
        <span className="results-holdout-note">
          {t('results.holdout.note', {
            journey: format.number(h.journeyAccounts),
            held: format.number(h.holdoutAccounts),
            percent: h.holdoutPercent,
          })}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('results.holdout.number')}</th>
          <th scope="col">{t('results.holdout.journey')}</th>
          <th scope="col">{t('results.holdout.holdout')}</th>
          <th scope="col">{t('results.holdout.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(h, i18n).map((row) => (
          <tr key={row.metric}>
            <th scope="row">{row.metric}</th>
            <td>{row.journey}</td>
            <td>{row.holdout}</td>
            <td>{row.difference}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
