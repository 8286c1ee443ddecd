import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi, type ApiClient } from '../api/client';
import type { ResultsSelection } from '../api/results-api';

/** Results change while journeys run: every query here is fetched again this often. */
export const RESULTS_REFRESH_MS = 15_000;

type ResultsApi = ApiClient['results'];

/** One results table, polled; the previous numbers stay on screen while new ones load. */
function useResultsQuery<K extends keyof ResultsApi>(table: K, selection: ResultsSelection) {
  const { results } = useApi();
  return useQuery({
    queryKey: ['results', table, selection],
    queryFn: () => results[table](selection) as Promise<Awaited<ReturnType<ResultsApi[K]>>>,
    refetchInterval: RESULTS_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export const useResultsSummary = (s: ResultsSelection) => useResultsQuery('summary', s);
export const useStepResults = (s: ResultsSelection) => useResultsQuery('steps', s);
export const useDailyResults = (s: ResultsSelection) => useResultsQuery('daily', s);
export const useConduct = (s: ResultsSelection) => useResultsQuery('conduct', s);
