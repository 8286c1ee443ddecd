// @vitest-environment node
// The agents' screens (Tasks, Borrowers: search and a borrower's page) in Vietnamese and Chinese,
// in real Chromium against the product as `npm start` runs it: a browser whose language is vi or
// zh opens them so; no English message of theirs is left on screen, screenshots at 1400×900 for
// a person to look at, and axe-core finds nothing serious.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, signInWithKey } from './browser';
import { lookAt } from './look-at';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `tandem_screens_i18n_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let sql: postgres.Sql;
let api: ApiProcess;
let browser: Browser;

const messages = (locale: string, namespace: string) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'src', 'i18n', 'messages', locale, `${namespace}.json`),
      'utf8',
    ),
  ) as Record<string, string>;

/** English messages of these screens without arguments, that the other language words differently. */
function englishLeftovers(locale: string): string[] {
  return ['tasks', 'borrowers'].flatMap((namespace) => {
    const en = messages('en', namespace);
    const other = messages(locale, namespace);
    return Object.entries(en)
      .filter(([key, text]) => !/[{<]/.test(text) && other[key] !== text && text.length > 2)
      .map(([, text]) => text);
  });
}

/** The page's own texts (each element's direct text, trimmed) that are English messages. */
async function untranslated(page: Page, locale: string): Promise<string[]> {
  const english = new Set(englishLeftovers(locale));
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label]')) {
      found.push(element.getAttribute('aria-label') ?? '');
    }
    return found;
  });
  return texts.filter((text) => english.has(text));
}

beforeAll(async () => {
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  api = await startApi({ DATABASE_URL: url.toString() });
  sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const put = await fetch(`${api.base}/v1/borrowers/VN-1`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      firstName: 'Lan',
      lastName: 'Nguyễn',
      locale: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
      channels: { sms: { address: '+84901234567', consent: true } },
      accounts: [
        {
          externalId: 'VN-1-L1',
          amountDue: 4_200_000,
          currency: 'VND',
          dueDate: '2026-11-01',
          daysPastDue: 35,
        },
      ],
    }),
  });
  expect(put.status).toBeLessThan(300);
  await sql`insert into tasks (idempotency_key, borrower_id, command_id, queue, priority, reason, outcomes, due_at)
    select 't1', b.id, 't1', 'collections', 'urgent', 'Broken promise', '["agreed","noContact"]'::jsonb, now() - interval '2 hours'
    from borrowers b where b.external_id = 'VN-1'`;
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await sql?.end();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

const oneSize = [{ width: 1400, height: 900 }];

describe.each([
  { locale: 'vi', browserLocale: 'vi-VN', search: 'Tìm', page: 'Dòng thời gian' },
  { locale: 'zh', browserLocale: 'zh-CN', search: '搜索', page: '时间线' },
])(
  'the agents’ screens in $locale',
  { timeout: 180_000 },
  ({ locale, browserLocale, search, page: pageHeading }) => {
    let page: Page;

    beforeAll(async () => {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        locale: browserLocale,
      });
      page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await signInWithKey(page, api.base, api.adminKey);
    });

    it('Tasks: the queue, the counts and the supervisor’s tables', async () => {
      await page.goto(`${api.base}/app/tasks`);
      await page.locator('.task-table tbody tr').first().waitFor();
      await page.locator('.queue-counts li').first().waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await untranslated(page, locale)).toEqual([]);
      await lookAt(page, `i18n-${locale}-tasks`, oneSize);
    });

    it('Borrowers: a search and its results', async () => {
      await page.goto(`${api.base}/app/borrowers`);
      await page.getByRole('searchbox').fill('Lan');
      await page.getByRole('button', { name: search }).click();
      await page.getByRole('link', { name: /Lan/ }).waitFor();
      expect(await untranslated(page, locale)).toEqual([]);
      await lookAt(page, `i18n-${locale}-borrower-search`, oneSize);
    });

    it('Borrowers: a borrower’s page', async () => {
      await page.getByRole('link', { name: /Lan/ }).click();
      await page.getByRole('heading', { name: pageHeading }).waitFor();
      await page.locator('.timeline-entry').first().waitFor();
      expect(await untranslated(page, locale)).toEqual([]);
      await lookAt(page, `i18n-${locale}-borrower-page`, oneSize);
      await page.screenshot({
        path: join(
          import.meta.dirname,
          '..',
          '..',
          '..',
          'test-artifacts',
          'editor',
          `i18n-${locale}-borrower-page-full.png`,
        ),
        fullPage: true,
      });
    });
  },
);
