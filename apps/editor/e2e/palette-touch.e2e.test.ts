// @vitest-environment node
// Dragging from the palette on a touch screen, in real Chromium with touch emulation against the
// product as `npm start` runs it: the finger's touches go through Chromium's own input pipeline
// (CDP Input.dispatchTouchEvent), so touch-action, pointer events and the click after a touch
// are the browser's, not the test's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot, signInWithKey } from './browser';

let api: ApiProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'promise-ladder.journey.json'),
    'utf8',
  ),
) as { id: string; start: string };

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, [example]);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, hasTouch: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  cdp = await context.newCDPSession(page);
  await signInWithKey(page, api.base, api.adminKey);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

interface Point {
  x: number;
  y: number;
}

/** A finger pressed at `from`, moved to `to` in small steps, and lifted there. */
async function fingerDrag(from: Point, to: Point, steps = 12): Promise<void> {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: Point) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: at.x, y: at.y, id: 1 }],
    });
  await touch('touchStart', from);
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    });
  }
  await touch('touchEnd', to);
}

const cardIds = () =>
  page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));

async function paletteEntry(type: string): Promise<Point> {
  const entry = page.locator(`.palette-item[data-node-type="${type}"]`);
  await entry.scrollIntoViewIfNeeded();
  const box = await entry.boundingBox();
  if (!box) throw new Error(`no palette entry ${type}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point on the canvas with nothing drawn there (the bare pane). */
async function emptyCanvasPoint(): Promise<Point> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + 120; y < pane.bottom - 160; y += 20) {
      for (let x = pane.right - 480; x > pane.left + 140; x -= 20) {
        const clear = [
          [x - 140, y - 60],
          [x + 140, y + 100],
          [x - 140, y + 100],
          [x + 140, y - 60],
          [x, y],
        ].every(([px, py]) =>
          document.elementFromPoint(px!, py!)?.classList.contains('react-flow__pane'),
        );
        if (clear) return { x, y };
      }
    }
    return null;
  });
  if (!found) throw new Error('no empty place on the canvas');
  return found;
}

/** The middle of the first connection, on screen. */
async function edgeMiddle(): Promise<{ id: string; at: Point }> {
  return page.evaluate(() => {
    const edge = document.querySelector('.react-flow__edge')!;
    const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
    const middle = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = middle.matrixTransform(path.getScreenCTM()!);
    return { id: edge.getAttribute('data-id')!, at: { x: screen.x, y: screen.y } };
  });
}

describe('the palette on a touch screen', { timeout: 120_000 }, () => {
  it('a finger drags a step onto the canvas and it lands where the finger lifts', async () => {
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await page.locator(`.react-flow__node[data-id="${example.start}"]`).waitFor();
    const before = await cardIds();
    const target = await emptyCanvasPoint();
    await fingerDrag(await paletteEntry('remind'), target);
    await expect.poll(async () => (await cardIds()).length).toBe(before.length + 1);
    const added = (await cardIds()).find((id) => !before.includes(id))!;
    const card = await page.locator(`.react-flow__node[data-id="${added}"]`).boundingBox();
    expect(card).not.toBeNull();
    expect(target.x).toBeGreaterThan(card!.x);
    expect(target.x).toBeLessThan(card!.x + card!.width);
    expect(target.y).toBeGreaterThan(card!.y);
    expect(target.y).toBeLessThan(card!.y + card!.height);
    expect(await page.locator('.palette-ghost').count()).toBe(0);
    await screenshot(page, 'palette-touch-dropped');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('the ghost follows the finger while it drags', async () => {
    const from = await paletteEntry('wait');
    const to = await emptyCanvasPoint();
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: from.x, y: from.y, id: 1 }],
    });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: from.x + ((to.x - from.x) * i) / 8, y: from.y, id: 1 }],
      });
    }
    // The ghost is moved by React on the next render, so the last move may land a frame later.
    await expect
      .poll(async () => {
        const ghost = await page.locator('.palette-ghost').boundingBox();
        return ghost === null ? null : Math.abs(ghost.x + 24 - to.x);
      })
      .toBeLessThan(4);
    await screenshot(page, 'palette-touch-dragging');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
    await expect.poll(() => page.locator('.palette-ghost').count()).toBe(0);
  });

  it('dropped onto a connection, the step is inserted into it', async () => {
    const before = await cardIds();
    const edgesBefore = await page.locator('.react-flow__edge').count();
    const edge = await edgeMiddle();
    await fingerDrag(await paletteEntry('wait'), edge.at);
    await expect
      .poll(() => page.locator('.toast').textContent())
      .toContain('Inserted into the connection');
    const after = await cardIds();
    expect(after.length).toBe(before.length + 1);
    // a → b became a → new → b: one connection more, and the new step leads on.
    const added = after.find((id) => !before.includes(id))!;
    expect(await page.locator('.react-flow__edge').count()).toBe(edgesBefore + 1);
    expect(await page.locator(`.react-flow__edge[data-id^="${added}"]`).count()).toBe(1);
  });

  it('a tap adds the step; a drag let go outside the canvas adds nothing', async () => {
    const before = (await cardIds()).length;
    const entry = await paletteEntry('end');
    // Once the previous case's drop is over (its toast gone): a tap within moments of that
    // drag's touches was not taken as a tap by Chromium (no click), whatever the palette does.
    await page.locator('.toast').waitFor({ state: 'hidden' });
    await page.touchscreen.tap(entry.x, entry.y);
    await expect.poll(async () => (await cardIds()).length).toBe(before + 1);
    // Sideways within the palette and back: a drag that ends over the palette is no drop.
    await fingerDrag(entry, { x: entry.x + 40, y: entry.y });
    await page.waitForTimeout(300);
    expect((await cardIds()).length).toBe(before + 1);
  });
});
