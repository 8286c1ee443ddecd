// @vitest-environment node
// Dragging cards on the canvas, in real Chromium against the product as `npm start` runs it: a
// drag moves the card and its connections while the pointer is down, the card lands where it was
// dropped, one save carries it to the server (one undo step takes it back), and a multi-selection
// moves together. During a drag the canvas moves cards in React Flow's own store and writes the
// document once at the end (canvas/use-nodes-change.ts), so these are what that must keep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot, signInWithKey } from './browser';

let api: ApiProcess;
let browser: Browser;
let page: Page;
const saves: Request[] = [];

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'promise-ladder.journey.json'),
    'utf8',
  ),
) as { id: string };

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, [example]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, api.base, api.adminKey);
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().endsWith(`/v1/journeys/${example.id}/draft`))
      saves.push(request);
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
/** The connections out of a step (edge ids are `step:port`). */
const edgeOutOf = (id: string) =>
  page.locator(`.react-flow__edge[data-id^="${id}:"] path.react-flow__edge-path`);

/** The canvas zoom, to compare places on screen across views. */
const zoom = () =>
  page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    return viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : NaN;
  });

/** How far right of the first step a step sits, in canvas units (independent of the view). */
async function offsetFromAsk(id: string): Promise<number> {
  return ((await centreOf(id)).x - (await centreOf('ask')).x) / (await zoom());
}

async function centreOf(id: string): Promise<{ x: number; y: number }> {
  const box = await card(id).locator('.journey-node-header').boundingBox();
  if (!box) throw new Error(`card ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function waitSaved(): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved/);
}

/** Where the saved draft on the server places a step. */
async function serverPosition(id: string): Promise<{ x: number; y: number } | undefined> {
  const res = await fetch(`${api.base}/v1/journeys/${example.id}`, {
    headers: { authorization: `Bearer ${api.adminKey}` },
  });
  const body = (await res.json()) as {
    draft: { layout?: Record<string, { x: number; y: number }> };
  };
  return body.draft.layout?.[id];
}

describe('dragging cards on the canvas', { timeout: 180_000 }, () => {
  it('moves a card and its connections, lands it where it is dropped and saves it once', async () => {
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await card('missed').waitFor();
    await waitSaved();
    const before = await centreOf('missed');
    const serverBefore = await serverPosition('missed');
    const edgeBefore = await edgeOutOf('missed').first().getAttribute('d');
    saves.length = 0;

    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) {
      await page.mouse.move(before.x + step * 8, before.y + step * 3);
    }
    // Mid-drag: the card and its connection have moved, nothing is saved yet.
    await expect.poll(async () => (await centreOf('missed')).x).toBeGreaterThan(before.x + 120);
    expect(await edgeOutOf('missed').first().getAttribute('d')).not.toBe(edgeBefore);
    await screenshot(page, 'canvas-drag-mid');
    await page.mouse.up();

    // React Flow starts a drag on the first move past its threshold and moves the card from
    // there, so the card lands within one step (8, 3) of the pointer's whole way.
    const after = await centreOf('missed');
    expect(after.x - before.x).toBeGreaterThanOrEqual(160 - 8 - 1);
    expect(after.x - before.x).toBeLessThanOrEqual(160 + 1);
    expect(after.y - before.y).toBeGreaterThanOrEqual(60 - 3 - 1);
    expect(after.y - before.y).toBeLessThanOrEqual(60 + 1);
    await waitSaved();
    await screenshot(page, 'canvas-drag-after');
    expect(saves).toHaveLength(1);
    const serverAfter = await serverPosition('missed');
    expect(serverAfter?.x).toBeGreaterThan((serverBefore?.x ?? 0) + 100);

    // After a reload the card is where it was dropped.
    const offset = await offsetFromAsk('missed');
    await page.reload();
    await card('missed').waitFor();
    await expect.poll(() => offsetFromAsk('missed')).toBeCloseTo(offset, 0);
    expect(await serverPosition('missed')).toEqual(serverAfter);
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('undoes a whole drag in one step, and saves that too', async () => {
    const start = await serverPosition('thanks');
    const from = await centreOf('thanks');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 15; step++)
      await page.mouse.move(from.x - step * 6, from.y + step * 4);
    await page.mouse.up();
    await waitSaved();
    expect(await serverPosition('thanks')).not.toEqual(start);

    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => (await centreOf('thanks')).x).toBeCloseTo(from.x, -1);
    await waitSaved();
    await expect.poll(() => serverPosition('thanks')).toEqual(start);
  });

  it('moves a multi-selection together, in one save', async () => {
    const a = await centreOf('ask');
    const b = await centreOf('pause-3d');
    await card('ask').locator('.journey-node-header').click();
    await page.keyboard.down('Shift');
    await card('pause-3d').locator('.journey-node-header').click();
    await page.keyboard.up('Shift');
    await waitSaved();
    saves.length = 0;

    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let step = 1; step <= 15; step++) await page.mouse.move(a.x + step * 5, a.y + step * 2);
    await page.mouse.up();

    const a2 = await centreOf('ask');
    const b2 = await centreOf('pause-3d');
    expect(a2.x - a.x).toBeGreaterThanOrEqual(75 - 5 - 1);
    expect(a2.x - a.x).toBeLessThanOrEqual(75 + 1);
    expect(b2.x - b.x).toBeCloseTo(a2.x - a.x, 0);
    expect(b2.y - b.y).toBeCloseTo(a2.y - a.y, 0);
    await waitSaved();
    expect(saves).toHaveLength(1);
  });
});
