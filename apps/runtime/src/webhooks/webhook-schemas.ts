// The /v1/webhooks endpoints as OpenAPI routes: request and response schemas, nothing else.
import { createRoute, z } from '@hono/zod-openapi';
import { errorSchema } from '../http/routes/borrower-schemas';
import { webhookEventTypeNames } from './webhook-event-types';

const tags = ['webhooks'];
const instant = z.string().describe('ISO 8601 instant, UTC');
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where deliveries go: https, or http to this machine only (a receiver under development).
 * Plain http elsewhere would send signed borrower events in clear text.
 */
export const webhookUrlSchema = z
  .string()
  .max(2048)
  .superRefine((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL' });
      return;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'must not hold a user name or password' });
    } else if (
      url.protocol === 'http:' ? !localHosts.has(url.hostname) : url.protocol !== 'https:'
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be https (http only for localhost or 127.0.0.1)',
      });
    }
  })
  .describe('https://…; http:// only for localhost, 127.0.0.1 or [::1]');

const eventTypesSchema = z
  .array(z.enum(webhookEventTypeNames))
  .min(1, 'name at least one event type')
  .max(webhookEventTypeNames.length)
  .refine((types) => new Set(types).size === types.length, 'an event type is named twice')
  .describe('The event types to receive (docs/webhooks.md lists them)');

export const webhookSubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(z.enum(webhookEventTypeNames)),
    status: z.enum(['active', 'paused']),
    pausedReason: z
      .enum(['manual', 'failing'])
      .nullable()
      .describe('manual: paused by someone; failing: every attempt failed for 24 hours'),
    pausedAt: instant.nullable(),
    consecutiveFailures: z.number().int().describe('Failed attempts in a row, 0 after a success'),
    failingSince: instant.nullable().describe('When the current run of failures began'),
    createdBy: z.string(),
    createdAt: instant,
  })
  .openapi('WebhookSubscription');

const attemptSchema = z
  .object({
    at: instant,
    ok: z.boolean(),
    httpStatus: z.number().int().nullable().describe('Null when no answer came (timeout, refused)'),
    error: z.string().nullable(),
    durationMs: z.number().int(),
  })
  .openapi('WebhookAttempt');

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.string().describe('The webhook-id header: stable across retries and replays'),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.array(attemptSchema),
    nextAttemptAt: instant.nullable().describe('When pending: the next try'),
    lastError: z.string().nullable(),
    deliveredAt: instant.nullable(),
    createdAt: instant,
  })
  .openapi('WebhookDelivery');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errorJson = (description: string) => json(errorSchema, description);
const idParams = z.object({
  id: z.uuid('not a subscription id').openapi({ param: { name: 'id', in: 'path' } }),
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const description = z.string().trim().min(1).max(200).nullable().optional();

export const listSubscriptionsRoute = createRoute({
  method: 'get',
  path: '/webhooks/subscriptions',
  tags,
  summary: 'Every webhook subscription, oldest first, without secrets',
  responses: {
    200: json(z.object({ subscriptions: z.array(webhookSubscriptionSchema) }), 'The subscriptions'),
  },
});

export const createSubscriptionRoute = createRoute({
  method: 'post',
  path: '/webhooks/subscriptions',
  tags,
  summary: 'Subscribe a URL to borrower events',
  description:
    'The signing secret (`whsec_…`, Standard Webhooks) is in this answer only. Several subscriptions may exist.',
  request: body(
    z
      .strictObject({ url: webhookUrlSchema, eventTypes: eventTypesSchema, description })
      .openapi('WebhookSubscriptionInput'),
  ),
  responses: {
    201: json(
      z.object({
        subscription: webhookSubscriptionSchema,
        secret: z.string().describe('whsec_…: shown this once, never again'),
      }),
      'The subscription and its secret',
    ),
    400: errorJson('A field is invalid; details name it'),
  },
});

export const getSubscriptionRoute = createRoute({
  method: 'get',
  path: '/webhooks/subscriptions/{id}',
  tags,
  summary: 'One subscription',
  request: { params: idParams },
  responses: {
    200: json(z.object({ subscription: webhookSubscriptionSchema }), 'The subscription'),
    400: errorJson('Not a subscription id'),
    404: errorJson('No such subscription (WEBHOOK_NOT_FOUND)'),
  },
});

export const updateSubscriptionRoute = createRoute({
  method: 'patch',
  path: '/webhooks/subscriptions/{id}',
  tags,
  summary: 'Change, pause or resume a subscription',
  description:
    'Resuming (`status: active`) clears a pause for failing; deliveries that waited are sent then.',
  request: {
    params: idParams,
    ...body(
      z
        .strictObject({
          url: webhookUrlSchema.optional(),
          eventTypes: eventTypesSchema.optional(),
          description,
          status: z.enum(['active', 'paused']).optional(),
        })
        .openapi('WebhookSubscriptionChange'),
    ),
  },
  responses: {
    200: json(z.object({ subscription: webhookSubscriptionSchema }), 'The changed subscription'),
    400: errorJson('Not a subscription id, or a field is invalid'),
    404: errorJson('No such subscription (WEBHOOK_NOT_FOUND)'),
  },
});

export const deleteSubscriptionRoute = createRoute({
  method: 'delete',
  path: '/webhooks/subscriptions/{id}',
  tags,
  summary: 'Delete a subscription; its delivery log stays',
  request: { params: idParams },
  responses: {
    204: { description: 'Deleted' },
    400: errorJson('Not a subscription id'),
    404: errorJson('No such subscription (WEBHOOK_NOT_FOUND)'),
  },
});

export const listDeliveriesRoute = createRoute({
  method: 'get',
  path: '/webhooks/subscriptions/{id}/deliveries',
  tags,
  summary: 'The delivery log: newest deliveries first, each with its attempts',
  request: {
    params: idParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50).optional(),
    }),
  },
  responses: {
    200: json(z.object({ deliveries: z.array(webhookDeliverySchema) }), 'The deliveries'),
    400: errorJson('Not a subscription id, or a bad limit'),
    404: errorJson('No such subscription (WEBHOOK_NOT_FOUND)'),
  },
});

export const replayDeliveryRoute = createRoute({
  method: 'post',
  path: '/webhooks/subscriptions/{id}/deliveries/{deliveryId}/replay',
  tags,
  summary: 'Send a delivery again (same webhook-id), with a fresh 24-hour retry window',
  request: {
    params: idParams.extend({
      deliveryId: z
        .uuid('not a delivery id')
        .openapi({ param: { name: 'deliveryId', in: 'path' } }),
    }),
  },
  responses: {
    202: json(z.object({ deliveryId: z.uuid(), status: z.literal('pending') }), 'Queued again'),
    400: errorJson('Not an id'),
    404: errorJson('No such subscription or delivery (WEBHOOK_NOT_FOUND, DELIVERY_NOT_FOUND)'),
  },
});
