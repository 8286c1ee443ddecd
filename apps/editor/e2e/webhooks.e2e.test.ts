// @vitest-environment node
// Settings → Webhooks in real Chromium against the product as `npm start` runs it: an admin
// subscribes a receiver this test starts (the secret shown once), a hold put on a borrower through
// the API is delivered by the server's dispatcher, first refused then accepted after a Replay-free
// retry, and the delivery log shows both attempts. Screenshots at 1400×900; axe-core finds
// nothing serious or critical.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, createTandemClient } from '@tandem/api-client';
import { startReceiver } from '../../runtime/src/webhooks/webhook-receiver-testing';
import { startApi, type ApiProcess } from './api-process';
import { designerSizes, lookAt as lookAtPage } from './look-at';
import { launchChromium, signInWithKey } from './browser';

let api: ApiProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, api.base, api.adminKey);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** The generated client (@tandem/api-client) with the admin's key. */
const asAdmin = () => createTandemClient({ baseUrl: api.base, apiKey: api.adminKey });

const lookAt = (name: string) =>
  lookAtPage(page, `webhooks-${name}`, [{ width: 1400, height: 900 }]);

describe('Settings → Webhooks in Chromium', { timeout: 180_000 }, () => {
  it('subscribes, shows the secret once, delivers after a failure and shows the log', async () => {
    await page.goto(`${api.base}/app/settings/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await lookAt('empty');

    // The receiver's URL is only known once it runs, and it needs the secret: start it on a
    // placeholder secret, subscribe, then verify with the real one.
    await page.getByLabel('URL').fill('http://127.0.0.1:9/placeholder');
    await page.getByLabel('Description (optional)').fill('CRM (staging)');
    await page.getByRole('checkbox', { name: 'hold.started' }).check();
    await page.getByRole('checkbox', { name: 'task.created' }).check();
    await page.getByRole('button', { name: 'Create subscription' }).click();
    const secretField = page.getByLabel('Signing secret', { exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await lookAt('secret-once');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect.poll(() => secretField.count()).toBe(0);

    const receiver = await startReceiver(secret);
    try {
      const list = await answer(asAdmin().GET('/v1/webhooks/subscriptions'));
      const id = list.subscriptions[0]!.id;
      const at = { params: { path: { id } } };
      await answer(
        asAdmin().PATCH('/v1/webhooks/subscriptions/{id}', { ...at, body: { url: receiver.url } }),
      );

      receiver.setMode('refuse');
      const borrower = {
        firstName: 'Amelia',
        locale: 'en-GB',
        timezone: 'Europe/London',
        country: 'GB',
      };
      const gb77 = { params: { path: { externalId: 'GB-77' } } };
      await answer(asAdmin().PUT('/v1/borrowers/{externalId}', { ...gb77, body: borrower }));
      await answer(
        asAdmin().POST('/v1/borrowers/{externalId}/holds', { ...gb77, body: { kind: 'dispute' } }),
      );
      await expect.poll(() => receiver.requests.length, { timeout: 20_000 }).toBeGreaterThan(0);
      receiver.setMode('ok');
      await expect.poll(() => receiver.events.length, { timeout: 30_000 }).toBe(1);
      expect(receiver.events[0]).toMatchObject({ type: 'hold.started', borrower: 'GB-77' });

      await page.reload();
      await page.getByRole('button', { name: 'Delivery log' }).click();
      await page.getByText('delivered', { exact: true }).waitFor();
      await expect.poll(() => page.locator('.attempt-list li').count()).toBe(2);
      await lookAt('delivery-log');

      // Replay sends the same event again (the receiver de-duplicates on webhook-id).
      await page.getByRole('button', { name: /^Replay hold.started/ }).click();
      await expect
        .poll(() => receiver.requests.filter((r) => r.status === 204).length, { timeout: 20_000 })
        .toBe(2);
      expect(receiver.events).toHaveLength(1);

      // Edit in place: other event types and a description; the secret stays the same.
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const form = page.getByRole('form', { name: `Edit ${receiver.url}` });
      // Focus moves into the form (the Edit button it replaces is gone).
      await expect
        .poll(() => form.getByLabel('URL').evaluate((field) => field === document.activeElement))
        .toBe(true);
      await form.getByRole('checkbox', { name: 'task.created' }).uncheck();
      await form.getByRole('checkbox', { name: 'promise.made' }).check();
      await form.getByLabel('Description (optional)').fill('CRM (production)');
      await lookAtPage(page, 'webhooks-editing', designerSizes);
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => form.count()).toBe(0);
      const edited = await answer(
        asAdmin().GET('/v1/webhooks/subscriptions/{id}', { params: { path: { id } } }),
      );
      expect(edited.subscription).toMatchObject({
        url: receiver.url,
        description: 'CRM (production)',
        eventTypes: ['hold.started', 'promise.made'],
      });
      await page.getByText('CRM (production)').waitFor();

      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Resume' }).waitFor();
      await lookAt('paused');
    } finally {
      await receiver.close();
    }
  });
});
