import type { Conduct, ResultsSummary } from '../api/results-api';
import { outcomeNameOf } from '../catalogue/outcome-name';
import { useI18n, type I18n } from '../i18n/use-i18n';

interface Tile {
  label: string;
  value: string;
  detail?: string;
  /** A conduct number that must read 0 and does not. */
  alarm?: boolean;
}

function tilesOf(s: ResultsSummary, conduct: Conduct | undefined, i18n: I18n): Tile[] {
  const { t, format } = i18n;
  const e = s.enrollments;
  const n = format.number;
  const outcomes = format.list(
    Object.entries(e.completedByOutcome).map(([outcome, count]) =>
      t('results.tile.outcome', {
        outcome: outcomeNameOf(outcome, i18n.locale),
        count: n(count),
      }),
    ),
  );
  const timing = s.money.timing;
  return [
    {
      label: t('results.tile.enrolled'),
      value: n(e.enrolled),
      detail: t('results.tile.active', { count: e.active }),
    },
    {
      label: t('results.tile.completed'),
      value: n(e.completed),
      detail: t('results.tile.completedDetail', {
        outcomes: outcomes || t('results.tile.noOutcome'),
        cancelled: e.cancelled,
        failed: e.failed,
      }),
    },
    ...s.money.byCurrency.map((m) => ({
      label: t('results.tile.paid', { currency: m.currency }),
      value: format.money(m.paid, m.currency),
      detail: t('results.tile.paidDetail', {
        payments: m.payments,
        rate: format.percent(m.recoveryRate),
        due: format.money(m.due, m.currency),
      }),
    })),
    {
      label: t('results.tile.payingWithin'),
      value: [timing.within7, timing.within14, timing.within30].map(format.percent).join(' / '),
      detail:
        timing.medianDaysToFirstPayment === null
          ? t('results.tile.noPayment')
          : t('results.tile.medianDays', { days: n(timing.medianDaysToFirstPayment, 1) }),
    },
    {
      label: t('results.tile.promisesKept'),
      value: format.percent(s.promises.keptRate),
      detail: t('results.tile.promisesDetail', {
        made: n(s.promises.made),
        kept: n(s.promises.kept),
        broken: n(s.promises.broken),
      }),
    },
    {
      label: t('results.tile.plansAccepted'),
      value: t('results.tile.ofTotal', { count: n(s.plans.accepted), total: n(s.plans.offered) }),
      detail: t('results.tile.lessons', { count: s.lessonsWatched }),
    },
    {
      label: t('results.tile.selfServe'),
      value: format.percent(s.selfServe.share),
      detail: t('results.tile.selfServeDetail', {
        count: n(s.selfServe.withoutAgent),
        total: n(s.selfServe.resolutions),
      }),
    },
    {
      label: t('results.tile.escalations'),
      value: n(s.escalations.created),
      detail: t('results.tile.escalationsDetail', {
        resolved: n(s.escalations.resolved),
        overdue: n(s.escalations.overdue),
      }),
    },
    {
      label: t('results.tile.hardship'),
      value: `${n(s.hardship.requests)} / ${n(s.optOuts)}`,
      detail: t('results.tile.hardshipDetail', {
        holds: s.hardship.holds,
        rate: format.percent(s.complaints.rate),
      }),
    },
    ...(conduct
      ? [
          {
            label: t('results.tile.outsideWindow'),
            value: n(conduct.outsideWindow),
            detail: t('results.tile.outsideWindowDetail', {
              contacts: n(conduct.contacts),
              duringHold: n(conduct.duringHold),
            }),
            alarm: conduct.outsideWindow + conduct.duringHold > 0,
          },
          {
            label: t('results.tile.capBreaches'),
            value: n(conduct.capBreaches),
            detail: t('results.tile.capBreachesDetail', { count: n(conduct.afterOptOut) }),
            alarm: conduct.capBreaches + conduct.afterOptOut > 0,
          },
        ]
      : []),
  ];
}

/** The summary of one version as tiles; conduct numbers that are not 0 are marked. */
export function SummaryTiles(props: { summary: ResultsSummary; conduct?: Conduct | undefined }) {
  const i18n = useI18n();
  return (
    <dl className="results-tiles">
      {tilesOf(props.summary, props.conduct, i18n).map((tile) => (
        <div
          key={tile.label}
          className={tile.alarm ? 'results-tile results-alarm' : 'results-tile'}
        >
          <dt>{tile.label}</dt>
          <dd>
            <span className="results-tile-value">{tile.value}</span>
            {tile.detail ? <span className="results-tile-detail">{tile.detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
