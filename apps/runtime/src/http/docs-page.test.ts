// The API reference in real Chromium, under its real CSP: swagger-ui must still render every
// operation, with no violation reported and nothing requested from another origin.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import pino from 'pino';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/test-databases';
import type { OpenDatabase } from '../db/client';
import { accessMatrix } from './access/access-matrix';
import { createApp } from './app';
import { apiRoutes } from './routes/index';

describe('the /docs page in Chromium', () => {
  let database: OpenDatabase;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const app = createApp({ db: database.db, logger: pino({ level: 'silent' }) }, apiRoutes);
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  it('renders every operation with no CSP violation and no foreign request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    // Runs in the page (a string: this file is type-checked for Node, without the DOM).
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        console.error('Refused to load: ' + e.violatedDirective + ' ' + e.blockedURI));`,
    });
    await page.goto(`${base}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 15_000 });
    const operations = await page.locator('.opblock').count();
    expect(operations).toBe(accessMatrix.length);
    // Open an operation with a request body, its schema, and the "try it out" form.
    await page.locator('#operations-keys-createKey .opblock-summary').click({ timeout: 5000 });
    await page.locator('#operations-keys-createKey .opblock-body').waitFor({ timeout: 5000 });
    const createKey = page.locator('#operations-keys-createKey');
    await createKey.getByText('Schema', { exact: true }).first().click({ timeout: 5000 });
    await page.locator('#operations-keys-createKey button.try-out__btn').click({ timeout: 5000 });
    await page.locator('#operations-keys-createKey textarea').first().waitFor({ timeout: 5000 });
    await page.locator('button.authorize').first().click({ timeout: 5000 });
    await page.locator('.auth-container').first().waitFor({ timeout: 5000 });
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'))).toEqual([]);
    if (process.env.TANDEM_SCREENSHOTS) {
      await page.screenshot({
        path: `${process.env.TANDEM_SCREENSHOTS}/docs.png`,
        fullPage: false,
      });
    }
    await page.close();
  });
});
