// @vitest-environment node
// The editor in Vietnamese and Chinese, in real Chromium against the product as `npm start` runs
// it: the language is chosen in the top bar, kept on the person's key by the real API (a fresh
// browser opens in it), and the canvas, inspector and simulate panel speak it, under axe-core.
// Screenshots at 1400×900 go to /work/shots/i18n-core (or TANDEM_SHOTS_DIR) for a person to read.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, signInWithKey } from './browser';

const shots = process.env.TANDEM_SHOTS_DIR ?? '/work/shots/i18n-core';

let api: ApiProcess;
let browser: Browser;

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
  mkdirSync(shots, { recursive: true });
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** What each language must show on the screens looked at (the words a manager reads first). */
const expected = {
  vi: {
    simulate: 'Mô phỏng',
    run: 'Chạy mô phỏng',
    inspector: 'Tên trên sơ đồ',
    steps: 'Các bước',
  },
  zh: { simulate: '模拟', run: '运行模拟', inspector: '画布上的名称', steps: '步骤' },
} as const;

async function look(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(shots, `${name}.png`) });
  expect(await seriousAxeFindings(page), name).toEqual([]);
}

describe('the editor in the manager’s language', { timeout: 180_000 }, () => {
  it.each(['vi', 'zh'] as const)('%s: canvas, inspector and simulate', async (locale) => {
    const words = expected[locale];
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInWithKey(page, api.base, api.adminKey);
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await page.locator(`.react-flow__node[data-id="${example.start}"]`).waitFor();
    // The top bar's switch: the choice is saved on the person's key.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/v1/session') && r.request().method() === 'PATCH',
    );
    await page.locator('select.language-select').selectOption(locale);
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.getByRole('heading', { name: words.steps, exact: true }).waitFor();
    await look(page, `${locale}-canvas-1400`);

    await page.locator(`.react-flow__node[data-id="${example.start}"]`).click();
    await page.getByLabel(words.inspector).waitFor();
    await look(page, `${locale}-inspector-1400`);

    await page.getByRole('button', { name: words.simulate, exact: true }).click();
    await page.getByRole('button', { name: words.run }).click();
    await page.getByTestId('sim-outcome').waitFor();
    await look(page, `${locale}-simulate-1400`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await look(page, `${locale}-simulate-1280`);
    await context.close();
  });

  it('a fresh browser opens in the language kept on the key', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${api.base}/app/`);
    await page.getByLabel('API key').fill(api.adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tandem.locale'))).toBe('zh');
    await context.close();
  });
});
