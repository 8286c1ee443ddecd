import type { Schemas } from '@tandem/api-client';
import type { Condition } from '@tandem/dsl';
import { ApiCallError, answer, type Http } from './http';

// A journey's launch (its audience): GET/PUT /v1/journeys/{id}/launch, POST …/preview, …/start,
// …/pause, …/stop (docs/api.md, docs/audiences.md).

export type Launch = Schemas['Launch'];
export type LaunchStatus = Launch['status'];
export const launchStatuses = [
  'draft',
  'live',
  'paused',
  'stopped',
] as const satisfies LaunchStatus[];
export type LaunchPreview = Schemas['LaunchPreview'];
export type LaunchActionResult = Schemas['LaunchActionResult'];

export interface LaunchSettings {
  rules: Condition;
  priority: number;
  holdoutPercent: number;
  reentryCooloffDays: number;
}

/** A journey's launch; a journey with none yet reads as null. */
export function launchApi(http: Http) {
  const { api } = http;
  const at = (id: string) => ({ params: { path: { id } } });
  return {
    get: async (journeyId: string): Promise<Launch | null> => {
      try {
        return await answer(api.GET('/v1/journeys/{id}/launch', at(journeyId)));
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'NO_LAUNCH') return null;
        throw error;
      }
    },
    save: (journeyId: string, settings: LaunchSettings) =>
      answer(api.PUT('/v1/journeys/{id}/launch', { ...at(journeyId), body: settings })),
    preview: (journeyId: string, input: { rules: Condition; holdoutPercent: number }) =>
      answer(api.POST('/v1/journeys/{id}/launch/preview', { ...at(journeyId), body: input })),
    act: (journeyId: string, action: 'start' | 'pause' | 'stop') =>
      answer(api.POST(`/v1/journeys/{id}/launch/${action}`, at(journeyId))),
  };
}
export type LaunchApi = ReturnType<typeof launchApi>;
