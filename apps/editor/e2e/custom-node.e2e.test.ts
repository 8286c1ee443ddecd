// @vitest-environment node
// The example custom node, listed in tandem.config.ts and named nowhere in the editor's code:
// it has a palette entry, a card and an inspector form, and the in-browser simulator runs it
// through its activity contract's `simulate`. Screenshots at 1400×900 and 1280×800; axe-core
// finds nothing serious or critical.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { launchChromium, signInWithKey } from './browser';
import { lookAt } from './look-at';

let api: ApiProcess;
let browser: Browser;
let page: Page;

const journey = {
  dsl: 'journey/v1',
  id: 'affordability-first',
  name: 'Affordability first',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'check',
  nodes: [
    {
      id: 'check',
      type: 'acme.affordabilityCheck',
      config: {},
      next: { affordable: 'fine', stretched: 'plan', unaffordable: 'help' },
    },
    { id: 'fine', type: 'end', config: { outcome: 'affordable' } },
    { id: 'plan', type: 'end', config: { outcome: 'offerPlan' } },
    { id: 'help', type: 'end', config: { outcome: 'specialist' } },
  ],
};

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, api.base, api.adminKey);
  await createJourneys(api, [journey]);
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

describe('a custom node from tandem.config.ts in the editor', { timeout: 120_000 }, () => {
  it('shows in the palette, on the canvas and in the inspector', async () => {
    await page.goto(`${api.base}/app/journeys/affordability-first`);
    await node('check').waitFor();
    const entry = page.getByRole('button', { name: /^Add Affordability check\s*:/ });
    await entry.waitFor();
    expect(await node('check').textContent()).toContain('Affordability check');
    await node('check').click();
    await expect
      .poll(() => page.locator('.inspector, [aria-label="Inspector"]').first().textContent())
      .toContain('Burden above this is "stretched"');
    await lookAt(page, 'custom-node-palette');
  });

  it('runs in the in-browser simulator through its activity contract', async () => {
    await page.getByRole('button', { name: 'Simulate' }).click();
    await page.getByLabel('Persona').selectOption('silent');
    // Lan owes 2,500,000 VND: the contract's `simulate` calls that a heavy burden ("stretched").
    await page.getByLabel('Sample').selectOption('lan-vi');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => page.getByTestId('sim-outcome').textContent()).toContain('Offer plan');
    expect(await node('check').locator('.journey-node').getAttribute('class')).toContain(
      'mark-path',
    );
    await lookAt(page, 'custom-node-simulated');
  });
});
