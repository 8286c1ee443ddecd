import type { HoldoutComparison, HoldoutDifference } from '../api/results-api';
import { money, percent, pointsWithInterval, signed } from './format';

interface Row {
  metric: string;
  journey: string;
  holdout: string;
  difference: string;
}

/** The difference cell in plain words, or why there is none. */
function differenceText(difference: HoldoutDifference, minimum: number): string {
  if (difference === null) return 'no base yet';
  const words = pointsWithInterval(difference.estimate, difference.low, difference.high);
  return difference.enoughData
    ? `${words} against doing nothing`
    : `${words}; not enough data for an interval (under ${minimum} accounts in an arm)`;
}

function rowsOf(h: HoldoutComparison): Row[] {
  const shares = h.shares.map((s) => ({
    metric: `Paid within ${s.days} days`,
    journey: `${percent(s.journey.share)} of ${s.journey.n}`,
    holdout: `${percent(s.holdout.share)} of ${s.holdout.n}`,
    difference: differenceText(s.difference, h.minimumArmSize),
  }));
  const recovery = h.recovery.flatMap((r) => [
    {
      metric: `Recovery rate (${r.currency})`,
      journey: `${percent(r.journey.recoveryRate)} of ${money(r.journey.due, r.currency)}`,
      holdout: `${percent(r.holdout.recoveryRate)} of ${money(r.holdout.due, r.currency)}`,
      difference: differenceText(r.difference, h.minimumArmSize),
    },
    {
      metric: `Payments (${r.currency})`,
      journey: `${money(r.journey.paid, r.currency)} in ${r.journey.payments}`,
      holdout: `${money(r.holdout.paid, r.currency)} in ${r.holdout.payments}`,
      // Totals of arms of different sizes do not compare; the recovery rate above does.
      difference: 'compare the recovery rate',
    },
  ]);
  const m = h.medianDaysToFirstPayment;
  const days = (value: number | null) =>
    value === null ? 'no payment yet' : `${value.toFixed(1)} days`;
  return [
    ...shares,
    ...recovery,
    {
      metric: 'Median days to the first payment',
      journey: days(m.journey),
      holdout: days(m.holdout),
      difference:
        m.difference === null ? 'no base yet' : `${signed(m.difference)} days (no interval)`,
    },
  ];
}

/**
 * Journey vs holdout: each money number for the accounts the launch enrolled and for those it
 * held out, with the difference and its 95 % interval in plain words.
 */
export function HoldoutTable(props: { holdout: HoldoutComparison; caption: string }) {
  const h = props.holdout;
  return (
    <table className="results-table results-holdout">
      <caption>
        {props.caption}
        <span className="results-holdout-note">
          {h.journeyAccounts} accounts in the journey, {h.holdoutAccounts} held out (
          {h.holdoutPercent}% holdout)
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Journey</th>
          <th scope="col">Holdout</th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(h).map((row) => (
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
