// The one way an event reaches the outbox. Call it with the transaction that makes the change
// it announces: the change and its event commit together or not at all, so a crash between
// commit and delivery loses nothing (the dispatcher finds the row on its next run).
import { randomUUID } from 'node:crypto';
import type { JsonValue } from '@tandem/dsl';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { borrowers, webhookDeliveries, webhookEvents, webhookSubscriptions } from '../db/schema';
import type { WebhookEventType } from './webhook-event-types';

export type WebhookData = Record<string, JsonValue | undefined>;

/**
 * Writes the event and one pending delivery per subscription that wants its type (paused ones
 * too: they receive it when resumed). Returns the event id (`webhook-id`), or null when no
 * subscription wants it (nothing is written then).
 * @example await db.transaction(async (tx) => { await endHold(tx, …); await emitWebhookEvent(tx, 'hold.ended', borrowerId, { holdId, kind }) })
 */
export async function emitWebhookEvent(
  tx: Database,
  type: WebhookEventType,
  borrowerId: string | null,
  data: WebhookData,
  options: { now?: Date } = {},
): Promise<string | null> {
  const subscribers = await tx
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(
        isNull(webhookSubscriptions.deletedAt),
        sql`${webhookSubscriptions.eventTypes} @> ${JSON.stringify([type])}::jsonb`,
      ),
    );
  if (subscribers.length === 0) return null;
  const externalId = borrowerId
    ? ((
        await tx
          .select({ externalId: borrowers.externalId })
          .from(borrowers)
          .where(eq(borrowers.id, borrowerId))
      )[0]?.externalId ?? null)
    : null;
  const id = `evt_${randomUUID().replaceAll('-', '')}`;
  const at = (options.now ?? new Date()).toISOString();
  const cleanData = Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined),
  ) as Record<string, JsonValue>;
  const payload: Record<string, JsonValue> = {
    type,
    timestamp: at,
    data: { ...(externalId ? { borrower: { externalId } } : {}), ...cleanData },
  };
  await tx.insert(webhookEvents).values({ id, type, borrowerId, payload, occurredAt: at });
  await tx.insert(webhookDeliveries).values(
    subscribers.map((subscription) => ({
      eventId: id,
      subscriptionId: subscription.id,
      borrowerId,
      nextAttemptAt: at,
      retryingSince: at,
    })),
  );
  return id;
}

/** Inbound events (from the CRM, the portal, replies) that lenders hear about, by their name. */
const inboundToWebhook: Partial<Record<string, WebhookEventType>> = {
  'ptp.promised': 'promise.made',
  'plan.accepted': 'plan.accepted',
  'plan.declined': 'plan.declined',
  'lesson.watched': 'lesson.watched',
  'hardship.requested': 'hardship.requested',
  'contact.optedOut': 'borrower.optedOut',
};

/** The business facts of an inbound event worth passing on: never free text (a reply, a reason). */
const inboundFacts: Record<string, readonly string[]> = {
  'ptp.promised': ['date', 'amount'],
  'plan.accepted': ['option'],
  'lesson.watched': ['lesson', 'seconds'],
  'contact.optedOut': ['channel'],
  'hardship.requested': ['category'],
};

/** Whether storing an inbound event of this type announces it to webhook subscribers. */
export const announcesWebhook = (type: string): boolean => inboundToWebhook[type] !== undefined;

/**
 * Emits the webhook event for each stored inbound event that has one, in the storing transaction.
 * @example await emitForInboundEvents(tx, [{ id, type: 'ptp.promised', borrowerId, data: { date, amount } }])
 */
export async function emitForInboundEvents(
  tx: Database,
  stored: readonly {
    id: string;
    type: string;
    borrowerId: string;
    accountId?: string | null;
    data: Record<string, unknown>;
  }[],
): Promise<void> {
  for (const event of stored) {
    const type = inboundToWebhook[event.type];
    if (!type) continue;
    const facts: WebhookData = {};
    for (const key of inboundFacts[event.type] ?? []) {
      const value = event.data[key];
      if (['string', 'number', 'boolean'].includes(typeof value)) facts[key] = value as JsonValue;
    }
    await emitWebhookEvent(tx, type, event.borrowerId, {
      inboundEventId: event.id,
      ...(event.accountId ? { accountId: event.accountId } : {}),
      ...facts,
    });
  }
}
