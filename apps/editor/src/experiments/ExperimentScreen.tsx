import './experiment.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { AlertTriangle, ArrowLeft, CheckCircle2, Hourglass, MinusCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import type { Experiment } from '../api/experiments-api';
import {
  metricLabel,
  percent,
  points,
  pointsInterval,
  pValue,
  rateInterval,
  relative,
} from './format';

/** Numbers arrive while the page is open: the experiment is fetched again this often. */
export const EXPERIMENT_REFRESH_MS = 30_000;

/**
 * One A/B split's experiment in a published version: each arm's rate on the primary metric,
 * the lift over the first arm (the control) with always-valid intervals and p-values, the
 * guardrails, a plain verdict, how sensitive the test is now, and "promote" to turn the chosen
 * arm into a new draft.
 */
export function ExperimentScreen(props: { journeyId: string; version: number; nodeId: string }) {
  const { experiments } = useApi();
  const { journeyId, version, nodeId } = props;
  const query = useQuery({
    queryKey: ['experiment', journeyId, version, nodeId],
    queryFn: () => experiments.get(journeyId, version, nodeId),
    refetchInterval: EXPERIMENT_REFRESH_MS,
  });
  const [promoting, setPromoting] = useState<string | null>(null);

  return (
    <main className="experiment-screen">
      <nav aria-label="Breadcrumb">
        <Link href={`/journeys/${encodeURIComponent(journeyId)}`} className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> {journeyId}
        </Link>
      </nav>
      <header>
        <h1 className="experiment-title">
          Experiment “{nodeId}” · v{version}
        </h1>
        {query.data && (
          <p className="field-help">
            Primary metric:{' '}
            <strong>{metricLabel(query.data.primaryMetric, query.data.paidWithinDays)}</strong> ·
            always-valid statistics at α = {query.data.alpha}: look as often as you like.
            {!query.data.configured && ' The split has no experiment settings: defaults apply.'}
          </p>
        )}
      </header>
      {query.isPending && <p>Loading…</p>}
      {query.error && (
        <p className="form-error" role="alert">
          {query.error.message}
        </p>
      )}
      {query.data && (
        <>
          <VerdictCard experiment={query.data} />
          <ArmsTable experiment={query.data} />
          <Sensitivity experiment={query.data} />
          <Guardrails experiment={query.data} />
          <Promote experiment={query.data} onPromote={setPromoting} />
        </>
      )}
      {promoting !== null && query.data && (
        <PromoteDialog experiment={query.data} arm={promoting} onClose={() => setPromoting(null)} />
      )}
    </main>
  );
}

function VerdictCard({ experiment }: { experiment: Experiment }) {
  const { kind, text } = experiment.verdict;
  const { t } = useI18n();
  const Icon =
    kind === 'better'
      ? CheckCircle2
      : kind === 'guardrailBreached'
        ? AlertTriangle
        : kind === 'noMeaningfulDifference'
          ? MinusCircle
          : Hourglass;
  return (
    <section className={`card verdict verdict-${kind}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="panel-title">
        {t('experiments.verdict')}
      </h2>
      <p className="verdict-text" role="status">
        <Icon size={20} aria-hidden="true" /> {text}
      </p>
    </section>
  );
}

function ArmsTable({ experiment }: { experiment: Experiment }) {
  const comparisonOf = (arm: string) => experiment.comparisons.find((c) => c.arm === arm);
  const control = experiment.arms[0]?.arm;
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="arms-heading">
      <h2 id="arms-heading" className="panel-title">
        {t('experiments.arms')}
      </h2>
      <div className="table-scroll">
        <table className="journey-table experiment-table">
          <thead>
            <tr>
              <th scope="col">Arm</th>
              <th scope="col">Enrolled</th>
              <th scope="col">Counted</th>
              <th scope="col">Rate (interval)</th>
              <th scope="col">Lift vs {control} (interval)</th>
              <th scope="col">Relative lift</th>
              <th scope="col">p-value</th>
            </tr>
          </thead>
          <tbody>
            {experiment.arms.map((arm, i) => {
              const c = comparisonOf(arm.arm);
              return (
                <tr key={arm.arm}>
                  <th scope="row">
                    {arm.arm}
                    {i === 0 && <span className="field-help"> (control)</span>}
                  </th>
                  <td>{experiment.enrolled[arm.arm] ?? 0}</td>
                  <td>{arm.n}</td>
                  <td>
                    {percent(arm.rate)}{' '}
                    <span className="field-help">
                      {arm.rate === null ? '' : rateInterval(arm.interval)}
                    </span>
                  </td>
                  <td>
                    {c ? (
                      <>
                        {points(c.lift)}{' '}
                        <span className="field-help">{pointsInterval(c.liftInterval)}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{c ? relative(c) : '—'}</td>
                  <td>{c ? pValue(c.pValue) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {experiment.primaryMetric === 'paidWithinDays' && (
        <p className="field-help">
          “Counted” are enrollments whose {experiment.paidWithinDays}-day window has closed; the
          others join as their window ends.
        </p>
      )}
    </section>
  );
}

function Sensitivity({ experiment }: { experiment: Experiment }) {
  const days = experiment.daysToDetect;
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading" className="panel-title">
        {t('experiments.sensitivity')}
      </h2>
      <dl className="experiment-facts">
        <dt>Smallest difference detectable now</dt>
        <dd>
          {experiment.minimumDetectableEffect === null
            ? 'not enough data'
            : `${(experiment.minimumDetectableEffect * 100).toFixed(1)} pts`}
        </dd>
        <dt>Time to detect a {(experiment.targetEffect * 100).toFixed(1)}-point lift</dt>
        <dd>
          {experiment.enrollmentsNeeded === 0
            ? 'already detectable'
            : days === null
              ? experiment.enrollmentsNeeded === null
                ? 'not known yet'
                : `about ${experiment.enrollmentsNeeded} more enrollments per arm (nothing enrolled in the last 7 days)`
              : `about ${days} day${days === 1 ? '' : 's'} (${experiment.enrollmentsNeeded} more enrollments per arm)`}
        </dd>
        <dt>Recent enrollment rate</dt>
        <dd>{experiment.recentDailyEnrollments.toFixed(1)} a day (last 7 days)</dd>
      </dl>
    </section>
  );
}

function Guardrails({ experiment }: { experiment: Experiment }) {
  if (experiment.guardrails.length === 0) return null;
  const armNames = experiment.arms.map((a) => a.arm);
  return (
    <section className="card" aria-labelledby="guardrails-heading">
      <h2 id="guardrails-heading" className="panel-title">
        Guardrails
      </h2>
      <div className="table-scroll">
        <table className="journey-table experiment-table">
          <thead>
            <tr>
              <th scope="col">Guardrail</th>
              {armNames.map((a) => (
                <th scope="col" key={a}>
                  {a}
                </th>
              ))}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {experiment.guardrails.map((g) => (
              <tr key={g.metric}>
                <th scope="row">{metricLabel(g.metric, experiment.paidWithinDays)}</th>
                {armNames.map((a) => {
                  const arm = g.arms.find((x) => x.arm === a);
                  const c = g.comparisons.find((x) => x.arm === a);
                  return (
                    <td key={a}>
                      {percent(arm?.rate ?? null)}
                      {c && <span className="field-help"> {points(c.lift)}</span>}
                    </td>
                  );
                })}
                <td>
                  {g.breachedBy.length > 0 ? (
                    <span className="guardrail-breached">
                      <AlertTriangle size={14} aria-hidden="true" /> Worse in{' '}
                      {g.breachedBy.join(', ')}
                    </span>
                  ) : (
                    <span className="guardrail-ok">No arm worse</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Promote(props: { experiment: Experiment; onPromote: (arm: string) => void }) {
  const { verdict, arms } = props.experiment;
  const winner = verdict.kind === 'better' ? verdict.arm : undefined;
  return (
    <section className="card" aria-labelledby="promote-heading">
      <h2 id="promote-heading" className="panel-title">
        Promote an arm
      </h2>
      <p className="field-help">
        Creates a new draft in which the split is replaced by the arm’s path, for you to review and
        publish. Borrowers already in this version keep their arm.
      </p>
      <div className="promote-actions">
        {arms.map((a) => (
          <button
            key={a.arm}
            type="button"
            className={`button${a.arm === winner ? ' button-primary' : ''}`}
            onClick={() => props.onPromote(a.arm)}
          >
            Promote arm {a.arm}
          </button>
        ))}
      </div>
    </section>
  );
}

function PromoteDialog(props: { experiment: Experiment; arm: string; onClose: () => void }) {
  const { experiments } = useApi();
  const [, navigate] = useLocation();
  const { journeyId, version, nodeId } = props.experiment;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const promote = useMutation({
    mutationFn: () => experiments.promote(journeyId, version, nodeId, props.arm),
    onSuccess: () => navigate(`/journeys/${encodeURIComponent(journeyId)}`),
  });
  const undecided =
    props.experiment.verdict.kind !== 'better' || props.experiment.verdict.arm !== props.arm;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="promote-title" onClose={props.onClose}>
      <h2 id="promote-title" className="panel-title">
        Promote arm {props.arm}?
      </h2>
      <p>
        The draft of “{journeyId}” will be replaced by version {version} with the split “{nodeId}”
        replaced by arm {props.arm}’s path; the other arms’ steps are removed. Nothing is published
        until you publish the draft.
      </p>
      {undecided && (
        <p className="warning-text">
          The statistics have not shown that arm {props.arm} is better.
        </p>
      )}
      {promote.error && (
        <p className="form-error" role="alert">
          {promote.error.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={promote.isPending}
          onClick={() => promote.mutate()}
        >
          Promote and open the draft
        </button>
      </div>
    </dialog>
  );
}
