// Request and response shapes of a journey's launch (its audience), for zod and the OpenAPI document.
import { createRoute, z } from '@hono/zod-openapi';
import { conditionSchema } from '@tandem/dsl';
import { launchStatuses } from '../../db/schema';
import { errorResponses, errorSchema } from './borrower-schemas';
import { journeyIdParam } from './journeys-schemas';

const tags = ['launches'];
const instant = z.string().describe('ISO 8601 instant, UTC');

// Checked in the handler with the branch node's condition schema, so that every problem is
// reported with its path ("rules.all.1.fact") rather than as one union error.
const rulesSchema = z
  .unknown()
  .refine((value) => value !== undefined, 'the entry rules are required')
  .describe(
    'A Condition, as in the branch node: all / any / not over { fact, op, value }, naming borrower.* and account.* facts',
  )
  .openapi({
    example: {
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 1 },
        { fact: 'account.daysPastDue', op: 'lte', value: 30 },
        { fact: 'borrower.segment', op: 'eq', value: 'first-time' },
      ],
    },
  });

export const launchSettingsSchema = z
  .strictObject({
    rules: rulesSchema,
    priority: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(100)
      .describe('Lower goes first: the first live launch whose rules match an account takes it'),
    holdoutPercent: z
      .number()
      .int()
      .min(0)
      .max(50)
      .default(0)
      .describe('Share of matching accounts kept out of the journey, to measure its effect'),
    reentryCooloffDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .default(30)
      .describe('Days after leaving this journey before an account may enter it again'),
  })
  .openapi('LaunchSettings');

export const launchSchema = z
  .object({
    id: z.string(),
    journeyId: z.string(),
    rules: conditionSchema,
    priority: z.number().int(),
    holdoutPercent: z.number().int(),
    reentryCooloffDays: z.number().int(),
    status: z.enum(launchStatuses),
    createdBy: z.string(),
    updatedBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
    liveEnrollments: z
      .number()
      .int()
      .describe('Pending or running enrollments in the journey: what stopping would cancel'),
    heldOut: z.number().int().describe('Accounts held out so far'),
  })
  .openapi('Launch');

const previewBody = z
  .strictObject({
    rules: rulesSchema,
    holdoutPercent: z.number().int().min(0).max(50).default(0),
  })
  .openapi('LaunchPreviewRequest');

const previewSchema = z
  .object({
    matching: z.number().int().describe('Accounts the rules match now'),
    inAnotherJourney: z.number().int().describe('Of those, live in another journey'),
    alreadyInThisJourney: z.number().int(),
    wouldHoldOut: z.number().int(),
    wouldEnroll: z.number().int(),
    holdoutIsEstimate: z
      .boolean()
      .describe('True before the launch is saved: the draw then uses a stand-in for its id'),
    sample: z
      .array(
        z.object({
          firstName: z.string(),
          borrowerExternalId: z.string(),
          accountExternalId: z.string(),
        }),
      )
      .describe('Up to 10 matching accounts: first name and external ids only'),
  })
  .openapi('LaunchPreview');

const actionResultSchema = z
  .object({
    launch: launchSchema,
    enrolled: z.number().int().describe('Accounts enrolled by this action'),
    heldOut: z.number().int().describe('Accounts held out by this action'),
    cancelled: z.number().int().describe('Running enrollments cancelled by this action'),
  })
  .openapi('LaunchActionResult');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const notFound = json(errorSchema, 'No such journey, or it has no launch yet');
const conflict = json(errorSchema, 'The launch is not in a state that allows this');
const invalid = json(errorSchema, 'Invalid rules (each problem named by its path)');

export const getLaunchRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/launch',
  tags,
  summary: "A journey's launch: entry rules, priority, holdout, cool-off and status",
  request: { params: journeyIdParam },
  responses: { 200: json(launchSchema, 'The launch'), ...errorResponses, 404: notFound },
});

export const saveLaunchRoute = createRoute({
  method: 'put',
  path: '/journeys/{id}/launch',
  tags,
  summary: "Create or change a journey's launch settings (its status stays)",
  request: {
    params: journeyIdParam,
    body: { required: true, content: { 'application/json': { schema: launchSettingsSchema } } },
  },
  responses: {
    200: json(launchSchema, 'Changed'),
    201: json(launchSchema, 'Created as a draft'),
    ...errorResponses,
    404: notFound,
    422: invalid,
  },
});

export const previewLaunchRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/launch/preview',
  tags,
  summary: 'How many accounts some entry rules match now, and what launching would do',
  request: {
    params: journeyIdParam,
    body: { required: true, content: { 'application/json': { schema: previewBody } } },
  },
  responses: {
    200: json(previewSchema, 'The preview'),
    ...errorResponses,
    404: notFound,
    422: invalid,
  },
});

const action = (verb: 'start' | 'pause' | 'stop', summary: string, description: string) =>
  createRoute({
    method: 'post',
    path: `/journeys/{id}/launch/${verb}`,
    tags,
    summary,
    description,
    request: { params: journeyIdParam },
    responses: {
      200: json(actionResultSchema, 'Done'),
      ...errorResponses,
      404: notFound,
      409: conflict,
      422: json(errorSchema, 'The journey has no published version'),
    },
  });

export const startLaunchRoute = action(
  'start',
  'Launch: enroll matching accounts now and as they appear',
  'Evaluates every account at once, then on every borrower write, import and daily.',
);
export const pauseLaunchRoute = action(
  'pause',
  'Pause: no new entries; running enrollments continue',
  'Only a live launch can be paused.',
);
export const stopLaunchRoute = action(
  'stop',
  "Stop: no new entries, and cancel the journey's running enrollments",
  'The answer says how many were cancelled.',
);
