import { problemCodes } from '@tandem/dsl';
import { z } from 'zod';

// The journeys API's responses (docs/api.md), parsed at the boundary.

export const problemSchema = z.object({
  code: z.enum(problemCodes),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  nodeId: z.string().optional(),
  nodeIds: z.array(z.string()).optional(),
  port: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])),
});

export const versionSummarySchema = z.object({
  version: z.number().int(),
  contentHash: z.string(),
  author: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const journeySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  draft: z.unknown(),
  draftUpdatedBy: z.string().nullable(),
  /** Sent back as If-Match on the next save. */
  draftEtag: z.string(),
  archivedAt: z.string().nullable(),
  updatedAt: z.string(),
  ok: z.boolean(),
  problems: z.array(problemSchema),
  versions: z.array(versionSummarySchema),
});
export type StoredJourney = z.infer<typeof journeySchema>;

export const journeyListSchema = z.object({
  journeys: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      draftUpdatedAt: z.string(),
      archivedAt: z.string().nullable(),
      latestVersion: z.number().int().nullable(),
      latestPublishedAt: z.string().nullable(),
      problemCount: z.number().int(),
      errorCount: z.number().int(),
    }),
  ),
});
export type JourneyListItem = z.infer<typeof journeyListSchema>['journeys'][number];

export const publishedSchema = versionSummarySchema.extend({
  journeyId: z.string(),
  created: z.boolean(),
  warnings: z.array(problemSchema),
});
export type Published = z.infer<typeof publishedSchema>;

export const versionSchema = versionSummarySchema.extend({
  journeyId: z.string(),
  document: z.unknown(),
});

const valueChange = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
const nodeRef = z.object({ nodeId: z.string(), type: z.string() });

export const diffSchema = z.object({
  from: z.union([z.number().int(), z.literal('draft')]),
  to: z.union([z.number().int(), z.literal('draft')]),
  diff: z.object({
    added: z.array(nodeRef),
    removed: z.array(nodeRef),
    changed: z.array(nodeRef.extend({ changes: z.array(valueChange) })),
    rewired: z.array(
      z.object({
        nodeId: z.string(),
        port: z.string(),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ),
    journey: z.array(valueChange),
  }),
});
export type ApiDiff = z.infer<typeof diffSchema>['diff'];

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
