// @vitest-environment node
// axe-core on every editor screen with an example journey open, in real Chromium against the
// product as `npm start` runs it: the canvas, the inspector, simulate, publish, history and the
// code view. No serious or critical finding on any of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot, signInWithKey } from './browser';

let api: ApiProcess;
let browser: Browser;
let page: Page;

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'promise-ladder.journey.json'),
    'utf8',
  ),
) as { id: string; start: string; name: string };

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, [example]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, api.base, api.adminKey);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** A screenshot at 1280×800 too (the second width), then back to 1400×900. */
async function atLaptopWidth(name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1400, height: 900 });
}

/** axe-core on the page as it is: nothing serious or critical. */
async function expectNoSeriousFindings(screen: string): Promise<void> {
  await screenshot(page, `axe-${screen}`);
  expect(await seriousAxeFindings(page), screen).toEqual([]);
}

describe(
  'the editor screens with an example journey open, under axe-core',
  { timeout: 120_000 },
  () => {
    it('canvas', async () => {
      await page.goto(`${api.base}/app/journeys/${example.id}`);
      await node(example.start).waitFor();
      // Handles (the ports) are drawn on every card: the rule they broke must have something to check.
      expect(await page.locator('.react-flow__handle').count()).toBeGreaterThan(10);
      await expectNoSeriousFindings('canvas');
    });

    it('inspector', async () => {
      await node(example.start).click();
      await page.getByLabel('Name on the canvas').waitFor();
      await expectNoSeriousFindings('inspector');
    });

    it('simulate', async () => {
      await page.getByRole('button', { name: 'Simulate' }).click();
      await page.getByRole('button', { name: 'Run simulation' }).click();
      await page.getByTestId('sim-outcome').waitFor();
      await expectNoSeriousFindings('simulate');
      await page.getByRole('button', { name: 'Close simulation' }).click();
    });

    it('publish', async () => {
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await expectNoSeriousFindings('publish');
      await page.getByLabel('What changed (for the history)').fill('First version');
      await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(() => page.locator('.toast').textContent())
        .toContain('Published version 1');
    });

    it('history', async () => {
      await page.getByRole('button', { name: 'History' }).click();
      await page.locator('.version').first().waitFor();
      await page.getByRole('button', { name: 'Compare with draft' }).click();
      await page.getByTestId('diff-summary').waitFor();
      await expectNoSeriousFindings('history');
      await page.getByRole('button', { name: 'Close history' }).click();
    });

    it('two versions compared on the canvas', async () => {
      await page.getByRole('button', { name: 'History' }).click();
      const picker = page.getByRole('form', { name: 'Compare two versions' });
      await picker.getByLabel('Version A (before)').selectOption('1');
      await picker.getByLabel('Version B (after)').selectOption('draft');
      await picker.getByRole('button', { name: 'Show on the canvas' }).click();
      await page.getByTestId('compare-canvas').waitFor();
      await page.locator('.compare-node').first().waitFor();
      await expectNoSeriousFindings('compare');
      await atLaptopWidth('compare-1280');
      await page.getByRole('button', { name: 'Back to the draft' }).click();
      await page.getByRole('button', { name: 'Close history' }).click();
      await node(example.start).waitFor();
    });

    it('journey list with search, sort and archived journeys shown', async () => {
      await page.goto(`${api.base}/app/journeys`);
      await page
        .getByRole('button', {
          name: `Archive ${example.name}`,
        })
        .waitFor();
      await page.getByLabel('Search').fill('promise');
      await page.getByLabel('Sort by').selectOption('edited');
      await page.getByLabel('Show archived').check();
      await expectNoSeriousFindings('journey-list');
      await atLaptopWidth('journey-list-1280');
      await page.goto(`${api.base}/app/journeys/${example.id}`);
      await node(example.start).waitFor();
    });

    it('code view', async () => {
      await page.getByRole('button', { name: 'Code' }).click();
      await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
      await expectNoSeriousFindings('code');
    });
  },
);
