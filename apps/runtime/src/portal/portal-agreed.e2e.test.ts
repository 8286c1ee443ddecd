// What the borrower agreed, and paying it, end to end in Chromium at 360×740 with text at 200 %,
// in en, es, vi and zh: real Temporal, real database, the portal over real HTTP and a real stand-in
// for the lender's payment provider. The borrower opens the link from the first message, sees who
// is writing, promises part of the amount, sees the promise on home, changes it (an explicit
// replace), pays it at the provider and the journey ends kept. Every page fits, axe-core finds
// nothing, and each is photographed under test-artifacts/portal/agreed-*.png.
import { addDays, localDate } from '@tandem/dsl';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../db/schema';
import { enroll, finished, publishJourney, putBorrower, waitUntil } from '../testing/scenario';
import { axeViolations, doubleTextSize } from './testing/axe';
import { closeBrowser, fillDate, openPhone, type PhoneBrowser } from './testing/phone-browser';
import { openPortalStack, portalTestPaymentSecret, type PortalStack } from './testing/portal-stack';
import { openStandInProvider, type StandInProvider } from './testing/stand-in-provider';

const languages = ['en', 'es', 'vi', 'zh'] as const;
const fieldOrder = {
  en: ['month', 'day', 'year'],
  es: ['day', 'month', 'year'],
  vi: ['day', 'month', 'year'],
  zh: ['year', 'month', 'day'],
};

const journey = {
  dsl: 'journey/v1',
  id: 'portal-agreed',
  name: 'Promise, then pay',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'remind',
      config: {
        channel: 'sms',
        message: { en: 'Hi {{ borrower.firstName }}, your options: {{ links.portal }}' },
      },
      next: { sent: 'ask', failed: 'no-promise' },
    },
    {
      id: 'ask',
      type: 'promiseToPay',
      config: { channel: 'sms', respondWithin: 'PT10M', maxDaysOut: 10, remindBefore: null },
      next: { kept: 'promise-kept', broken: 'no-promise', noResponse: 'no-promise' },
    },
    { id: 'promise-kept', type: 'end', config: { outcome: 'promise-kept' } },
    { id: 'no-promise', type: 'end', config: { outcome: 'no-promise' } },
  ],
};

describe('what I agreed, and paying it, on a phone', () => {
  let stack: PortalStack;
  let provider: StandInProvider;

  beforeAll(async () => {
    stack = await openPortalStack();
    provider = await openStandInProvider({
      secret: portalTestPaymentSecret,
      apiUrl: stack.url,
      apiKey: stack.api.keys.integration,
    });
    const saved = await stack.api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme Consumer Lending Services LLC',
        tradingName: 'Acme Lending',
        supportPhone: '+1 (555) 010-0100',
        supportHours: 'Mon–Fri 8:00–20:00',
        payment: { urlTemplate: provider.urlTemplate, minAmount: 5 },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await closeBrowser();
    await provider?.close();
    await stack?.close();
  });

  /** Fits 360 px at 200 % text, passes axe-core, loads only from the portal; photographed. */
  async function check(phone: PhoneBrowser, name: string) {
    expect(await phone.contentWidth(), `${name} width`).toBeLessThanOrEqual(360);
    expect(await axeViolations(phone.page), name).toEqual([]);
    expect(await phone.unlabelledFields(), name).toEqual([]);
    await phone.screenshot(`agreed-${name}`);
  }

  for (const lang of languages) {
    it(`${lang}: promise part, see it, change it, pay it, the journey ends kept`, async () => {
      const borrower = await putBorrower(stack.api, {
        country: 'US',
        timezone: 'America/Chicago',
        locale: lang,
      });
      provider.holders.set(borrower.accountId, borrower.externalId);
      const enrollment = await enroll(stack.api, 'portal-agreed', borrower);
      const [message] = await waitUntil(
        () =>
          stack.database.db.select().from(messages).where(eq(messages.enrollmentId, enrollment.id)),
        (rows) => rows.length > 0,
        { what: 'the first message' },
      );
      const link = /http:\/\/\S+\/p\/[\w-]{48}/.exec(message!.body)![0];
      await waitUntil(
        () => stack.journeys.state(enrollment.id),
        (view) => view?.currentNode === 'ask',
        { what: 'the promise step' },
      );
      const today = localDate(new Date().toISOString(), 'America/Chicago');
      const phone = await openPhone(lang);
      const { page } = phone;
      try {
        await doubleTextSize(page);
        await page.goto(link);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.textContent('.brand')).toContain('Acme Lending');
        expect(await page.textContent('footer')).toContain('+1 (555) 010-0100');
        await check(phone, `home-${lang}`);

        // Promise part of the amount.
        await page.locator('a[href*="/promise?"]').first().click();
        // The date in the page language's order: year first in Chinese, month first in US English.
        const order = await page
          .locator('.date-parts input, .date-parts select')
          .evaluateAll((fields) => fields.map((f) => (f as unknown as { name: string }).name));
        expect(order).toEqual(fieldOrder[lang]);
        await fillDate(page, addDays(today, 3));
        await page.locator('#amount').fill('500');
        await check(phone, `promise-${lang}`);
        await page.locator('form button[type=submit]').click();
        await page.getByRole('status').waitFor();
        await check(phone, `promise-confirmed-${lang}`);

        // Home says what was promised, and no longer offers a first promise.
        await page.goto(link);
        const agreed = page.locator('ul.agreed');
        await expect.poll(() => agreed.textContent()).toMatch(/500/);
        expect(await page.locator('ul.actions a[href*="/promise?"]').count()).toBe(0);
        await check(phone, `home-promised-${lang}`);

        // Change it: a new date and amount replace the promise only when the borrower says so.
        await agreed.locator('a[href*="/promise?"]').click();
        await fillDate(page, addDays(today, 5));
        await page.locator('#amount').fill('600');
        await page.locator('form button[type=submit]').click();
        await page.getByRole('alert').waitFor();
        expect(await page.locator('input[name=replace]').getAttribute('aria-invalid')).toBe('true');
        await check(phone, `promise-replace-refused-${lang}`);
        await page.locator('input[name=replace]').check();
        await page.locator('form button[type=submit]').click();
        await page.getByRole('status').waitFor();
        await page.goto(link);
        await expect.poll(() => page.locator('ul.agreed').textContent()).toMatch(/600/);
        await check(phone, `home-changed-${lang}`);

        if (lang === 'en') {
          // Cancel it: home offers a first promise again, and a new one needs no replace tick.
          await page.locator('ul.agreed a[href*="/promise/cancel?"]').click();
          await check(phone, `promise-cancel-${lang}`);
          await page.locator('form button[type=submit]').click();
          await page.getByRole('status').waitFor();
          await page.goto(link);
          expect(await page.locator('ul.agreed').count()).toBe(0);
          await page.locator('ul.actions a[href*="/promise?"]').click();
          expect(await page.locator('input[name=replace]').count()).toBe(0);
          await fillDate(page, addDays(today, 5));
          await page.locator('#amount').fill('600');
          await page.locator('form button[type=submit]').click();
          await page.getByRole('status').waitFor();
          await page.goto(link);
        }

        // Pay the promised amount at the stand-in provider.
        await page.locator('ul.actions a[href*="/pay?"]').click();
        await check(phone, `pay-${lang}`);
        await page.locator('input[name=choice][value=promised]').check();
        await page.locator('form button[type=submit]').click();
        await page.waitForURL(`${provider.url}/checkout?**`);
        expect(provider.requests.at(-1)).toMatchObject({ amount: '600.00', valid: true });
        await phone.screenshot(`agreed-provider-${lang}`);
        await page.locator('button[type=submit]').click();
        await page.waitForURL(`${link}/pay?lang=${lang}`);
        expect(provider.reported.at(-1)).toBe(200);
        await page.getByRole('status').waitFor();
        await check(phone, `paid-${lang}`);
        expect(
          phone.requests.filter((r) => !r.startsWith(stack.url) && !r.startsWith(provider.url)),
        ).toEqual([]);
      } finally {
        await phone.close();
      }
      const done = await finished(stack.api, enrollment.id);
      expect(done.outcome).toBe('promise-kept');
    }, 180_000);
  }
});
