// Subscriptions and their delivery log, as the API and the Settings screen see them. The secret
// leaves the database once, in the answer to the create call.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEvents,
  webhookSubscriptions,
} from '../db/schema';
import type { PayloadKeyring } from '../temporal/payload-keys';
import type { WebhookEventType } from './webhook-event-types';
import { sealWebhookSecret } from './webhook-secret-seal';

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

const subscriptionColumns = {
  id: webhookSubscriptions.id,
  url: webhookSubscriptions.url,
  description: webhookSubscriptions.description,
  eventTypes: webhookSubscriptions.eventTypes,
  status: webhookSubscriptions.status,
  pausedReason: webhookSubscriptions.pausedReason,
  pausedAt: webhookSubscriptions.pausedAt,
  consecutiveFailures: webhookSubscriptions.consecutiveFailures,
  failingSince: webhookSubscriptions.failingSince,
  createdBy: webhookSubscriptions.createdBy,
  createdAt: webhookSubscriptions.createdAt,
};

type SubscriptionRow = {
  [
    K in keyof typeof subscriptionColumns
  ]: (typeof subscriptionColumns)[K]['_']['data'] extends infer D
    ? (typeof subscriptionColumns)[K]['_']['notNull'] extends true
      ? D
      : D | null
    : never;
};

function shown(row: SubscriptionRow) {
  return {
    ...row,
    pausedAt: toIso(row.pausedAt),
    failingSince: toIso(row.failingSince),
    createdAt: toIso(row.createdAt),
  };
}
export type WebhookSubscription = ReturnType<typeof shown>;

export async function listSubscriptions(db: Database): Promise<WebhookSubscription[]> {
  const rows = await db
    .select(subscriptionColumns)
    .from(webhookSubscriptions)
    .where(isNull(webhookSubscriptions.deletedAt))
    .orderBy(webhookSubscriptions.createdAt, webhookSubscriptions.id);
  return rows.map(shown);
}

export async function findSubscription(
  db: Database,
  id: string,
): Promise<WebhookSubscription | null> {
  const [row] = await db
    .select(subscriptionColumns)
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), isNull(webhookSubscriptions.deletedAt)));
  return row ? shown(row) : null;
}

/** A new subscription with a new secret, stored sealed; the secret is returned this once. */
export async function insertSubscription(
  db: Database,
  keyring: PayloadKeyring,
  input: {
    url: string;
    description?: string | null;
    eventTypes: WebhookEventType[];
    createdBy: string;
  },
): Promise<{ subscription: WebhookSubscription; secret: string }> {
  const secret = newWebhookSecret();
  const id = randomUUID();
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({
      ...input,
      id,
      description: input.description ?? null,
      secretSealed: sealWebhookSecret(keyring, secret, id),
    })
    .returning(subscriptionColumns);
  if (!row) throw new Error('insert returned no row');
  return { subscription: shown(row), secret };
}

export async function updateSubscription(
  db: Database,
  id: string,
  changes: {
    url?: string;
    description?: string | null;
    eventTypes?: WebhookEventType[];
    status?: 'active' | 'paused';
  },
  now: Date,
): Promise<WebhookSubscription | null> {
  const at = now.toISOString();
  const statusChange =
    changes.status === 'paused'
      ? { status: 'paused' as const, pausedReason: 'manual' as const, pausedAt: at }
      : changes.status === 'active'
        ? {
            status: 'active' as const,
            pausedReason: null,
            pausedAt: null,
            consecutiveFailures: 0,
            failingSince: null,
          }
        : {};
  const [row] = await db
    .update(webhookSubscriptions)
    .set({
      ...(changes.url === undefined ? {} : { url: changes.url }),
      ...(changes.description === undefined ? {} : { description: changes.description }),
      ...(changes.eventTypes === undefined ? {} : { eventTypes: changes.eventTypes }),
      ...statusChange,
      updatedAt: at,
    })
    .where(and(eq(webhookSubscriptions.id, id), isNull(webhookSubscriptions.deletedAt)))
    .returning(subscriptionColumns);
  return row ? shown(row) : null;
}

/** Soft delete: the log stays; pending deliveries are no longer sent. */
export async function deleteSubscription(db: Database, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(webhookSubscriptions)
    .set({ deletedAt: now.toISOString(), updatedAt: now.toISOString() })
    .where(and(eq(webhookSubscriptions.id, id), isNull(webhookSubscriptions.deletedAt)))
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

/** The newest deliveries of a subscription with each attempt, for the delivery log. */
export async function listDeliveries(db: Database, subscriptionId: string, limit: number) {
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookEvents.type,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastError: webhookDeliveries.lastError,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
    .orderBy(desc(webhookDeliveries.seq))
    .limit(limit);
  const ids = deliveries.map((delivery) => delivery.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(webhookAttempts)
          .where(inArray(webhookAttempts.deliveryId, ids))
          .orderBy(webhookAttempts.at, webhookAttempts.id);
  return deliveries.map((delivery) => ({
    ...delivery,
    nextAttemptAt: delivery.status === 'pending' ? toIso(delivery.nextAttemptAt) : null,
    deliveredAt: toIso(delivery.deliveredAt),
    createdAt: toIso(delivery.createdAt),
    attempts: attempts
      .filter((attempt) => attempt.deliveryId === delivery.id)
      .map((attempt) => ({
        at: toIso(attempt.at),
        ok: attempt.ok,
        httpStatus: attempt.httpStatus,
        error: attempt.error,
        durationMs: attempt.durationMs,
      })),
  }));
}
