import { z } from 'zod';
import type { Http } from './http';

// Mirrors apps/runtime/src/webhooks/webhook-schemas.ts (the generated client will replace this).
export const webhookSubscriptionSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.string()),
  status: z.enum(['active', 'paused']),
  pausedReason: z.enum(['manual', 'failing']).nullable(),
  pausedAt: z.string().nullable(),
  consecutiveFailures: z.number(),
  failingSince: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type WebhookSubscription = z.infer<typeof webhookSubscriptionSchema>;

export const webhookDeliverySchema = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.array(
    z.object({
      at: z.string(),
      ok: z.boolean(),
      httpStatus: z.number().nullable(),
      error: z.string().nullable(),
      durationMs: z.number(),
    }),
  ),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

const one = z.object({ subscription: webhookSubscriptionSchema });

/** The event types a subscription can ask for, grouped as the Settings screen shows them. */
export const webhookEventGroups: { label: string; types: string[] }[] = [
  { label: 'Enrollments', types: ['enrollment.started', 'enrollment.finished'] },
  { label: 'Messages', types: ['message.sent', 'message.delivered', 'message.failed'] },
  {
    label: 'Borrower',
    types: [
      'promise.made',
      'promise.kept',
      'promise.broken',
      'plan.accepted',
      'plan.declined',
      'lesson.watched',
      'hardship.requested',
      'borrower.optedOut',
    ],
  },
  { label: 'Holds', types: ['hold.started', 'hold.ended'] },
  {
    label: 'Tasks',
    types: ['task.created', 'task.claimed', 'task.resolved', 'task.sla_breached'],
  },
];

/** Webhook subscriptions (admins only): list, create (secret once), change, log, replay. */
export function webhooksApi(http: Http) {
  const id = encodeURIComponent;
  const base = '/webhooks/subscriptions';
  return {
    list: () =>
      http.call('GET', base, z.object({ subscriptions: z.array(webhookSubscriptionSchema) })),
    create: (input: { url: string; eventTypes: string[]; description?: string }) =>
      http.call(
        'POST',
        base,
        z.object({ subscription: webhookSubscriptionSchema, secret: z.string() }),
        input,
      ),
    update: (
      subscriptionId: string,
      changes: { status?: 'active' | 'paused'; eventTypes?: string[]; url?: string },
    ) => http.call('PATCH', `${base}/${id(subscriptionId)}`, one, changes),
    deliveries: (subscriptionId: string) =>
      http.call(
        'GET',
        `${base}/${id(subscriptionId)}/deliveries`,
        z.object({ deliveries: z.array(webhookDeliverySchema) }),
      ),
    replay: (subscriptionId: string, deliveryId: string) =>
      http.call(
        'POST',
        `${base}/${id(subscriptionId)}/deliveries/${id(deliveryId)}/replay`,
        z.object({ deliveryId: z.string(), status: z.literal('pending') }),
        {},
      ),
  };
}
