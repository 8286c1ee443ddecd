// @vitest-environment node
// The Tasks screen in real Chromium against the product as `npm start` runs it, on Postgres: an
// agent signs in, sees the open tasks soonest due first with the overdue one marked, claims one
// with the keyboard only, and sees it become theirs. Screenshots at 1400×900 and 1024×768;
// axe-core finds nothing serious or critical.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductOnPostgres, type ProductOnPostgres } from './postgres-product';
import { launchChromium } from './browser';
import { lookAt as lookAtPage, agentSizes } from './look-at';

let product: ProductOnPostgres;
let browser: Browser;
let page: Page;
let agentKey = '';

beforeAll(async () => {
  product = await startProductOnPostgres('tasks_e2e');
  agentKey = await product.newKey('Sam', 'agent');
  for (const [id, firstName, timezone] of [
    ['B-1', 'Lan', 'Asia/Ho_Chi_Minh'],
    ['B-2', 'Ana', 'America/New_York'],
    ['B-3', 'Wei', 'Asia/Shanghai'],
  ] as const) {
    await product.call('PUT', `/v1/borrowers/${id}`, {
      firstName,
      locale: 'en',
      timezone,
      country: 'US',
    });
  }
  // Escalations come from journeys; here they are written as a journey's activity writes them.
  await product.sql`insert into tasks (idempotency_key, borrower_id, command_id, queue, priority, reason, outcomes, due_at, assignee)
    select k, b.id, k, q, p, r, '["agreed","noContact"]'::jsonb, now() + (h || ' hours')::interval, a
    from (values
      ('t1', 'B-1', 'collections', 'urgent', 'Broken promise', -2, null),
      ('t2', 'B-2', 'hardship', 'high', 'Asked for hardship help', 3, null),
      ('t3', 'B-3', 'collections', 'normal', 'Disputes the amount', 26, 'Kim')
    ) as v(k, ext, q, p, r, h, a)
    join borrowers b on b.external_id = v.ext`;
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `tasks-${name}`, agentSizes);

describe('the Tasks screen in Chromium', { timeout: 120_000 }, () => {
  it('shows an agent the queue soonest due first, the overdue task marked', async () => {
    await page.goto(`${product.api.base}/app/tasks`);
    await page.getByLabel('API key').fill(agentKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const table = page.getByRole('table', { name: 'Open tasks' });
    await table.waitFor();
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(1).textContent()).toMatch(/Lan.*Broken promise.*overdue/);
    expect(await rows.nth(2).textContent()).toContain('Ana');
    expect(await rows.nth(3).textContent()).toContain('Kim');
    await lookAt('01-queue');
  });

  it('claims a task with the keyboard only', async () => {
    const claim = page.getByRole('button', { name: 'Claim: Lan, Broken promise' });
    // Tab from the top of the page to the first Claim button.
    await page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await claim.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await claim.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Release: Lan, Broken promise' }).waitFor();
    const [row] = await product.sql`select assignee from tasks where idempotency_key = 't1'`;
    expect(row?.assignee).toBe('Sam');
    await lookAt('02-claimed');
  });
});
