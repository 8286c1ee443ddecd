import { z } from 'zod';
import type { Condition } from '@tandem/dsl';
import type { Http } from './http';

// A journey's launch (its audience): GET/PUT /v1/journeys/{id}/launch, POST …/preview, …/start,
// …/pause, …/stop (docs/api.md, docs/audiences.md), parsed at the boundary.

export const launchStatuses = ['draft', 'live', 'paused', 'stopped'] as const;
export type LaunchStatus = (typeof launchStatuses)[number];

export const launchSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  rules: z.custom<Condition>((value) => typeof value === 'object' && value !== null),
  priority: z.number(),
  holdoutPercent: z.number(),
  reentryCooloffDays: z.number(),
  status: z.enum(launchStatuses),
  updatedBy: z.string(),
  updatedAt: z.string(),
  liveEnrollments: z.number(),
  heldOut: z.number(),
});
export type Launch = z.infer<typeof launchSchema>;

export const launchPreviewSchema = z.object({
  matching: z.number(),
  inAnotherJourney: z.number(),
  alreadyInThisJourney: z.number(),
  wouldHoldOut: z.number(),
  wouldEnroll: z.number(),
  holdoutIsEstimate: z.boolean(),
  sample: z.array(
    z.object({
      firstName: z.string(),
      borrowerExternalId: z.string(),
      accountExternalId: z.string(),
    }),
  ),
});
export type LaunchPreview = z.infer<typeof launchPreviewSchema>;

const actionSchema = z.object({
  launch: launchSchema,
  enrolled: z.number(),
  heldOut: z.number(),
  cancelled: z.number(),
});
export type LaunchActionResult = z.infer<typeof actionSchema>;

export interface LaunchSettings {
  rules: Condition;
  priority: number;
  holdoutPercent: number;
  reentryCooloffDays: number;
}

const path = (journeyId: string) => `/journeys/${encodeURIComponent(journeyId)}/launch`;

/** A journey's launch; a journey with none yet reads as null. */
export function launchApi(http: Http) {
  return {
    get: async (journeyId: string): Promise<Launch | null> => {
      try {
        return await http.call('GET', path(journeyId), launchSchema);
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'NO_LAUNCH') return null;
        throw error;
      }
    },
    save: (journeyId: string, settings: LaunchSettings) =>
      http.call('PUT', path(journeyId), launchSchema, settings),
    preview: (journeyId: string, input: { rules: Condition; holdoutPercent: number }) =>
      http.call('POST', `${path(journeyId)}/preview`, launchPreviewSchema, input),
    act: (journeyId: string, action: 'start' | 'pause' | 'stop') =>
      http.call('POST', `${path(journeyId)}/${action}`, actionSchema),
  };
}
export type LaunchApi = ReturnType<typeof launchApi>;
