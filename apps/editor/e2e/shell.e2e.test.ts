// @vitest-environment node
// The web app's shell and Settings → API keys in real Chromium against the product as
// `npm start` runs it (one server: API, portal and the built app): an admin signs in with a
// key (a session cookie), makes a designer's key and sees its secret once, the designer signs
// in with it and sees Journeys and Results only, the admin revokes it and the designer's session ends.
// Screenshots at 1400×900 and 1280×800; axe-core finds nothing serious or critical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { lookAt as lookAtPage } from './look-at';
import { launchChromium } from './browser';

let api: ApiProcess;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;

beforeAll(async () => {
  api = await startApi();
  // Two journeys, so the list shows rows (an admin made them, with the API as machines use it).
  await createJourneys(
    api,
    ['first-time-borrower', 'promise-ladder'].map((name): unknown =>
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, '..', '..', '..', 'examples', `${name}.journey.json`),
          'utf8',
        ),
      ),
    ),
  );
  browser = await launchChromium();
  adminContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  admin = await adminContext.newPage();
  admin.setDefaultTimeout(15_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const widths = [
  { width: 1400, height: 900 },
  { width: 1280, height: 800 },
];

/** Screenshots at both widths, and axe-core at each: no serious or critical finding. */
const lookAt = (page: Page, name: string) => lookAtPage(page, `shell-${name}`, widths);

async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the shell and Settings → API keys in Chromium', { timeout: 120_000 }, () => {
  let designerKey = '';

  it('signs an admin in with a cookie and shows every screen there is', async () => {
    await admin.goto(`${api.base}/app/settings/keys`);
    await admin.getByLabel('API key').waitFor();
    await lookAt(admin, '01-sign-in');
    await signIn(admin, api.adminKey);
    await admin.getByRole('heading', { name: 'API keys' }).waitFor();
    expect(admin.url()).toBe(`${api.base}/app/settings/keys`);
    const nav = admin.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Journeys',
      'Results',
      'Tasks',
      'Borrowers',
      'Settings',
    ]);
    await admin.getByRole('cell', { name: /^tdm_/ }).first().waitFor();
    await lookAt(admin, '02-api-keys');
  });

  it('creates a designer key and shows its secret once', async () => {
    await admin.getByLabel('Name').fill('Maya (collections design)');
    await admin.getByLabel('Role').selectOption('designer');
    await admin.getByRole('button', { name: 'Create key' }).click();
    const secret = admin.getByLabel('Secret of “Maya (collections design)”');
    await secret.waitFor();
    designerKey = await secret.inputValue();
    expect(designerKey).toMatch(/^tdm_/);
    await lookAt(admin, '03-secret-once');
    await admin.getByRole('button', { name: 'I have stored it' }).click();
    expect(await admin.getByText(designerKey).count()).toBe(0);
    expect(await admin.locator(`input[value="${designerKey}"]`).count()).toBe(0);
  });

  it('signs the designer in (another browser) to Journeys and Results only, and deep links work', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const designer = await context.newPage();
    await designer.goto(`${api.base}/app/`);
    await signIn(designer, designerKey);
    await designer.getByRole('heading', { name: 'Your journeys' }).waitFor();
    await designer
      .getByRole('link', { name: /Gentle|ladder|first/i })
      .first()
      .waitFor();
    expect(designer.url()).toBe(`${api.base}/app/journeys`);
    const nav = designer.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Journeys', 'Results']);
    expect(await designer.getByTestId('signed-in-as').textContent()).toContain('Designer');
    await lookAt(designer, '04-journey-list');

    // A deep link to a screen the role does not open says so.
    await designer.goto(`${api.base}/app/settings/keys`);
    await designer.getByRole('heading', { name: 'Settings is not open to your role' }).waitFor();

    // The admin revokes the key; the designer's next call ends the session, on the same route.
    await admin.getByRole('button', { name: 'Revoke Maya (collections design)' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Revoke “Maya (collections design)”?' });
    await dialog.waitFor();
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByRole('button', { name: 'Revoke Maya (collections design)' }).click();
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await designer.goto(`${api.base}/app/journeys`);
    await designer.getByLabel('API key').waitFor();
    expect(designer.url()).toBe(`${api.base}/app/journeys`);
    await context.close();
  });

  it('refuses an integration key with the reason', async () => {
    await admin.getByLabel('Name').fill('CRM sync');
    await admin.getByLabel('Role').selectOption('integration');
    await admin.getByRole('button', { name: 'Create key' }).click();
    const secret = await admin.getByLabel('Secret of “CRM sync”').inputValue();
    await admin.getByRole('button', { name: 'I have stored it' }).click();

    const context = await browser.newContext();
    const machine = await context.newPage();
    await machine.goto(`${api.base}/app/`);
    await signIn(machine, secret);
    await expect
      .poll(() => machine.getByRole('alert').textContent())
      .toContain("for the lender's systems");
    expect((await context.cookies()).find((c) => c.name === 'tandem_session')?.value ?? '').toBe(
      '',
    );
    await context.close();
  });

  it('signs out', async () => {
    await admin.getByRole('button', { name: 'Sign out' }).click();
    await admin.getByLabel('API key').waitFor();
    const response = await admin.request.get(`${api.base}/v1/session`);
    expect(response.status()).toBe(401);
  });
});
