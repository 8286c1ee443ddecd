// @vitest-environment node
// Results in real Chromium against the product as `npm start` runs it, on Postgres: a published
// promise ladder with enrollments, steps, messages and payments written as the runtime writes
// them. A designer opens the Results screen (tiles, chart, steps, CSV, polling) and the canvas's
// Results mode (counts on the cards, weighted edges, a step's numbers), and the numbers shown
// are the database's. Screenshots at 1400×900 and 1280×800; axe-core finds nothing serious.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductOnPostgres, type ProductOnPostgres } from './postgres-product';
import { launchChromium, signInWithKey } from './browser';
import { lookAt as lookAtPage, designerSizes } from './look-at';

const promiseLadder = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../examples/promise-ladder.journey.json'), 'utf8'),
) as { id: string };
let product: ProductOnPostgres;
let browser: Browser;
let page: Page;
let designerKey = '';

/**
 * `count` enrollments of the published version, in thirds: kept their promise and paid (ended),
 * broke it (at "missed" now), still at "ask". Steps, a delivered SMS at "ask" and payments are
 * written as the runtime's activities write them.
 */
async function enroll(from: number, count: number) {
  await product.sql`
    with b as (
      insert into borrowers (external_id, first_name, locale, timezone, country)
      select 'R-' || i, 'Borrower', 'en', 'America/New_York', 'US'
        from generate_series(${from}::int, ${from + count - 1}::int) i
      returning id, external_id),
    a as (
      insert into accounts (external_id, borrower_id, amount_due, currency)
      select 'RA-' || substr(b.external_id, 3), b.id, 300, 'USD' from b
      returning id, borrower_id, external_id)
    insert into enrollments (borrower_id, account_id, journey_version_id, workflow_id, status, current_node, outcome, created_by, created_at, completed_at)
    select a.borrower_id, a.id, v.id, 'enr-' || gen_random_uuid(),
           case when n % 3 = 0 then 'completed' else 'running' end,
           case n % 3 when 0 then null when 1 then 'missed' else 'ask' end,
           case when n % 3 = 0 then 'kept' end, 'e2e',
           now() - interval '10 days', case when n % 3 = 0 then now() - interval '2 days' end
      from a cross join lateral (select substr(a.external_id, 4)::int as n) k
      join journey_versions v on v.journey_id = 'promise-ladder' and v.version = 1`;
  await product.sql`
    insert into journey_steps (enrollment_id, journey_version_id, ordinal, node_id, kind, port, at)
    select e.id, e.journey_version_id, s.ordinal, s.node_id, s.kind, s.port,
           e.created_at + s.ordinal * interval '1 hour'
      from enrollments e
      join borrowers b on b.id = e.borrower_id
      cross join lateral (select substr(b.external_id, 3)::int % 3 as g) k
      join (values
        (0, 0, 'ask', 'enter', null), (0, 1, 'ask', 'exit', 'kept'), (0, 2, 'thanks', 'enter', null),
        (0, 3, 'thanks', 'exit', 'sent'), (0, 4, 'end-kept', 'enter', null), (0, 5, 'end-kept', 'end', null),
        (1, 0, 'ask', 'enter', null), (1, 1, 'ask', 'exit', 'broken'), (1, 2, 'missed', 'enter', null),
        (2, 0, 'ask', 'enter', null)
      ) as s(g, ordinal, node_id, kind, port) on s.g = k.g
     where b.external_id like 'R-%' and substr(b.external_id, 3)::int between ${from} and ${from + count - 1}`;
  await product.sql`
    insert into messages (idempotency_key, enrollment_id, borrower_id, node_id, channel, locale, body, status)
    select e.id || ':1', e.id, e.borrower_id, 'ask', 'sms', 'en', 'Can you promise a date?', 'delivered'
      from enrollments e join borrowers b on b.id = e.borrower_id
     where substr(b.external_id, 3)::int between ${from} and ${from + count - 1}`;
  await product.sql`
    insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
    select 'pay-' || e.id, 'payment.received', e.borrower_id, e.account_id,
           e.created_at + interval '3 days', '{"amount": 100}'::jsonb
      from enrollments e where e.status = 'completed' and e.created_by = 'e2e'
    on conflict (source_id) do nothing`;
}

beforeAll(async () => {
  product = await startProductOnPostgres('results_e2e');
  designerKey = await product.newKey('Maya', 'designer');
  await product.publish(promiseLadder);
  await enroll(1, 30);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, product.api.base, designerKey);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `results-${name}`, designerSizes, 300);

const tileValue = (name: string) =>
  page
    .locator('.results-tile', { has: page.getByText(name, { exact: true }) })
    .locator('.results-tile-value');

describe('Results in Chromium', { timeout: 180_000 }, () => {
  it('shows the summary, chart and steps the database holds, and refreshes without reloading', async () => {
    await page.goto(`${product.api.base}/app/results`);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    await expect.poll(() => tileValue('Enrolled').textContent()).toBe('30');
    const [{ n }] = await product.sql<[{ n: number }]>`select count(*)::int as n from enrollments`;
    expect(n).toBe(30);
    expect(await tileValue('Promises kept').textContent()).toBe('50%');
    expect(await tileValue('Paid (USD)').textContent()).toBe('$1,000.00');
    const steps = page.getByRole('table', { name: 'Steps of version 1' });
    expect(await steps.getByRole('row', { name: /^ask/ }).textContent()).toContain('Kept 10 (50%)');
    await page.locator('.recharts-surface').first().waitFor();
    await lookAt('01-screen');

    // New enrollments appear on the next poll, without a reload.
    await enroll(31, 3);
    await expect.poll(() => tileValue('Enrolled').textContent(), { timeout: 25_000 }).toBe('33');

    const csv = await page.request.get(
      `${product.api.base}/v1/journeys/promise-ladder/versions/1/results/steps?format=csv`,
    );
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('port.kept.count');
  });

  it('lays the numbers over the canvas in Results mode and opens a step’s numbers', async () => {
    await page.goto(`${product.api.base}/app/journeys/promise-ladder`);
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    const ask = page.locator('[data-node-id="ask"]');
    await expect.poll(() => ask.getByTestId('step-results').textContent()).toContain('33 entered');
    const [{ now }] = await product.sql<[{ now: number }]>`
      select count(*)::int as now from enrollments where current_node = 'ask' and status = 'running'`;
    expect(await ask.getByTestId('step-results').textContent()).toContain(`${now} here now`);
    await ask.click();
    const panel = page.getByRole('region', { name: 'Results' });
    await expect.poll(() => panel.textContent()).toContain('Kept: 11 (50%)');
    expect(await panel.textContent()).toContain('sms: 33 sent, 33 delivered');
    await lookAt('02-canvas');
  });
});
