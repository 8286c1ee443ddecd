// @vitest-environment node
// Settings → Lender in real Chromium against the product as `npm start` runs it: an admin sets
// the lender's names, logo, colour and contact; a colour too faint under white text is refused
// with the field marked and the input kept; once saved, the borrower portal names the lender.
// Screenshots at 1400×900 and 1280×800; axe-core finds nothing serious or critical.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, signInWithKey } from './browser';
import { lookAt as lookAtPage } from './look-at';

// A 24×24 purple PNG.
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAH0lEQVR4nGOI1mqjCmIYNWjUoFGDRg0aNWjUoIE3CADPgVjf4VoP6QAAAABJRU5ErkJggg==',
  'base64',
);

let api: ApiProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, api.base, api.adminKey);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `lender-${name}`);

describe('Settings → Lender in Chromium', { timeout: 120_000 }, () => {
  it('refuses a faint brand colour with the field marked and the input kept', async () => {
    await page.goto(`${api.base}/app/settings/lender`);
    await page.getByLabel('Legal name').fill('Acme Consumer Lending LLC');
    await page.getByLabel('Trading name (optional)').fill('Acme Lending');
    await page.getByLabel('Logo (optional)').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: logoPng,
    });
    await page.getByRole('img', { name: 'Current logo' }).waitFor();
    await page.getByLabel('Brand colour (optional)').fill('#8fb8e0');
    await page.getByLabel('Support phone (optional)').fill('+1 555 0100');
    await page.getByLabel('Support email (optional)').fill('help@acme.example');
    await page.getByLabel('Support hours (optional)').fill('Mon–Fri 9:00–17:00 (Central)');
    await page.getByLabel('Registration or licence number (optional)').fill('NMLS 123456');
    await page.getByLabel('Privacy notice link (optional)').fill('https://acme.example/privacy');
    await page.getByRole('button', { name: 'Save lender settings' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('The settings were not saved').waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toMatch(/Brand colour: white text on this colour/);
    const colour = page.getByLabel('Brand colour (optional)');
    expect(await colour.getAttribute('aria-invalid')).toBe('true');
    expect(await colour.inputValue()).toBe('#8fb8e0');
    await lookAt('01-refused');
  });

  it('saves a readable colour, and the portal then names the lender', async () => {
    await page.getByLabel('Brand colour (optional)').fill('#5b2a86');
    await page.getByRole('button', { name: 'Save lender settings' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await lookAt('02-saved');
    const saved = await fetch(`${api.base}/v1/settings/lender`, {
      headers: { authorization: `Bearer ${api.adminKey}` },
    });
    expect(await saved.json()).toMatchObject({
      settings: { legalName: 'Acme Consumer Lending LLC', brandColour: '#5b2a86' },
    });
    // A page that names no borrower: the bad-link page (settings are read every few seconds).
    await page.waitForTimeout(5_500);
    const portal = await fetch(`${api.base}/p/not-a-link`);
    const html = await portal.text();
    expect(html).toMatch(/<title>[^<]+ · Acme Lending<\/title>/);
    expect(html).toContain('NMLS 123456');
  });
});
