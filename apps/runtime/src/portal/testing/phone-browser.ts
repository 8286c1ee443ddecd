// Real Chromium at phone width for portal tests. Every request the page makes is recorded, so a
// test can show that the portal loads nothing from anywhere but itself.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screenshotDir = fileURLToPath(
  new URL('../../../../../test-artifacts/portal/', import.meta.url),
);

export interface PhoneBrowser {
  page: Page;
  /** Every URL requested since the page opened. */
  requests: string[];
  /** Saves test-artifacts/portal/<name>.png (the full page). */
  screenshot(name: string): Promise<void>;
  /** How wide the page's content is (more than 360 means sideways scrolling on a phone). */
  contentWidth(): Promise<number>;
  /** Form fields without a label (each should be none). */
  unlabelledFields(): Promise<string[]>;
  close(): Promise<void>;
}

let shared: Promise<Browser> | undefined;

function browser(): Promise<Browser> {
  shared ??= chromium.launch({
    executablePath: process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return shared;
}

export async function closeBrowser(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}

export async function openPhone(locale = 'en-US'): Promise<PhoneBrowser> {
  const context = await (
    await browser()
  ).newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  mkdirSync(screenshotDir, { recursive: true });
  return {
    page,
    requests,
    async screenshot(name) {
      await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
    },
    // Evaluated in the page, as text: this package is compiled without the DOM library.
    contentWidth: () => page.evaluate<number>('document.documentElement.scrollWidth'),
    unlabelledFields: () =>
      page.evaluate<string[]>(
        "Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea')).filter((f) => f.labels.length === 0).map((f) => f.name)",
      ),
    close: () => context.close(),
  };
}

/** Types a YYYY-MM-DD date into the portal's day, month and year fields. */
export async function fillDate(page: Page, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  await page.locator('#date-day').fill(String(Number(day)));
  await page.locator('#date-month').selectOption(String(Number(month)));
  await page.locator('#date-year').fill(year);
}
