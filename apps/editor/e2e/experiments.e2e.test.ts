// @vitest-environment node
// The experiment page in real Chromium against the product as `npm start` runs it, on Postgres:
// the tone-experiment example is published, its split is fed seeded outcomes (the "plain" arm
// pays clearly more often), a designer opens the experiment from the History panel, reads the
// verdict, and promotes the winning arm into a new draft. Screenshots at 1400×900 and 1280×800;
// axe-core finds nothing serious or critical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signInWithKey } from './browser';
import { lookAt as lookAtPage } from './look-at';
import { startProductOnPostgres, type ProductOnPostgres } from './postgres-product';
import { seedSplitArm } from './seed-split-arm';

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'tone-experiment.journey.json'),
    'utf8',
  ),
) as { id: string };
let product: ProductOnPostgres;
let browser: Browser;
let page: Page;
let designer: string;

const arm = (name: string, paid: number) =>
  seedSplitArm(product.sql, {
    journeyId: example.id,
    nodeId: 'tone',
    arm: name,
    count: 500,
    paid,
    recent: 40,
  });

beforeAll(async () => {
  product = await startProductOnPostgres('experiments_e2e');
  await product.call('POST', '/v1/journeys', { document: example });
  await product.call('POST', `/v1/journeys/${example.id}/publish`, { note: 'Tone test' });
  await arm('warm', 100);
  await arm('plain', 175);
  designer = (
    await product.call<{ secret: string }>('POST', '/v1/keys', { name: 'Priya', role: 'designer' })
  ).secret;
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, product.api.base, designer);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `experiment-${name}`);

describe('the experiment page in Chromium', { timeout: 120_000 }, () => {
  it('is reached from the published version in History and says which arm is better', async () => {
    await page.goto(`${product.api.base}/app/journeys/${example.id}`);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('link', { name: 'Experiment “tone”' }).click();
    await page.getByRole('heading', { name: 'Experiment “tone” · v1' }).waitFor();
    const verdict = page.getByRole('status');
    await expect.poll(() => verdict.textContent()).toContain('plain is better');
    const arms = page.getByRole('table').first().getByRole('row');
    expect(await arms.nth(1).textContent()).toMatch(/warm.*540.*500.*20\.0%/);
    expect(await arms.nth(2).textContent()).toMatch(/plain.*540.*500.*35\.0%.*\+15\.0 pts/);
    await lookAt('01-verdict');
  });

  it('promotes the winning arm into a new draft after a confirmation', async () => {
    await page.getByRole('button', { name: 'Promote arm plain' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await lookAt('02-confirm');
    await dialog.getByRole('button', { name: 'Promote and open the draft' }).click();
    await page.locator('.react-flow__node[data-id="plain-note"]').waitFor();
    expect(await page.locator('.react-flow__node[data-id="tone"]').count()).toBe(0);
    expect(await page.locator('.react-flow__node[data-id="warm-note"]').count()).toBe(0);
    const [draft] =
      await product.sql`select draft->>'start' as start from journeys where id = ${example.id}`;
    expect(draft?.start).toBe('plain-note');
    const [audit] =
      await product.sql`select action, details from audit_events where action = 'journey.armPromoted'`;
    expect(audit?.details).toMatchObject({ arm: 'plain', nodeId: 'tone', version: 1 });
    await screenshot(page, 'experiment-03-promoted-draft-1400');
  });

  it('reads in Vietnamese for a designer whose browser speaks it', async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
    });
    const vi = await context.newPage();
    vi.setDefaultTimeout(15_000);
    await signInWithKey(vi, product.api.base, designer);
    await vi.goto(`${product.api.base}/app/journeys/${example.id}/versions/1/experiments/tone`);
    await vi.getByRole('heading', { name: 'Thử nghiệm “tone” · v1' }).waitFor();
    expect(await vi.locator('html').getAttribute('lang')).toBe('vi');
    await vi.getByRole('columnheader', { name: 'Mức tăng so với warm (khoảng)' }).waitFor();
    expect(await vi.getByRole('button', { name: 'Chọn nhánh plain' }).count()).toBe(1);
    await lookAtPage(vi, 'experiment-04-vi', [{ width: 1400, height: 900 }]);
    await context.close();
  });
});
