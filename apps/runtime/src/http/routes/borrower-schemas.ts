// What the borrower, account and hold endpoints answer, as zod schemas for the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { externalIdSchema } from '../../imports/borrower-input';

const instant = z.string().describe('ISO 8601 instant, UTC');
const attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The external id in a path: the same rules as in a body. */
export const externalIdParams = z.object({
  externalId: externalIdSchema.openapi({ param: { name: 'externalId', in: 'path' } }),
});

export const holdViewSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    startsAt: instant,
    endsAt: instant.nullable().describe('When it ends by itself; null: only when ended by hand'),
    reason: z.string().nullable(),
    createdBy: z.string(),
    endedAt: instant.nullable(),
    endedBy: z.string().nullable(),
    active: z.boolean().describe('Whether it stops contact now'),
  })
  .openapi('Hold');

export const accountViewSchema = z
  .object({
    id: z.string(),
    externalId: z.string(),
    amountDue: z.number(),
    currency: z.string(),
    dueDate: z.string().nullable(),
    daysPastDue: z.number().int(),
    minimumPayment: z.number().nullable(),
    product: z.string().nullable(),
    timeBarred: z.boolean(),
    attributes,
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('Account');

export const borrowerViewSchema = z
  .object({
    id: z.string(),
    externalId: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    locale: z.string(),
    timezone: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    segment: z.string().nullable(),
    attributes,
    channels: z.record(
      z.string(),
      z.object({ address: z.string(), consent: z.boolean() }).optional(),
    ),
    preferences: z.object({
      optedOut: z.array(z.string()),
      preferredWindow: z
        .object({ start: z.string(), end: z.string(), days: z.array(z.string()).optional() })
        .optional(),
    }),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('Borrower');

export const borrowerDetailSchema = borrowerViewSchema
  .extend({ accounts: z.array(accountViewSchema), activeHolds: z.array(holdViewSchema) })
  .openapi('BorrowerDetail');

export const errorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi('Error');

/** The usual refusals, for the OpenAPI document (401 and 403 come from the access matrix). */
export const errorResponses = {
  400: {
    description: 'Invalid input; each bad field named in details',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;

export const notFoundResponse = {
  description: 'No borrower with this external id',
  content: { 'application/json': { schema: errorSchema } },
} as const;
