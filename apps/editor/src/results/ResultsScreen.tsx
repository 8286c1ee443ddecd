import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/client';
import { DateInput } from '../i18n/DateInput';
import { useI18n } from '../i18n/use-i18n';
import { resultsPath, type ResultsSelection, type ResultsTable } from '../api/results-api';
import { DailyChart } from './DailyChart';
import { StepsTable } from './StepsTable';
import { HoldoutTable } from './HoldoutTable';
import { SummaryTiles } from './SummaryTiles';
import { useConduct, useDailyResults, useResultsSummary, useStepResults } from './use-results';
import './results.css';

/** A CSV download of one results table: a plain link, so the session cookie goes with it. */
function CsvLink(props: { selection: ResultsSelection; table: ResultsTable; label: string }) {
  return (
    <a
      className="results-download"
      href={`/v1${resultsPath(props.selection, props.table, true)}`}
      download
    >
      {props.label}
    </a>
  );
}

/** One version's numbers: summary tiles, the daily chart and the step table, with CSV links. */
function VersionResults(props: { selection: ResultsSelection }) {
  const { selection } = props;
  const summary = useResultsSummary(selection);
  const conduct = useConduct(selection);
  const daily = useDailyResults(selection);
  const steps = useStepResults(selection);
  const { t } = useI18n();
  const version = selection.version;
  const error = summary.error ?? daily.error ?? steps.error ?? conduct.error;
  return (
    <section className="results-version card" aria-labelledby={`results-v${selection.version}`}>
      <h2 id={`results-v${selection.version}`} className="panel-title">
        {t('results.versionN', { version })}
      </h2>
      {error ? <p role="alert">{t('results.loadFailed', { error: error.message })}</p> : null}
      {summary.data ? (
        <SummaryTiles summary={summary.data} conduct={conduct.data} />
      ) : (
        <p>{t('results.loading')}</p>
      )}
      {summary.data?.holdout ? (
        <HoldoutTable
          holdout={summary.data.holdout}
          caption={t('results.holdoutCaption', { version })}
        />
      ) : null}
      <div className="results-downloads">
        <CsvLink selection={selection} table="" label={t('results.csv.summary')} />
        <CsvLink selection={selection} table="/steps" label={t('results.csv.steps')} />
        <CsvLink selection={selection} table="/daily" label={t('results.csv.daily')} />
        <CsvLink selection={selection} table="/conduct" label={t('results.csv.conduct')} />
      </div>
      <h3 className="results-subtitle">{t('results.eachDay')}</h3>
      {daily.data ? (
        <DailyChart days={daily.data.days} title={t('results.eachDayOf', { version })} />
      ) : null}
      {steps.data ? (
        <StepsTable steps={steps.data.steps} caption={t('results.stepsOf', { version })} />
      ) : null}
    </section>
  );
}

/**
 * Results (designers): pick a journey and a published version, and a second version to compare
 * side by side; the numbers refresh while the page is open. The date range picks a cohort
 * (enrollments created in it) for the summary and steps, and the days of the chart.
 */
export function ResultsScreen() {
  const api = useApi();
  const { t } = useI18n();
  const journeys = useQuery({ queryKey: ['journeys'], queryFn: () => api.journeys.list() });
  const published = (journeys.data?.journeys ?? []).filter((j) => j.latestVersion !== null);
  const [journeyId, setJourneyId] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [compare, setCompare] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const journey = published.find((j) => j.id === journeyId) ?? published[0];
  const latest = journey?.latestVersion ?? null;
  const versions = latest === null ? [] : Array.from({ length: latest }, (_, i) => latest - i);
  const shown = version !== null && versions.includes(version) ? version : latest;
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const selected = [shown, compare !== shown ? compare : null].filter((v) => v !== null);

  return (
    <main className="settings-section results-screen">
      <header>
        <h1 className="section-title">{t('results.title')}</h1>
      </header>
      {journeys.isSuccess && published.length === 0 ? <p>{t('results.noneYet')}</p> : null}
      <form
        className="results-filters"
        aria-label={t('results.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('results.journey')}{' '}
          <select
            value={journey?.id ?? ''}
            onChange={(e) => {
              setJourneyId(e.target.value);
              setVersion(null);
              setCompare(null);
            }}
          >
            {published.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('results.version')}{' '}
          <select value={shown ?? ''} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('results.compareWith')}{' '}
          <select
            value={compare ?? ''}
            onChange={(e) => setCompare(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('results.noComparison')}</option>
            {versions
              .filter((v) => v !== shown)
              .map((v) => (
                <option key={v} value={v}>
                  {t('results.versionN', { version: v })}
                </option>
              ))}
          </select>
        </label>
        <div className="date-field">
          <label htmlFor="results-from">{t('results.from')}</label>
          <DateInput id="results-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="date-field">
          <label htmlFor="results-to">{t('results.to')}</label>
          <DateInput id="results-to" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {journey ? (
        <div className={selected.length > 1 ? 'results-compare' : undefined}>
          {selected.map((v) => (
            <VersionResults key={v} selection={{ journeyId: journey.id, version: v, ...range }} />
          ))}
        </div>
      ) : null}
    </main>
  );
}
