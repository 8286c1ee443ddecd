import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookEventType = Schemas['WebhookSubscriptionInput']['eventTypes'][number];
export type WebhookInput = Schemas['WebhookSubscriptionInput'];
export type WebhookChange = Schemas['WebhookSubscriptionChange'];

/** The event types a subscription can ask for, grouped as the Settings screen shows them. */
export const webhookEventGroups: { label: string; types: WebhookEventType[] }[] = [
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
  const { api } = http;
  const base = '/v1/webhooks/subscriptions';
  const at = (id: string) => ({ params: { path: { id } } });
  return {
    list: () => answer(api.GET(base)),
    create: (input: WebhookInput) => answer(api.POST(base, { body: input })),
    update: (subscriptionId: string, changes: WebhookChange) =>
      answer(api.PATCH(`${base}/{id}`, { ...at(subscriptionId), body: changes })),
    deliveries: (subscriptionId: string) =>
      answer(api.GET(`${base}/{id}/deliveries`, at(subscriptionId))),
    replay: (subscriptionId: string, deliveryId: string) =>
      answer(
        api.POST(`${base}/{id}/deliveries/{deliveryId}/replay`, {
          params: { path: { id: subscriptionId, deliveryId } },
        }),
      ),
  };
}
