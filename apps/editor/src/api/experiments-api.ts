import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

export type Experiment = Schemas['Experiment'];
export type ExperimentArm = Experiment['arms'][number];
export type ExperimentComparison = Experiment['comparisons'][number];

/** A split's experiment (always-valid statistics) and "promote this arm" into a new draft. */
export function experimentsApi(http: Http) {
  const { api } = http;
  const at = (id: string, version: number, nodeId: string) => ({
    params: { path: { id, version, nodeId } },
  });
  return {
    get: (journeyId: string, version: number, nodeId: string) =>
      answer(
        api.GET(
          '/v1/journeys/{id}/versions/{version}/experiments/{nodeId}',
          at(journeyId, version, nodeId),
        ),
      ),
    promote: (journeyId: string, version: number, nodeId: string, arm: string) =>
      answer(
        api.POST('/v1/journeys/{id}/versions/{version}/experiments/{nodeId}/promote', {
          ...at(journeyId, version, nodeId),
          body: { arm },
        }),
      ),
  };
}
