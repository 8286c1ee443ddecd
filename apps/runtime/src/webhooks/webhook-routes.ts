// /v1/webhooks: subscriptions, their delivery log and replay. Admins only (the access matrix
// says so); each change is audited in its own transaction.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { webhookDeliveries } from '../db/schema';
import type { RouteModule } from '../http/app';
import { ApiError } from '../http/errors';
import { newRouter } from '../http/router';
import { replayDelivery } from './webhook-dispatcher';
import {
  createSubscriptionRoute,
  deleteSubscriptionRoute,
  getSubscriptionRoute,
  listDeliveriesRoute,
  listSubscriptionsRoute,
  replayDeliveryRoute,
  updateSubscriptionRoute,
} from './webhook-schemas';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  updateSubscription,
} from './webhook-subscriptions';

const notFound = (id: string) =>
  new ApiError(404, 'WEBHOOK_NOT_FOUND', `no webhook subscription ${id}`);

export const webhookRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(listSubscriptionsRoute, async (c) =>
    c.json({ subscriptions: await listSubscriptions(deps.db) }, 200),
  );

  router.openapi(createSubscriptionRoute, async (c) => {
    const input = c.req.valid('json');
    const caller = c.get('caller');
    // Without the payload keys a secret could only be stored in plain text: refuse instead.
    const keyring = deps.payloadKeys;
    if (!keyring) {
      throw new ApiError(
        503,
        'NO_PAYLOAD_KEYS',
        'this server has no payload keys to seal webhook secrets with (TANDEM_PAYLOAD_KEYS)',
      );
    }
    const made = await deps.db.transaction(async (tx) => {
      const result = await insertSubscription(tx, keyring, {
        url: input.url,
        eventTypes: input.eventTypes,
        description: input.description ?? null,
        createdBy: caller.name,
      });
      await recordAudit(tx, caller, 'webhook.created', result.subscription.id, {
        url: input.url,
        eventTypes: input.eventTypes,
      });
      return result;
    });
    return c.json(made, 201);
  });

  router.openapi(getSubscriptionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const subscription = await findSubscription(deps.db, id);
    if (!subscription) throw notFound(id);
    return c.json({ subscription }, 200);
  });

  router.openapi(updateSubscriptionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const subscription = await deps.db.transaction(async (tx) => {
      const changed = await updateSubscription(tx, id, changes, deps.now());
      if (!changed) return null;
      await recordAudit(tx, c.get('caller'), 'webhook.updated', id, { ...changes });
      return changed;
    });
    if (!subscription) throw notFound(id);
    return c.json({ subscription }, 200);
  });

  router.openapi(deleteSubscriptionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await deps.db.transaction(async (tx) => {
      if (!(await deleteSubscription(tx, id, deps.now()))) return false;
      await recordAudit(tx, c.get('caller'), 'webhook.deleted', id);
      return true;
    });
    if (!deleted) throw notFound(id);
    return c.body(null, 204);
  });

  router.openapi(listDeliveriesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    if (!(await findSubscription(deps.db, id))) throw notFound(id);
    return c.json({ deliveries: await listDeliveries(deps.db, id, limit ?? 50) }, 200);
  });

  router.openapi(replayDeliveryRoute, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    if (!(await findSubscription(deps.db, id))) throw notFound(id);
    const replayed = await deps.db.transaction(async (tx) => {
      const [delivery] = await tx
        .select({ eventId: webhookDeliveries.eventId })
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.subscriptionId, id)))
        .for('update');
      if (!delivery) return false;
      await replayDelivery(tx, deliveryId, deps.now());
      await recordAudit(tx, c.get('caller'), 'webhook.replayed', id, {
        deliveryId,
        eventId: delivery.eventId,
      });
      return true;
    });
    if (!replayed) {
      throw new ApiError(
        404,
        'DELIVERY_NOT_FOUND',
        `no delivery ${deliveryId} for this subscription`,
      );
    }
    return c.json({ deliveryId, status: 'pending' as const }, 202);
  });

  return router;
};
