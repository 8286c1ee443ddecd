import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

/** The journey against its launch's holdout (docs/results.md, "Journey vs holdout"). */
export type HoldoutComparison = NonNullable<Schemas['ResultsHoldout']>;
export type HoldoutDifference = HoldoutComparison['shares'][number]['difference'];
export type ResultsSummary = Schemas['ResultsSummary'];
export type StepResults = Schemas['ResultsSteps']['steps'][number];
export type DailyPoint = Schemas['ResultsDaily']['days'][number];
export type Conduct = Schemas['ResultsConduct'];

/** Which results: a published version, and optionally a cohort or day range (YYYY-MM-DD). */
export interface ResultsSelection {
  journeyId: string;
  version: number;
  from?: string;
  to?: string;
}

export type ResultsTable = '' | '/steps' | '/daily' | '/conduct';

/**
 * The path of a results table, without `/v1`; `csv` adds `format=csv` (a plain link downloads
 * it with the session cookie).
 * @example resultsPath({ journeyId: 'gentle', version: 2 }, '/steps')
 */
export function resultsPath(selection: ResultsSelection, table: ResultsTable, csv = false) {
  const query = new URLSearchParams();
  if (selection.from) query.set('from', selection.from);
  if (selection.to) query.set('to', selection.to);
  if (csv) query.set('format', 'csv');
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `/journeys/${encodeURIComponent(selection.journeyId)}/versions/${selection.version}/results${table}${search}`;
}

/** The results API: summary, per-step numbers, daily series and the conduct check. */
export function resultsApi(http: Http) {
  const { api } = http;
  const at = (s: ResultsSelection) => ({
    params: {
      path: { id: s.journeyId, version: s.version },
      query: { ...(s.from ? { from: s.from } : {}), ...(s.to ? { to: s.to } : {}) },
    },
  });
  const base = '/v1/journeys/{id}/versions/{version}/results';
  return {
    summary: (s: ResultsSelection) => answer(api.GET(base, at(s))),
    steps: (s: ResultsSelection) => answer(api.GET(`${base}/steps`, at(s))),
    daily: (s: ResultsSelection) => answer(api.GET(`${base}/daily`, at(s))),
    conduct: (s: ResultsSelection) => answer(api.GET(`${base}/conduct`, at(s))),
  };
}
