import type { Conduct, ResultsSummary } from '../api/results-api';
import { money, percent } from './format';

interface Tile {
  label: string;
  value: string;
  detail?: string;
  /** A conduct number that must read 0 and does not. */
  alarm?: boolean;
}

function tilesOf(s: ResultsSummary, conduct: Conduct | undefined): Tile[] {
  const e = s.enrollments;
  const outcomes = Object.entries(e.completedByOutcome)
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');
  const t = s.money.timing;
  return [
    { label: 'Enrolled', value: String(e.enrolled), detail: `${e.active} active` },
    {
      label: 'Completed',
      value: String(e.completed),
      detail: `${outcomes || 'no outcome yet'}; ${e.cancelled} cancelled, ${e.failed} failed`,
    },
    ...s.money.byCurrency.map((m) => ({
      label: `Paid (${m.currency})`,
      value: money(m.paid, m.currency),
      detail: `${m.payments} payments; recovery ${percent(m.recoveryRate)} of ${money(m.due, m.currency)}`,
    })),
    {
      label: 'Paying within 7 / 14 / 30 days',
      value: `${percent(t.within7)} / ${percent(t.within14)} / ${percent(t.within30)}`,
      detail:
        t.medianDaysToFirstPayment === null
          ? 'no payment yet'
          : `median ${t.medianDaysToFirstPayment.toFixed(1)} days to the first payment`,
    },
    {
      label: 'Promises kept',
      value: percent(s.promises.keptRate),
      detail: `${s.promises.made} made, ${s.promises.kept} kept, ${s.promises.broken} broken`,
    },
    {
      label: 'Plans accepted',
      value: `${s.plans.accepted} of ${s.plans.offered}`,
      detail: `${s.lessonsWatched} lessons watched`,
    },
    {
      label: 'Self-serve share',
      value: percent(s.selfServe.share),
      detail: `${s.selfServe.withoutAgent} of ${s.selfServe.resolutions} resolutions without an agent`,
    },
    {
      label: 'Escalations',
      value: String(s.escalations.created),
      detail: `${s.escalations.resolved} resolved, ${s.escalations.overdue} overdue`,
    },
    {
      label: 'Hardship and opt-outs',
      value: `${s.hardship.requests} / ${s.optOuts}`,
      detail: `${s.hardship.holds} holds; complaints ${percent(s.complaints.rate)}`,
    },
    ...(conduct
      ? [
          {
            label: 'Sends outside the window',
            value: String(conduct.outsideWindow),
            detail: `of ${conduct.contacts} contacts; ${conduct.duringHold} during a hold`,
            alarm: conduct.outsideWindow + conduct.duringHold > 0,
          },
          {
            label: 'Cap breaches',
            value: String(conduct.capBreaches),
            detail: `${conduct.afterOptOut} after an opt-out`,
            alarm: conduct.capBreaches + conduct.afterOptOut > 0,
          },
        ]
      : []),
  ];
}

/** The summary of one version as tiles; conduct numbers that are not 0 are marked. */
export function SummaryTiles(props: { summary: ResultsSummary; conduct?: Conduct | undefined }) {
  return (
    <dl className="results-tiles">
      {tilesOf(props.summary, props.conduct).map((tile) => (
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
