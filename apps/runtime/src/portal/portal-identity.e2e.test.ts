// The identity check and "none of these plans work", end to end in Chromium at 360×740 with text
// at 200 %, in en, es, vi and zh: real Temporal, real database, the portal over real HTTP. The
// lender asks for the date of birth; the borrower opens the plan offer from the first message,
// confirms who they are (typed in their language's order, one wrong try first), says none of the
// plans work and asks for a pause or a person; the journey leaves the offer by its declined port.
// Five wrong tries lock the link, and the lock page says until when. Every page fits 320 px,
// passes axe-core and is photographed under test-artifacts/portal/identity-*.png.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, messages } from '../db/schema';
import { enroll, finished, publishJourney, putBorrower, waitUntil } from '../testing/scenario';
import { axeViolations, doubleTextSize } from './testing/axe';
import { closeBrowser, openPhone, type PhoneBrowser } from './testing/phone-browser';
import { openPortalStack, type PortalStack } from './testing/portal-stack';

const languages = ['en', 'es', 'vi', 'zh'] as const;
const fieldOrder = {
  en: ['month', 'day', 'year'],
  es: ['day', 'month', 'year'],
  vi: ['day', 'month', 'year'],
  zh: ['year', 'month', 'day'],
};
const instead = { en: 'person', es: 'pause', vi: 'person', zh: 'pause' } as const;

const journey = {
  dsl: 'journey/v1',
  id: 'portal-identity-plan',
  name: 'Plan offer behind an identity check',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'offer',
  nodes: [
    {
      id: 'offer',
      type: 'offerPlan',
      config: {
        channel: 'sms',
        respondWithin: 'PT10M',
        options: [
          { label: '3 months', instalments: 3, frequency: 'monthly' },
          { label: '6 months', instalments: 6, frequency: 'monthly' },
        ],
        message: { en: 'Pay in parts: {{ links.plan }}' },
      },
      next: { accepted: 'on-plan', declined: 'declined', noResponse: 'no-answer' },
    },
    { id: 'on-plan', type: 'end', config: { outcome: 'on-plan' } },
    { id: 'declined', type: 'end', config: { outcome: 'declined' } },
    { id: 'no-answer', type: 'end', config: { outcome: 'no-answer' } },
  ],
};

describe('identity check and "none of these plans work", on a phone', () => {
  let stack: PortalStack;

  beforeAll(async () => {
    stack = await openPortalStack();
    const saved = await stack.api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme Consumer Lending Services LLC',
        tradingName: 'Acme Lending',
        supportPhone: '+1 (555) 010-0100',
        identityCheck: { fact: 'dateOfBirth' },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await closeBrowser();
    await stack?.close();
  });

  /** Fits 360 px and 320 px at 200 % text, passes axe-core; photographed. */
  async function check(phone: PhoneBrowser, name: string) {
    expect(await phone.contentWidth(), `${name} width`).toBeLessThanOrEqual(360);
    expect(await axeViolations(phone.page), name).toEqual([]);
    expect(await phone.unlabelledFields(), name).toEqual([]);
    await phone.screenshot(`identity-${name}`);
    await phone.page.setViewportSize({ width: 320, height: 740 });
    expect(await phone.contentWidth(), `${name} width at 320`).toBeLessThanOrEqual(320);
    await phone.page.setViewportSize({ width: 360, height: 740 });
  }

  async function planLink(lang: string) {
    const borrower = await putBorrower(stack.api, {
      locale: lang,
      attributes: { dateOfBirth: '1988-03-24' },
    });
    const enrollment = await enroll(stack.api, journey.id, borrower);
    const [message] = await waitUntil(
      () =>
        stack.database.db.select().from(messages).where(eq(messages.enrollmentId, enrollment.id)),
      (rows) => rows.length > 0,
      { what: 'the plan offer' },
    );
    await waitUntil(
      () => stack.journeys.state(enrollment.id),
      (view) => view?.currentNode === 'offer',
      { what: 'the offer step' },
    );
    return { enrollment, link: /http:\/\/\S+\/p\/[\w-]{48}\/plan/.exec(message!.body)![0] };
  }

  async function typeBirthday(phone: PhoneBrowser, day: string) {
    await phone.page.locator('#date-day').fill(day);
    await phone.page.locator('#date-month').selectOption('3');
    await phone.page.locator('#date-year').fill('1988');
    await phone.page.locator('form button[type=submit]').click();
  }

  for (const lang of languages) {
    it(`${lang}: confirms who they are, says no plan works, asks for a ${instead[lang]}; the journey takes the declined port`, async () => {
      const { enrollment, link } = await planLink(lang);
      const phone = await openPhone(lang);
      const { page } = phone;
      try {
        await doubleTextSize(page);
        await page.goto(link);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        // The question, not the balance; the date in the page language's order.
        expect(await page.locator('.plan').count()).toBe(0);
        const order = await page
          .locator('.date-parts input, .date-parts select')
          .evaluateAll((fields) => fields.map((f) => (f as unknown as { name: string }).name));
        expect(order).toEqual(fieldOrder[lang]);
        await check(phone, `ask-${lang}`);

        await typeBirthday(phone, '23');
        await page.getByRole('alert').waitFor();
        expect(await page.locator('#date-day').getAttribute('aria-invalid')).toBe('true');
        await check(phone, `wrong-${lang}`);

        await typeBirthday(phone, '24');
        await page.waitForURL(`${link}?lang=${lang}`);
        expect(await page.locator('.plan').count()).toBe(2);
        // Remembered: home opens without asking again.
        await page.goto(link.replace(/\/plan$/, `?lang=${lang}`));
        expect(await page.locator('#date-day').count()).toBe(0);
        await page.goto(`${link}?lang=${lang}`);

        await page.locator('.none-work a').click();
        expect(await page.locator('input[name=instead]:checked').count()).toBe(0);
        await check(phone, `plan-none-${lang}`);
        await page.locator('form button[type=submit]').click();
        // Nothing chosen: the browser's own required check stops the form; nothing is sent.
        expect(page.url()).toContain('/plan/none');
        await page.locator(`input[name=instead][value=${instead[lang]}]`).check();
        await page.locator('form button[type=submit]').click();
        await page.getByRole('status').waitFor();
        await check(phone, `plan-none-done-${lang}`);
      } finally {
        await phone.close();
      }
      const done = await finished(stack.api, enrollment.id);
      expect(done.outcome).toBe('declined');
      expect(
        done.steps?.filter((s) => s.kind === 'exit').map((s) => `${s.nodeId}:${s.port}`),
      ).toEqual(['offer:declined']);
      const declined = await stack.database.db
        .select()
        .from(events)
        .where(eq(events.type, 'plan.declined'));
      expect(declined.map((e) => e.data)).toContainEqual(
        expect.objectContaining({ reason: instead[lang], node: 'offer', via: 'portal' }),
      );
      if (instead[lang] === 'person') {
        const tasks = await stack.api.call('GET', '/v1/tasks?queue=collections', { role: 'agent' });
        expect(
          (tasks.body as { tasks: Array<{ enrollmentId: string }> }).tasks.map(
            (t) => t.enrollmentId,
          ),
        ).toContain(enrollment.id);
      } else {
        const pause = await stack.database.db
          .select()
          .from(events)
          .where(eq(events.type, 'hardship.requested'));
        expect(pause.map((e) => e.data)).toContainEqual(
          expect.objectContaining({ category: 'pause', via: 'portal' }),
        );
      }
    }, 180_000);
  }

  it('five wrong dates lock the link; the lock page says until when, in the page language', async () => {
    const { enrollment, link } = await planLink('en');
    const phone = await openPhone('en');
    const { page } = phone;
    try {
      await doubleTextSize(page);
      await page.goto(link);
      for (let i = 0; i < 5; i++) await typeBirthday(phone, '1');
      await page.getByRole('heading', { name: 'Please try again later' }).waitFor();
      expect(await page.textContent('main')).toMatch(/try again after .*\d{1,2}:\d{2}/);
      await check(phone, 'locked-en');
      // Reopening the link finds it locked, and in Chinese the page says so in Chinese.
      await page.goto(`${link}?lang=zh`);
      await page.getByRole('heading', { name: '请稍后再试' }).waitFor();
      await check(phone, 'locked-zh');
    } finally {
      await phone.close();
    }
    await stack.journeys.cancel(enrollment.id, 'test over');
  }, 120_000);
});
