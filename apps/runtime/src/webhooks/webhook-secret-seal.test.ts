// Webhook signing secrets at rest: sealed with the payload keys, never plain text in the table.
import { answer } from '@tandem/api-client';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookSubscriptions } from '../db/schema';
import { openTestApi, testPayloadKeys, type TestApi } from '../http/testing';
import { sealPlaintextWebhookSecrets } from './seal-plaintext-webhook-secrets';
import { newWebhookSecret } from './webhook-subscriptions';
import { webhookRoutes } from './webhook-routes';
import { sealWebhookSecret, unsealWebhookSecret } from './webhook-secret-seal';

/** The whole row, every column, as JSON text (what a dump of the table would show). */
async function rowText(api: TestApi, id: string): Promise<string> {
  const [found] = await api.database.db
    .select({ row: sql<string>`row_to_json(webhook_subscriptions)::text` })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.id, id));
  return found?.row ?? '';
}

describe('webhook secrets at rest', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await openTestApi([webhookRoutes]);
  });
  afterEach(async () => {
    await api.close();
  });

  it('stores a new subscription’s secret sealed: no column holds it in plain text', async () => {
    const { subscription, secret } = await answer(
      api.client().POST('/v1/webhooks/subscriptions', {
        body: { url: 'https://crm.example.com/hook', eventTypes: ['promise.made'] },
      }),
    );
    const stored = await rowText(api, subscription.id);
    expect(stored).toContain(subscription.id);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice('whsec_'.length));
    const [row] = await api.database.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, subscription.id));
    expect(row?.secret).toBeNull();
    expect(unsealWebhookSecret(api.payloadKeys, row!.secretSealed!, subscription.id)).toBe(secret);
  });

  it('seals the plain-text secrets earlier versions kept, once, and clears them', async () => {
    const secret = newWebhookSecret();
    const [legacy] = await api.database.db
      .insert(webhookSubscriptions)
      .values({
        url: 'https://crm.example.com/old',
        eventTypes: ['task.created'],
        secret,
        createdBy: 'v1',
      })
      .returning({ id: webhookSubscriptions.id });
    expect(await rowText(api, legacy!.id)).toContain(secret);

    expect(await sealPlaintextWebhookSecrets(api.database.db, api.payloadKeys)).toBe(1);
    expect(await sealPlaintextWebhookSecrets(api.database.db, api.payloadKeys)).toBe(0);
    expect(await rowText(api, legacy!.id)).not.toContain(secret);
    const [row] = await api.database.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, legacy!.id));
    expect(unsealWebhookSecret(api.payloadKeys, row!.secretSealed!, legacy!.id)).toBe(secret);
  });

  it('does not open a sealed secret copied to another subscription, or without its key', () => {
    const keys = testPayloadKeys();
    const sealed = sealWebhookSecret(keys, 'whsec_abc', 'sub-1');
    expect(unsealWebhookSecret(keys, sealed, 'sub-1')).toBe('whsec_abc');
    expect(() => unsealWebhookSecret(keys, sealed, 'sub-2')).toThrow();
    expect(() => unsealWebhookSecret(testPayloadKeys(), sealed, 'sub-1')).toThrow();
  });
});

describe('a server without payload keys', () => {
  it('refuses to create a subscription rather than keep its secret in plain text', async () => {
    const api = await openTestApi([webhookRoutes]);
    try {
      const bare = await openTestApi([webhookRoutes], {
        database: api.database,
        deps: { payloadKeys: undefined },
      });
      const made = await bare.call('POST', '/v1/webhooks/subscriptions', {
        body: { url: 'https://crm.example.com/hook', eventTypes: ['promise.made'] },
      });
      expect(made.status).toBe(503);
      expect(made.body).toMatchObject({ error: { code: 'NO_PAYLOAD_KEYS' } });
    } finally {
      await api.close();
    }
  });
});
