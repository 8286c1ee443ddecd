// Request and response shapes of the journeys API, as zod schemas that also make its OpenAPI.
import { z } from '@hono/zod-openapi';
import { problemCodes, slugSchema } from '@tandem/dsl';
import { ApiError } from '../errors';
import { nulCharacterAt } from './journey-content';

/** Postgres stores no U+0000; refuse it with the field named rather than fail on the insert. */
const noNul = (value: unknown, ctx: z.RefinementCtx) => {
  const path = nulCharacterAt(value);
  if (path)
    ctx.addIssue({ code: 'custom', path, message: 'must not contain the character U+0000' });
};

// `.openapi()` is copied onto a zod schema when it is built, and @tandem/dsl may build its schemas
// before @hono/zod-openapi is loaded: a clone made here has it.
export const journeyIdParam = z.object({
  id: slugSchema.clone().openapi({ param: { name: 'id', in: 'path' }, example: 'gentle-ladder' }),
});

// Postgres integers end at 2^31 - 1; a larger number must be a 400, not a driver error.
const maxInteger = 2_147_483_647;
const versionNumber = z.coerce.number().int().min(1).max(maxInteger);

export const versionParams = journeyIdParam.extend({
  version: versionNumber.openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});

const versionRef = z
  .string()
  .refine(
    (ref) => ref === 'draft' || (/^[1-9]\d{0,9}$/.test(ref) && Number(ref) <= maxInteger),
    'a version number such as 2, or "draft"',
  )
  .describe('A version number, or "draft"');

export const journeyListQuery = z.object({
  archived: z
    .enum(['exclude', 'include', 'only'])
    .default('exclude')
    .openapi({
      param: { name: 'archived', in: 'query' },
      description: 'Archived journeys: left out (the default), listed too, or listed alone',
    }),
});

export const diffQuery = z.object({
  from: versionRef.openapi({ param: { name: 'from', in: 'query' }, example: '1' }),
  to: versionRef.default('draft').openapi({ param: { name: 'to', in: 'query' }, example: 'draft' }),
});

/** Blank or only spaces (zero-width ones too): such a name shows as an empty, unclickable row. */
const blankText = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;
const notBlank = 'must not be blank or only spaces';
/** A journey's name, wherever one is sent: a list must be able to show it. */
const journeyName = z
  .string()
  .max(200)
  .refine((name) => !blankText.test(name), notBlank);

/** A draft only has to be an object with an id (and a name that is not blank, if it has one). */
export const draftDocumentSchema = z
  .looseObject({
    id: slugSchema,
    name: z
      .unknown()
      .refine((name) => typeof name !== 'string' || !blankText.test(name), notBlank)
      .optional(),
  })
  .superRefine(noNul)
  .openapi('JourneyDocument', {
    description:
      'A journey/v1 document (docs/dsl.md). A draft may be invalid; only an object with a slug `id` is required.',
  });

export const createJourneyBody = z
  .strictObject({
    document: draftDocumentSchema.optional(),
    id: slugSchema.optional().describe('For a blank journey: its id'),
    name: journeyName.optional().describe('For a blank journey: its name'),
    description: z.string().max(2000).optional().describe('For a blank journey'),
  })
  .superRefine((body, ctx) => {
    if (body.document !== undefined) {
      for (const key of ['id', 'name', 'description'] as const) {
        if (body[key] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'send either { document } or { id, name }, not both',
          });
      }
      return;
    }
    if (body.id === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: 'send { document }, or { id, name } for a blank journey',
      });
    if (body.name === undefined)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'a blank journey needs a name' });
    noNul(body, ctx);
  })
  .openapi('CreateJourney');

export const saveDraftBody = z.strictObject({ document: draftDocumentSchema }).openapi('SaveDraft');

export const validateBody = z
  .strictObject({
    document: z.unknown().optional().describe('Validate this instead of the stored draft'),
  })
  .openapi('ValidateJourney');

export const publishBody = z
  .strictObject({
    note: z
      .string()
      .max(1000)
      .superRefine(noNul)
      .optional()
      .describe('What changed, for the history'),
  })
  .openapi('PublishJourney');

export const problemSchema = z
  .object({
    code: z.enum(problemCodes),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    nodeId: z.string().optional(),
    nodeIds: z
      .array(z.string())
      .optional()
      .describe('Every node a problem spans (an instant cycle names each node on it)'),
    port: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])),
    args: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe(
        "The message's values by name (the port, the missing locale, the limit), for wording the problem in another language from its code",
      ),
  })
  .openapi('Problem');

export const versionSummarySchema = z
  .object({
    version: z.number().int(),
    contentHash: z.string().describe('SHA-256 of the canonical journey without layout'),
    author: z.string().describe('Name of the API key that published it'),
    note: z.string().nullable(),
    publishedAt: z.string(),
  })
  .openapi('JourneyVersionSummary');

export const journeySchemaOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    draft: z.unknown(),
    draftUpdatedBy: z.string().nullable(),
    draftRevision: z.number().int().describe('Goes up by one with every draft write'),
    draftEtag: z
      .string()
      .describe(
        'The ETag header’s value, for clients that do not read headers: send it as If-Match',
      ),
    archivedAt: z.string().nullable().describe('When it was archived; null while it is in use'),
    createdAt: z.string(),
    updatedAt: z.string(),
    ok: z.boolean().describe('True when the draft has no errors and could be published'),
    problems: z.array(problemSchema),
    versions: z.array(versionSummarySchema).describe('Newest first'),
  })
  .openapi('Journey');

export const journeyListSchema = z
  .object({
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
  })
  .openapi('JourneyList');

export const validationSchema = z
  .object({ ok: z.boolean(), problems: z.array(problemSchema) })
  .openapi('ValidationResult');

export const publishedSchema = versionSummarySchema
  .extend({
    journeyId: z.string(),
    created: z.boolean().describe('False when this content was already published'),
    warnings: z.array(problemSchema),
  })
  .openapi('PublishedVersion');

export const versionSchema = versionSummarySchema
  .extend({ journeyId: z.string(), document: z.unknown() })
  .openapi('JourneyVersion');

const valueChange = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  before: z.unknown().optional().describe('Absent when the field did not exist'),
  after: z.unknown().optional().describe('Absent when the field was removed'),
});
const nodeRef = z.object({ nodeId: z.string(), type: z.string() });

export const diffSchema = z
  .object({
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
  })
  .openapi('JourneyDiff');

export const errorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi('Error');

/**
 * Error responses for the spec; the handlers throw ApiError for them (401 and 403 come from the
 * access matrix).
 */
export const errors = (described: Partial<Record<400 | 404 | 409 | 422, string>>) =>
  Object.fromEntries(
    Object.entries(described).map(([status, description]) => [
      status,
      { description, content: { 'application/json': { schema: errorSchema } } },
    ]),
  );

export function journeyNotFound(id: string): ApiError {
  return new ApiError(404, 'JOURNEY_NOT_FOUND', `there is no journey "${id}"`, [
    { path: 'id', message: 'no such journey' },
  ]);
}
