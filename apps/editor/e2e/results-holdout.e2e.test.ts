// @vitest-environment node
// Journey vs holdout in real Chromium against the product as `npm start` runs it, on Postgres: a
// launched promise ladder with a 10 % holdout, enrollments the launch made and accounts it held
// out, and payments on both (written as the runtime and the lender's feed write them). The
// Results screen's comparison table shows the differences the database gives, in plain words.
// Screenshots at 1400×900 and 1280×800; axe-core finds nothing serious.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe';
import { startProductOnPostgres, type ProductOnPostgres } from './postgres-product';
import { launchChromium, screenshot, signInWithKey } from './browser';

const promiseLadder = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../examples/promise-ladder.journey.json'), 'utf8'),
) as { id: string };
let product: ProductOnPostgres;
let browser: Browser;
let page: Page;
let designerKey = '';

/**
 * 60 accounts the launch enrolled 40 days ago (30 paid 100 of 300 on day 3) and 40 it held out
 * at the same time (8 paid 150 on day 12; one more paid before it was held out: not counted).
 */
async function seedLaunch() {
  // Published 60 days ago: the holdout is compared while this version was the one enrolling.
  await product.sql`update journey_versions set created_at = now() - interval '60 days'
             where journey_id = 'promise-ladder'`;
  const [launch] = await product.sql<[{ id: string }]>`
    insert into launches (journey_id, rules, holdout_percent, status, created_by, updated_by)
    values ('promise-ladder', '{"all": []}'::jsonb, 10, 'live', 'e2e', 'e2e') returning id`;
  await product.sql`
    with b as (
      insert into borrowers (external_id, first_name, locale, timezone, country)
      select 'H-' || i, 'Borrower', 'en', 'America/New_York', 'US' from generate_series(1, 100) i
      returning id, external_id),
    a as (
      insert into accounts (external_id, borrower_id, amount_due, currency)
      select 'HA-' || substr(b.external_id, 3), b.id, 300, 'USD' from b
      returning id, borrower_id, substr(external_id, 4)::int as n)
    , enrolled as (
      insert into enrollments (borrower_id, account_id, journey_version_id, workflow_id, status,
                               current_node, created_by, created_at)
      select a.borrower_id, a.id, v.id, 'enr-' || gen_random_uuid(), 'running', 'ask',
             'launch promise-ladder', now() - interval '40 days'
        from a join journey_versions v on v.journey_id = 'promise-ladder' and v.version = 1
       where a.n <= 60 returning id)
    insert into launch_holdouts (launch_id, journey_id, borrower_id, account_id, held_out_at)
    select ${launch.id}, 'promise-ladder', a.borrower_id, a.id, now() - interval '40 days'
      from a where a.n > 60`;
  await product.sql`
    insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
    select 'hpay-' || a.external_id, 'payment.received', a.borrower_id, a.id,
           now() - interval '40 days' + case when n <= 60 then interval '3 days' else interval '12 days' end,
           case when n <= 60 then '{"amount": 100}' else '{"amount": 150}' end::jsonb
      from (select id, borrower_id, external_id, substr(external_id, 4)::int as n from accounts
             where external_id like 'HA-%') a
     where a.n <= 30 or a.n between 61 and 68`;
  await product.sql`
    insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
    select 'hpay-before', 'payment.received', borrower_id, id, now() - interval '45 days',
           '{"amount": 300}'::jsonb
      from accounts where external_id = 'HA-99'`;
}

beforeAll(async () => {
  product = await startProductOnPostgres('holdout_e2e');
  designerKey = await product.newKey('Maya', 'designer');
  await product.publish(promiseLadder);
  await seedLaunch();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, product.api.base, designerKey);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Journey vs holdout in Chromium', { timeout: 180_000 }, () => {
  it('shows each money number for both arms with the difference and its interval', async () => {
    await page.goto(`${product.api.base}/app/results`);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const table = page.getByRole('table', { name: /Journey vs holdout, version 1/ });
    await table.waitFor();
    const row = (name: RegExp) => table.getByRole('row', { name });
    // Journey 30/60 = 50 %, holdout 8/40 = 20 % paid within 30 days: +30.0 points.
    expect(await row(/Paid within 30 days/).textContent()).toContain('50% of 60');
    expect(await row(/Paid within 30 days/).textContent()).toContain('20% of 40');
    expect(await row(/Paid within 30 days/).textContent()).toMatch(
      /\+30\.0 points \(95 % CI \+\d+\.\d to \+\d+\.\d\) against doing nothing/,
    );
    // Paid within 7 days: journey 50 %, holdout 0 % (its payments came on day 12).
    expect(await row(/Paid within 7 days/).textContent()).toContain('+50.0 points');
    // Recovery: 3000 of 18000 against 1200 of 12000 (the payment before the holdout not counted).
    expect(await row(/Recovery rate/).textContent()).toContain('17% of $18,000.00');
    expect(await row(/Recovery rate/).textContent()).toContain('10% of $12,000.00');
    expect(await row(/Median days/).textContent()).toContain('\u22129.0 days');
    await table.scrollIntoViewIfNeeded();
    for (const size of [
      { width: 1400, height: 900 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await screenshot(page, `results-holdout-${size.width}`);
      expect(await seriousAxeFindings(page), `holdout at ${size.width}`).toEqual([]);
    }
  });
});
