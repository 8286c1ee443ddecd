import { answer } from '@tandem/api-client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema';
import { insertBorrower } from '../http/routes/record-fixtures';
import { openTestApi, type TestApi } from '../http/testing';
import { emitWebhookEvent } from './emit-webhook-event';
import { dispatchDueWebhooks } from './webhook-dispatcher';
import { startReceiver } from './webhook-receiver-testing';
import { webhookRoutes } from './webhook-routes';

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  status: string;
  pausedReason: string | null;
}
interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: { at: string; ok: boolean; httpStatus: number | null }[];
}

describe('/v1/webhooks/subscriptions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([webhookRoutes]);
  });
  afterAll(async () => {
    await api.close();
  });

  const create = (body: object) => api.call('POST', '/v1/webhooks/subscriptions', { body });

  it('makes a subscription, shows its whsec_ secret once and never again, audited without it', async () => {
    // Through the generated client: typed body and answers, no hand-typed shapes.
    const admin = api.client('admin');
    const { subscription, secret } = await answer(
      admin.POST('/v1/webhooks/subscriptions', {
        body: {
          url: 'https://crm.example.com/tandem',
          eventTypes: ['promise.made', 'task.created'],
          description: 'CRM',
        },
      }),
    );
    expect(secret).toMatch(/^whsec_/);
    expect(subscription.eventTypes).toEqual(['promise.made', 'task.created']);
    const listed = await answer(admin.GET('/v1/webhooks/subscriptions'));
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.subscriptions.map((s) => s.id)).toContain(subscription.id);
    const got = await answer(
      admin.GET('/v1/webhooks/subscriptions/{id}', { params: { path: { id: subscription.id } } }),
    );
    expect(JSON.stringify(got)).not.toContain(secret);
    // An agent is refused, as the typed error the client throws.
    await expect(
      answer(api.client('agent').GET('/v1/webhooks/subscriptions')),
    ).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const audit = await api.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, subscription.id));
    expect(audit).toMatchObject([{ action: 'webhook.created', targetType: 'webhook' }]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('refuses plain http except to this machine, unknown event types, and names the field', async () => {
    const http = await create({
      url: 'http://crm.example.com/hooks',
      eventTypes: ['task.created'],
    });
    expect(http.status).toBe(400);
    expect(JSON.stringify(http.body)).toContain('url');
    expect(JSON.stringify(http.body)).toContain('https');
    const local = await create({
      url: 'http://127.0.0.1:9000/hooks',
      eventTypes: ['task.created'],
    });
    expect(local.status).toBe(201);
    const unknown = await create({
      url: 'https://crm.example.com',
      eventTypes: ['borrower.phoned'],
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('eventTypes');
    const none = await create({ url: 'https://crm.example.com', eventTypes: [] });
    expect(none.status).toBe(400);
  });

  it('is for admins only', async () => {
    for (const role of ['designer', 'agent', 'integration'] as const) {
      const res = await api.call('GET', '/v1/webhooks/subscriptions', { role });
      expect(res.status).toBe(403);
    }
  });

  it('pauses, resumes and deletes, each audited; an unknown id is a 404', async () => {
    const made = (await create({ url: 'https://a.example.com', eventTypes: ['hold.started'] }))
      .body as { subscription: Subscription };
    const path = `/v1/webhooks/subscriptions/${made.subscription.id}`;
    const paused = await api.call('PATCH', path, { body: { status: 'paused' } });
    expect(paused.body).toMatchObject({
      subscription: { status: 'paused', pausedReason: 'manual' },
    });
    const resumed = await api.call('PATCH', path, { body: { status: 'active' } });
    expect(resumed.body).toMatchObject({ subscription: { status: 'active', pausedReason: null } });
    expect((await api.call('DELETE', path)).status).toBe(204);
    expect((await api.call('GET', path)).status).toBe(404);
    const actions = (
      await api.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.targetId, made.subscription.id))
    ).map((a) => a.action);
    expect(actions).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.updated',
      'webhook.deleted',
    ]);
    const missing = await api.call(
      'PATCH',
      '/v1/webhooks/subscriptions/00000000-0000-4000-8000-000000000000',
      {
        body: { status: 'paused' },
      },
    );
    expect(missing.status).toBe(404);
  });

  it('shows each delivery with its attempts, and replays one with the same webhook-id', async () => {
    const db = api.database.db;
    const placeholder = (
      await create({ url: 'http://127.0.0.1:1/x', eventTypes: ['hardship.requested'] })
    ).body as { subscription: Subscription; secret: string };
    const receiver = await startReceiver(placeholder.secret);
    const path = `/v1/webhooks/subscriptions/${placeholder.subscription.id}`;
    try {
      await api.call('PATCH', path, { body: { url: receiver.url } });
      const borrower = await insertBorrower(db);
      await db.transaction((tx) => emitWebhookEvent(tx, 'hardship.requested', borrower.id, {}));
      receiver.setMode('refuse');
      await dispatchDueWebhooks({ payloadKeys: api.payloadKeys, db });
      receiver.setMode('ok');
      await dispatchDueWebhooks({
        payloadKeys: api.payloadKeys,
        db,
        now: () => new Date(Date.now() + 60_000),
      });

      const log = (await api.call('GET', `${path}/deliveries`)).body as { deliveries: Delivery[] };
      expect(log.deliveries).toHaveLength(1);
      const [delivery] = log.deliveries;
      expect(delivery).toMatchObject({ eventType: 'hardship.requested', status: 'delivered' });
      expect(delivery!.attempts.map((a) => [a.ok, a.httpStatus])).toEqual([
        [false, 503],
        [true, 204],
      ]);

      const replay = await api.call('POST', `${path}/deliveries/${delivery!.id}/replay`);
      expect(replay.status).toBe(202);
      await dispatchDueWebhooks({
        payloadKeys: api.payloadKeys,
        db,
        now: () => new Date(Date.now() + 120_000),
      });
      expect(receiver.requests.filter((r) => r.status === 204).map((r) => r.id)).toEqual([
        delivery!.eventId,
        delivery!.eventId,
      ]);
      const missing = await api.call(
        'POST',
        `${path}/deliveries/00000000-0000-4000-8000-000000000000/replay`,
      );
      expect(missing).toMatchObject({
        status: 404,
        body: { error: { code: 'DELIVERY_NOT_FOUND' } },
      });
    } finally {
      await receiver.close();
    }
  });
});
