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
import { verdictText } from './verdict-text';

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
  const i18n = useI18n();
  const { t } = i18n;

  return (
    <main className="experiment-screen">
      <nav aria-label={t('experiments.breadcrumb')}>
        <Link href={`/journeys/${encodeURIComponent(journeyId)}`} className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> {journeyId}
        </Link>
      </nav>
      <header>
        <h1 className="experiment-title">{t('experiments.title', { nodeId, version })}</h1>
        {query.data && (
          <p className="field-help">
            {i18n.intl.formatMessage(
              { id: 'experiments.primaryMetric' },
              {
                metric: metricLabel(query.data.primaryMetric, query.data.paidWithinDays, i18n),
                alpha: i18n.intl.formatNumber(query.data.alpha),
                strong: (chunks) => <strong>{chunks}</strong>,
              },
            )}
            {!query.data.configured && t('experiments.defaults')}
          </p>
        )}
      </header>
      {query.isPending && <p>{t('experiments.loading')}</p>}
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
  const { kind } = experiment.verdict;
  const i18n = useI18n();
  const { t } = i18n;
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
        <Icon size={20} aria-hidden="true" /> {verdictText(experiment, i18n)}
      </p>
    </section>
  );
}

function ArmsTable({ experiment }: { experiment: Experiment }) {
  const comparisonOf = (arm: string) => experiment.comparisons.find((c) => c.arm === arm);
  const control = experiment.arms[0]?.arm;
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <section className="card" aria-labelledby="arms-heading">
      <h2 id="arms-heading" className="panel-title">
        {t('experiments.arms')}
      </h2>
      <div className="table-scroll">
        <table className="journey-table experiment-table">
          <thead>
            <tr>
              <th scope="col">{t('experiments.col.arm')}</th>
              <th scope="col">{t('experiments.col.enrolled')}</th>
              <th scope="col">{t('experiments.col.counted')}</th>
              <th scope="col">{t('experiments.col.rate')}</th>
              <th scope="col">{t('experiments.col.lift', { control })}</th>
              <th scope="col">{t('experiments.col.relative')}</th>
              <th scope="col">{t('experiments.col.pValue')}</th>
            </tr>
          </thead>
          <tbody>
            {experiment.arms.map((arm, i) => {
              const c = comparisonOf(arm.arm);
              return (
                <tr key={arm.arm}>
                  <th scope="row">
                    {arm.arm}
                    {i === 0 && <span className="field-help">{t('experiments.control')}</span>}
                  </th>
                  <td>{format.number(experiment.enrolled[arm.arm] ?? 0)}</td>
                  <td>{format.number(arm.n)}</td>
                  <td>
                    {percent(arm.rate, 1, i18n)}{' '}
                    <span className="field-help">
                      {arm.rate === null ? '' : rateInterval(arm.interval, i18n)}
                    </span>
                  </td>
                  <td>
                    {c ? (
                      <>
                        {points(c.lift, i18n)}{' '}
                        <span className="field-help">{pointsInterval(c.liftInterval, i18n)}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{c ? relative(c, i18n) : '—'}</td>
                  <td>{c ? pValue(c.pValue, i18n) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {experiment.primaryMetric === 'paidWithinDays' && (
        <p className="field-help">
          {t('experiments.countedNote', { days: experiment.paidWithinDays })}
        </p>
      )}
    </section>
  );
}

function Sensitivity({ experiment }: { experiment: Experiment }) {
  const days = experiment.daysToDetect;
  const needed = experiment.enrollmentsNeeded;
  const i18n = useI18n();
  const { t, format } = i18n;
  const pts = (share: number) =>
    i18n.intl.formatNumber(share * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section className="card" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading" className="panel-title">
        {t('experiments.sensitivity')}
      </h2>
      <dl className="experiment-facts">
        <dt>{t('experiments.mde')}</dt>
        <dd>
          {experiment.minimumDetectableEffect === null
            ? t('experiments.notEnoughData')
            : t('experiments.pts', { value: pts(experiment.minimumDetectableEffect) })}
        </dd>
        <dt>{t('experiments.timeToDetect', { points: pts(experiment.targetEffect) })}</dt>
        <dd>
          {needed === 0
            ? t('experiments.alreadyDetectable')
            : days === null
              ? needed === null
                ? t('experiments.notKnown')
                : t('experiments.needNoRecent', { count: format.number(needed) })
              : t('experiments.needDays', { days, count: format.number(needed ?? 0) })}
        </dd>
        <dt>{t('experiments.recentRate')}</dt>
        <dd>
          {t('experiments.perDay', {
            count: i18n.intl.formatNumber(experiment.recentDailyEnrollments, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
          })}
        </dd>
      </dl>
    </section>
  );
}

function Guardrails({ experiment }: { experiment: Experiment }) {
  const armNames = experiment.arms.map((a) => a.arm);
  const i18n = useI18n();
  const { t, format } = i18n;
  if (experiment.guardrails.length === 0) return null;
  return (
    <section className="card" aria-labelledby="guardrails-heading">
      <h2 id="guardrails-heading" className="panel-title">
        {t('experiments.guardrails')}
      </h2>
      <div className="table-scroll">
        <table className="journey-table experiment-table">
          <thead>
            <tr>
              <th scope="col">{t('experiments.col.guardrail')}</th>
              {armNames.map((a) => (
                <th scope="col" key={a}>
                  {a}
                </th>
              ))}
              <th scope="col">{t('experiments.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {experiment.guardrails.map((g) => (
              <tr key={g.metric}>
                <th scope="row">{metricLabel(g.metric, experiment.paidWithinDays, i18n)}</th>
                {armNames.map((a) => {
                  const arm = g.arms.find((x) => x.arm === a);
                  const c = g.comparisons.find((x) => x.arm === a);
                  return (
                    <td key={a}>
                      {percent(arm?.rate ?? null, 1, i18n)}
                      {c && <span className="field-help"> {points(c.lift, i18n)}</span>}
                    </td>
                  );
                })}
                <td>
                  {g.breachedBy.length > 0 ? (
                    <span className="guardrail-breached">
                      <AlertTriangle size={14} aria-hidden="true" />{' '}
                      {t('experiments.worseIn', { arms: format.list(g.breachedBy) })}
                    </span>
                  ) : (
                    <span className="guardrail-ok">{t('experiments.noArmWorse')}</span>
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
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="promote-heading">
      <h2 id="promote-heading" className="panel-title">
        {t('experiments.promote.title')}
      </h2>
      <p className="field-help">{t('experiments.promote.help')}</p>
      <div className="promote-actions">
        {arms.map((a) => (
          <button
            key={a.arm}
            type="button"
            className={`button${a.arm === winner ? ' button-primary' : ''}`}
            onClick={() => props.onPromote(a.arm)}
          >
            {t('experiments.promote.button', { arm: a.arm })}
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
  const { t } = useI18n();
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
        {t('experiments.promote.confirmTitle', { arm: props.arm })}
      </h2>
      <p>{t('experiments.promote.explain', { journeyId, version, nodeId, arm: props.arm })}</p>
      {undecided && (
        <p className="warning-text">{t('experiments.promote.undecided', { arm: props.arm })}</p>
      )}
      {promote.error && (
        <p className="form-error" role="alert">
          {promote.error.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          {t('experiments.promote.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={promote.isPending}
          onClick={() => promote.mutate()}
        >
          {t('experiments.promote.confirm')}
        </button>
      </div>
    </dialog>
  );
}
