// @vitest-environment node
// The Audience panel in real Chromium against the product as `npm start` runs it (its own
// Temporal dev server): a designer opens a published example journey, previews who the entry
// rules match with a 20 % holdout, launches (the confirmation names the number), sees the
// enrollments running, then stops the launch (the confirmation names how many it cancels).
// Screenshots at 1400×900 and 1280×800; axe-core finds nothing serious or critical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, signInWithKey } from './browser';
import { lookAt as lookAtPage, designerSizes } from './look-at';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');
const journey = JSON.parse(
  readFileSync(join(examples, 'first-time-borrower.journey.json'), 'utf8'),
) as { id: string };

let api: ApiProcess;
let browser: Browser;
let page: Page;

const call = async (method: string, path: string, body?: string, type = 'application/json') => {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': type },
    ...(body === undefined ? {} : { body }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
};

beforeAll(async () => {
  api = await startApi();
  await call('POST', '/v1/journeys', JSON.stringify({ document: journey }));
  await call('POST', `/v1/journeys/${journey.id}/publish`, JSON.stringify({ note: 'v1' }));
  await call(
    'POST',
    '/v1/imports/borrowers',
    readFileSync(join(examples, 'borrowers.csv'), 'utf8'),
    'text/csv',
  );
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, api.base, api.adminKey);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `audience-${name}`, designerSizes, 200);

const launchState = async () =>
  (await call('GET', `/v1/journeys/${journey.id}/launch`)) as {
    status: string;
    liveEnrollments: number;
    heldOut: number;
  };

describe('the Audience panel in Chromium', { timeout: 180_000 }, () => {
  let enrolled = 0;

  it('previews who the rules match, with a holdout', async () => {
    await page.goto(`${api.base}/app/journeys/${journey.id}`);
    await page.getByRole('button', { name: 'Audience' }).click();
    const panel = page.getByRole('region', { name: 'Audience' });
    await panel.getByText('Not launched').waitFor();
    await panel.getByLabel('Holdout %').fill('20');
    await panel.getByRole('button', { name: 'Preview' }).click();
    const preview = panel.getByTestId('launch-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/Match now\s*20/);
    expect(await preview.textContent()).not.toMatch(/\+84|@example\.com/);
    await lookAt('01-preview');
  });

  it('launches after a confirmation that names the number', async () => {
    const panel = page.getByRole('region', { name: 'Audience' });
    // Saved first, so the preview's holdout draw is the launch's own.
    await panel.getByRole('button', { name: 'Save audience' }).click();
    await panel.getByText('0 running enrollments').waitFor();
    await panel.getByRole('button', { name: 'Preview' }).click();
    await panel.getByTestId('launch-preview').waitFor();
    await panel.getByRole('button', { name: 'Launch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Launch this journey?' });
    const text = (await dialog.getByTestId('confirm-message').textContent()) ?? '';
    const match = /^([\d,]+) accounts? will be enrolled now and (\d+) held out/.exec(text);
    expect(match, text).not.toBeNull();
    enrolled = Number(match![1]!.replace(',', ''));
    const heldOut = Number(match![2]);
    expect(enrolled + heldOut).toBe(20);
    expect(heldOut).toBeGreaterThan(0);
    await lookAt('02-confirm-launch');
    await dialog.getByRole('button', { name: `Launch to ${enrolled}` }).click();
    await page.getByRole('status').getByText(`Launched: ${enrolled} accounts enrolled`).waitFor();
    await panel.getByText('Live').waitFor();
    expect(await launchState()).toMatchObject({
      status: 'live',
      liveEnrollments: enrolled,
      heldOut,
    });
    await lookAt('03-live');
  });

  it('stops after a confirmation that says how many enrollments it cancels', async () => {
    const panel = page.getByRole('region', { name: 'Audience' });
    const live = (await launchState()).liveEnrollments;
    await panel.getByRole('button', { name: 'Stop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop this launch?' });
    expect(await dialog.getByTestId('confirm-message').textContent()).toContain(
      `${live} running enrollments will be cancelled`,
    );
    await lookAt('04-confirm-stop');
    await dialog.getByRole('button', { name: `Stop and cancel ${live}` }).click();
    await page.getByRole('status').getByText(`Stopped: ${live} enrollments cancelled`).waitFor();
    expect(await launchState()).toMatchObject({ status: 'stopped', liveEnrollments: 0 });
  });
});
