// @vitest-environment node
// Each example journey, freshly opened in real Chromium at 1400×900 and 1280×800 against the
// product as `npm start` runs it: laid out top to bottom, card titles at least 12 px on screen,
// the first step in view; "Zoom to fit" never goes below that; the side panels fold away; and
// positions the user moved are kept after a reload. Screenshots go to test-artifacts/editor/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { launchChromium, screenshot, signInWithKey } from './browser';

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'examples');
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.journey.json'))
  .map(
    (file) =>
      JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as {
        id: string;
        start: string;
        nodes: Array<{ id: string; type: string }>;
      },
  );
const sizes = [
  { width: 1400, height: 900 },
  { width: 1280, height: 800 },
];

let api: ApiProcess;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, examples);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function openPage(size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, api.base, api.adminKey);
  return page;
}

/** The canvas's zoom, read from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** The smallest card title on screen, in CSS pixels: its font size times the zoom. */
async function smallestTitlePx(page: Page): Promise<number> {
  const fontPx = await page
    .locator('.journey-node-title')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  return fontPx * (await zoomOf(page));
}

const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function waitOpened(page: Page, start: string): Promise<void> {
  await card(page, start).waitFor();
  // The opening view is set once the cards are measured (or after 400 ms).
  await page.waitForTimeout(700);
}

describe('example journeys, freshly opened', { timeout: 120_000 }, () => {
  for (const size of sizes) {
    for (const example of examples) {
      it(`${example.id} at ${size.width}×${size.height}: top to bottom, readable`, async () => {
        const page = await openPage(size);
        await page.goto(`${api.base}/app/journeys/${example.id}`);
        await waitOpened(page, example.start);
        await screenshot(page, `example-${example.id}-${size.width}`);
        expect(await smallestTitlePx(page)).toBeGreaterThanOrEqual(12);

        // The first step is on screen, and it is the top of the journey.
        const pane = await page.locator('.react-flow__pane').boundingBox();
        const first = await card(page, example.start).boundingBox();
        if (!pane || !first) throw new Error('no canvas or first step');
        expect(first.y).toBeGreaterThanOrEqual(pane.y);
        expect(first.y + first.height).toBeLessThanOrEqual(pane.y + pane.height);
        expect(first.x).toBeGreaterThanOrEqual(pane.x);
        expect(first.x + first.width).toBeLessThanOrEqual(pane.x + pane.width);
        const tops = await page
          .locator('.react-flow__node')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
        expect(Math.min(...tops)).toBeCloseTo(first.y, 0);
        // Ports leave downwards: every connection ends at a card's top.
        const ends = example.nodes.filter((n) => n.type === 'end').map((n) => n.id);
        for (const end of ends) {
          const box = await card(page, end).boundingBox();
          if (box) expect(box.y).toBeGreaterThan(first.y);
        }

        await page.getByRole('button', { name: 'Zoom to fit' }).click();
        await page.waitForTimeout(500);
        expect(await smallestTitlePx(page)).toBeGreaterThanOrEqual(12);
        await page.close();
      });
    }
  }

  it('folds the side panels away so the canvas takes the screen', async () => {
    const page = await openPage(sizes[1]!);
    const example = examples[0]!;
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await waitOpened(page, example.start);
    const before = (await page.locator('.react-flow__pane').boundingBox())?.width ?? 0;
    await page.getByRole('button', { name: 'Hide steps panel' }).click();
    await page.getByRole('button', { name: 'Hide inspector' }).click();
    expect(await page.locator('#palette').count()).toBe(0);
    expect(await page.locator('#inspector').count()).toBe(0);
    const after = (await page.locator('.react-flow__pane').boundingBox())?.width ?? 0;
    expect(after).toBeGreaterThan(before + 500);
    await screenshot(page, 'example-panels-folded-1280');
    await page.getByRole('button', { name: 'Show steps panel' }).click();
    await page.getByRole('button', { name: 'Show inspector' }).click();
    await page.locator('#palette').waitFor();
    await page.locator('#inspector').waitFor();
    await page.close();
  });

  it('keeps the positions the user moved after a reload', async () => {
    const page = await openPage(sizes[0]!);
    const example = examples[0]!;
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await waitOpened(page, example.start);
    const box = await card(page, example.start).boundingBox();
    if (!box) throw new Error('first step not on screen');
    await page.mouse.move(box.x + 60, box.y + 15);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, box.y + 95, { steps: 10 });
    await page.mouse.up();
    const moved = await card(page, example.start).getAttribute('style');
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Saved/);
    await page.reload();
    await waitOpened(page, example.start);
    const transformOf = (style: string | null) => /translate\([^)]*\)/.exec(style ?? '')?.[0];
    expect(transformOf(await card(page, example.start).getAttribute('style'))).toBe(
      transformOf(moved),
    );
    await page.close();
  });
});
