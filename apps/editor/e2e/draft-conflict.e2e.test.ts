// @vitest-environment node
// Two tabs on one draft, in real Chromium against the product as `npm start` runs it: the second
// tab's save is refused (412), it says so and shows what differs, and the person chooses to
// overwrite or to reload. Never a silent last write wins.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlankJourney, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot, signInWithKey } from './browser';

let api: ApiProcess;
let browser: Browser;
let context: BrowserContext;
let tabA: Page;
let tabB: Page;
const journeyId = 'two-tabs';

beforeAll(async () => {
  api = await startApi();
  await createBlankJourney(api, { id: journeyId, name: 'Two tabs' });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(15_000);
  tabA = await context.newPage();
  await signInWithKey(tabA, api.base, api.adminKey);
  tabB = await context.newPage();
  for (const tab of [tabA, tabB]) {
    await tab.goto(`${api.base}/app/journeys/${journeyId}`);
    await tab.locator('#journey-name').waitFor();
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const saved = (tab: Page) =>
  expect.poll(() => tab.getByTestId('save-status').textContent()).toMatch(/^Saved/);
const serverName = async () => {
  const res = await fetch(`${api.base}/v1/journeys/${journeyId}`, {
    headers: { authorization: `Bearer ${api.adminKey}` },
  });
  return ((await res.json()) as { name: string }).name;
};

describe('two tabs editing one draft', { timeout: 120_000 }, () => {
  it('refuses the stale tab’s save and shows what differs; overwrite saves mine', async () => {
    await tabA.locator('#journey-name').fill('Named in tab A');
    await saved(tabA);

    await tabB.locator('#journey-name').fill('Named in tab B');
    const dialog = tabB.getByRole('dialog', { name: 'This draft was changed elsewhere' });
    await dialog.waitFor();
    await expect
      .poll(() => tabB.getByTestId('save-status').textContent())
      .toBe('Not saved: changed elsewhere');
    await expect
      .poll(() => dialog.getByTestId('conflict-diff').textContent())
      .toContain('Journey name changed');
    expect(await serverName()).toBe('Named in tab A');
    await screenshot(tabB, 'draft-conflict-1400');
    await tabB.setViewportSize({ width: 1280, height: 800 });
    await screenshot(tabB, 'draft-conflict-1280');
    expect(await seriousAxeFindings(tabB), 'conflict dialog').toEqual([]);

    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await dialog.waitFor({ state: 'detached' });
    await saved(tabB);
    expect(await serverName()).toBe('Named in tab B');
  });

  it('the other tab is now stale in turn; reload discards its change and shows the saved draft', async () => {
    await tabA.locator('#journey-name').fill('Tab A again');
    const dialog = tabA.getByRole('dialog', { name: 'This draft was changed elsewhere' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Reload theirs (discard mine)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => tabA.locator('#journey-name').inputValue()).toBe('Named in tab B');
    expect(await serverName()).toBe('Named in tab B');
    // After the reload tab A saves from the new base again.
    await tabA.locator('#journey-name').fill('Tab A after reload');
    await saved(tabA);
    expect(await serverName()).toBe('Tab A after reload');
  });
});
