// The enrollment endpoints as OpenAPI routes: request and response schemas, nothing else.
import { createRoute, z } from '@hono/zod-openapi';

const statuses = ['pending', 'running', 'completed', 'cancelled', 'failed'] as const;
const externalRef = z.object({ externalId: z.string().min(1).max(200) });
const journeyId = z.string().min(1).max(200);
// The column is a 32-bit integer: a larger number is a 400, not a database error (found by the fuzz test).
const version = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647)
  .describe('Published version; default the latest');

export const enrollmentSchema = z
  .object({
    id: z.uuid(),
    workflowId: z.string().describe('"enr-<uuid>": the Temporal workflow id, no personal data'),
    status: z.enum(statuses),
    borrower: externalRef,
    account: externalRef,
    journeyId: z.string(),
    version: z.number().int(),
    currentNode: z.string().nullable(),
    outcome: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi('Enrollment');

const stepSchema = z.object({
  nodeId: z.string(),
  kind: z.enum(['enter', 'exit', 'end']),
  port: z.string().nullable(),
  at: z.string(),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const idParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const createEnrollmentRoute = createRoute({
  method: 'post',
  path: '/enrollments',
  tags: ['enrollments'],
  summary: 'Enroll an account in a published journey version',
  request: {
    body: body(
      z
        .object({
          borrower: externalRef,
          account: externalRef,
          journeyId,
          version: version.optional(),
        })
        .openapi('EnrollmentRequest'),
    ),
  },
  responses: {
    201: json(enrollmentSchema, 'Enrolled (pending until its workflow starts)'),
    200: json(enrollmentSchema, 'The account already has a live enrollment in this version'),
    422: { description: 'Unknown borrower, account or journey; or no published version' },
  },
});

export const bulkFilterSchema = z
  .object({
    country: z.string().min(2).max(2).optional(),
    segment: z.string().min(1).optional(),
    minDaysPastDue: z.number().int().nonnegative().max(36_500).optional(),
    product: z.string().min(1).optional(),
  })
  .strict()
  .describe('Every given criterion must hold; {} matches every account');

export const bulkEnrollRoute = createRoute({
  method: 'post',
  path: '/enrollments/bulk',
  tags: ['enrollments'],
  summary: 'Enroll every account of the named borrowers and/or matching a filter',
  request: {
    body: body(
      z
        .object({
          journeyId,
          version: version.optional(),
          borrowers: z.array(z.string().min(1).max(200)).min(1).max(10_000).optional(),
          filter: bulkFilterSchema.optional(),
        })
        .refine((b) => b.borrowers !== undefined || b.filter !== undefined, {
          path: ['filter'],
          message: 'name borrowers, or give a filter ({} for every account)',
        })
        .openapi('BulkEnrollmentRequest'),
    ),
  },
  responses: {
    200: json(
      z
        .object({
          journeyId: z.string(),
          version: z.number().int(),
          matched: z.number().int(),
          created: z.number().int(),
          existing: z.number().int().describe('Accounts already live in this version'),
          errors: z.array(z.object({ borrower: z.string(), message: z.string() })),
          notStarted: z
            .array(z.object({ enrollmentId: z.uuid(), message: z.string() }))
            .describe(
              'Enrollments created whose workflow could not be started (enrolling each again retries)',
            ),
        })
        .openapi('BulkEnrollmentReport'),
      'What was created, what already existed, and which named borrowers were not enrolled',
    ),
    422: { description: 'Unknown journey or no published version' },
  },
});

export const getEnrollmentRoute = createRoute({
  method: 'get',
  path: '/enrollments/{id}',
  tags: ['enrollments'],
  summary: 'An enrollment with the steps it has taken',
  request: { params: idParams },
  responses: {
    200: json(enrollmentSchema.extend({ steps: z.array(stepSchema) }), 'The enrollment'),
    404: { description: 'No such enrollment' },
  },
});

export const listEnrollmentsRoute = createRoute({
  method: 'get',
  path: '/enrollments',
  tags: ['enrollments'],
  summary: 'Enrollments, newest first',
  request: {
    query: z.object({
      borrower: z.string().min(1).optional().describe("The borrower's external id"),
      journeyId: z.string().min(1).optional(),
      status: z.enum(statuses).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
    }),
  },
  responses: {
    200: json(
      z.object({ enrollments: z.array(enrollmentSchema), nextCursor: z.string().nullable() }),
      'A page of enrollments',
    ),
  },
});

export const cancelEnrollmentRoute = createRoute({
  method: 'post',
  path: '/enrollments/{id}/cancel',
  tags: ['enrollments'],
  summary: 'Cancel a pending or running enrollment',
  request: { params: idParams },
  responses: {
    200: json(enrollmentSchema, 'Cancelled'),
    404: { description: 'No such enrollment' },
    409: { description: 'Already completed, cancelled or failed' },
  },
});
