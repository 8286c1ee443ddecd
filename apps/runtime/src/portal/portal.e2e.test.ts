// The borrower's side end to end: real Temporal dev server, real database, the portal over real
// HTTP and real Chromium at phone width. Borrowers get their first message in the outbox, follow
// its signed link and act; the journey takes the branch their action leads to. Every page is
// photographed in en, es, vi and zh under test-artifacts/portal/.
import { and, eq } from 'drizzle-orm';
import { addDays, localDate } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { borrowers, events, messages } from '../db/schema';
import {
  enroll,
  finished,
  postEvent,
  publishJourney,
  putBorrower,
  waitUntil,
} from '../testing/scenario';
import { closeBrowser, fillDate, openPhone, type PhoneBrowser } from './testing/phone-browser';
import { openPortalStack, type PortalStack } from './testing/portal-stack';

const languages = ['en', 'es', 'vi', 'zh'] as const;
const policy = { jurisdiction: 'none', caps: [] };
const end = (id: string, outcome: string) => ({ id, type: 'end', config: { outcome } });

const promiseJourney = {
  dsl: 'journey/v1',
  id: 'portal-promise',
  name: 'Portal promise',
  locales: ['en'],
  defaultLocale: 'en',
  policy,
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'remind',
      config: {
        channel: 'sms',
        message: {
          en: 'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due. Your options: {{ links.portal }}',
        },
      },
      next: { sent: 'ask', failed: 'no-promise' },
    },
    {
      id: 'ask',
      type: 'promiseToPay',
      config: { channel: 'sms', respondWithin: 'PT3M', maxDaysOut: 10, remindBefore: null },
      next: { kept: 'promise-kept', broken: 'no-promise', noResponse: 'no-promise' },
    },
    end('promise-kept', 'promise-kept'),
    end('no-promise', 'no-promise'),
  ],
};

const planJourney = {
  dsl: 'journey/v1',
  id: 'portal-plan',
  name: 'Portal plan',
  locales: ['en', 'es'],
  defaultLocale: 'en',
  policy,
  start: 'offer',
  nodes: [
    {
      id: 'offer',
      type: 'offerPlan',
      config: {
        channel: 'sms',
        message: { en: 'Pay in parts: {{ links.plan }}', es: 'Pague en partes: {{ links.plan }}' },
        respondWithin: 'PT3M',
        options: [
          { instalments: 3, frequency: 'monthly' },
          { instalments: 6, frequency: 'monthly', discountPercent: 10 },
        ],
      },
      next: { accepted: 'on-plan', declined: 'no-plan', noResponse: 'no-plan' },
    },
    end('on-plan', 'on-plan'),
    end('no-plan', 'no-plan'),
  ],
};

const stopJourney = {
  dsl: 'journey/v1',
  id: 'portal-stop',
  name: 'Two texts',
  locales: ['en'],
  defaultLocale: 'en',
  policy,
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'remind',
      config: {
        channel: 'sms',
        message: { en: 'Hi {{ borrower.firstName }}: {{ links.portal }}' },
      },
      next: { sent: 'pause', failed: 'pause' },
    },
    { id: 'pause', type: 'wait', config: { for: 'PT4S' }, next: { done: 'second' } },
    {
      id: 'second',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Still here for you: {{ links.portal }}' } },
      next: { sent: 'reminded', failed: 'not-reminded' },
    },
    end('reminded', 'reminded'),
    end('not-reminded', 'not-reminded'),
  ],
};

const lessonJourney = {
  dsl: 'journey/v1',
  id: 'portal-lesson',
  name: 'Portal lesson',
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  policy,
  start: 'lesson',
  nodes: [
    {
      id: 'lesson',
      type: 'educationLesson',
      config: {
        channel: 'email',
        subject: { en: 'A short read', zh: '简短阅读' },
        message: {
          en: 'A short read for you: {{ links.lesson }}',
          zh: '给您的简短阅读：{{ links.lesson }}',
        },
        lesson: 'credit-score',
        watchWithin: 'PT3M',
      },
      next: { watched: 'learned', notWatched: 'not-learned' },
    },
    end('learned', 'learned'),
    end('not-learned', 'not-learned'),
  ],
};

const slowJourney = {
  dsl: 'journey/v1',
  id: 'portal-slow',
  name: 'Reminder, long wait',
  locales: ['en'],
  defaultLocale: 'en',
  policy,
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'remind',
      config: {
        channel: 'sms',
        message: { en: 'Hi {{ borrower.firstName }}: {{ links.portal }}' },
      },
      next: { sent: 'pause', failed: 'pause' },
    },
    { id: 'pause', type: 'wait', config: { for: 'PT5M' }, next: { done: 'over' } },
    end('over', 'over'),
  ],
};

describe('the borrower portal, end to end', () => {
  let stack: PortalStack;
  let phone: PhoneBrowser;

  beforeAll(async () => {
    stack = await openPortalStack();
    phone = await openPhone();
    for (const journey of [promiseJourney, planJourney, stopJourney, lessonJourney, slowJourney])
      await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await phone?.close();
    await closeBrowser();
    await stack?.close();
  });

  const sentTo = (enrollmentId: string) =>
    stack.database.db
      .select()
      .from(messages)
      .where(eq(messages.enrollmentId, enrollmentId))
      .orderBy(messages.createdAt);
  const firstMessage = async (enrollmentId: string) => {
    const [message] = await waitUntil(
      () => sentTo(enrollmentId),
      (rows) => rows.length > 0,
      { what: 'the first message' },
    );
    return message!;
  };
  const linkIn = (body: string) => {
    const found = /https?:\/\/\S+\/p\/[A-Za-z0-9_-]{48}(\/[a-z]+)?/.exec(body)?.[0];
    expect(found, body).toBeDefined();
    return found!;
  };
  const atNode = (enrollmentId: string, nodeId: string) =>
    waitUntil(
      () => stack.journeys.state(enrollmentId),
      (view) => view?.currentNode === nodeId,
      { what: `node ${nodeId}` },
    );

  /**
   * Photographs a page in every language (a phone set to that language, so the date picker is
   * native too) and checks that it fits 360 px, labels its fields and loads only from us.
   */
  async function photograph(url: string, name: string) {
    for (const lang of languages) {
      const local = await openPhone(lang);
      try {
        await local.page.goto(`${url}?lang=${lang}`);
        expect(await local.page.getAttribute('html', 'lang')).toBe(lang);
        expect(await local.contentWidth(), `${name} ${lang} width`).toBeLessThanOrEqual(360);
        expect(await local.unlabelledFields(), `${name} ${lang}`).toEqual([]);
        await local.screenshot(`${name}-${lang}`);
        expect(local.requests.filter((r) => !r.startsWith(stack.url))).toEqual([]);
        expect(local.requests.some((r) => r.endsWith('/portal.css'))).toBe(true);
      } finally {
        await local.close();
      }
    }
  }

  it('a borrower opens the link in the first reminder, picks a promise date, and the journey takes the promise branch', async () => {
    const borrower = await putBorrower(stack.api, { country: 'US', timezone: 'America/Chicago' });
    const enrollment = await enroll(stack.api, 'portal-promise', borrower);
    const reminder = await firstMessage(enrollment.id);
    expect(reminder.nodeId).toBe('first');
    expect(reminder.body).toMatch(
      /^Hi Lan, \$1,800\.00 is due\. Your options: http:\/\/127\.0\.0\.1:\d+\/p\/[\w-]{48}\n\nReply STOP to opt out\.$/,
    );
    const portal = linkIn(reminder.body);
    await atNode(enrollment.id, 'ask');

    await photograph(portal, 'home');
    await photograph(`${portal}/promise`, 'promise');
    await photograph(`${portal}/hardship`, 'hardship');
    await photograph(`${portal}/preferences`, 'preferences');

    await phone.page.goto(`${portal}?lang=en`);
    await phone.page.getByRole('link', { name: 'Choose a date to pay' }).click();
    const today = localDate(new Date().toISOString(), 'America/Chicago');
    // Month first on an en-US page, nothing filled in for the borrower.
    expect(
      await phone.page
        .locator('.date-parts input, .date-parts select')
        .evaluateAll((fields) => fields.map((f) => (f as unknown as { id: string }).id)),
    ).toEqual(['date-month', 'date-day', 'date-year']);
    expect(await phone.page.locator('#date-day').inputValue()).toBe('');

    // Past the node's limit: the journey refuses, and the borrower is told why.
    await fillDate(phone.page, addDays(today, 12));
    await phone.page.getByRole('button', { name: 'Confirm this date' }).click();
    await expect
      .poll(() => phone.page.getByRole('alert').textContent())
      .toContain('Please pick a date within 10 days.');
    await phone.screenshot('promise-refused-en');

    await fillDate(phone.page, addDays(today, 3));
    await phone.page.getByRole('button', { name: 'Confirm this date' }).click();
    await expect.poll(() => phone.page.getByRole('status').textContent()).toContain('is confirmed');
    await phone.screenshot('promise-confirmed-en');
    const promised = await stack.database.db
      .select()
      .from(events)
      .where(eq(events.type, 'ptp.promised'));
    expect(promised.map((e) => e.data)).toContainEqual(
      expect.objectContaining({ date: addDays(today, 3), via: 'portal' }),
    );

    await postEvent(stack.api, borrower, 'payment.received', { amount: 1800 });
    const done = await finished(stack.api, enrollment.id);
    expect(done.outcome).toBe('promise-kept');
    expect(
      done.steps?.filter((s) => s.kind === 'exit').map((s) => `${s.nodeId}:${s.port}`),
    ).toEqual(['first:sent', 'ask:kept']);
    // It photographs four pages in four languages (16 phone contexts) before acting: on a loaded
    // two-core machine that alone can pass the default 30 s.
  }, 90_000);

  it('a borrower chooses a plan from its schedule, in Spanish, and the journey takes the accepted branch', async () => {
    const borrower = await putBorrower(stack.api, {
      locale: 'es-MX',
      country: 'MX',
      timezone: 'America/Mexico_City',
      account: { currency: 'MXN', amountDue: 9000 },
    });
    const enrollment = await enroll(stack.api, 'portal-plan', borrower);
    const offer = await firstMessage(enrollment.id);
    expect(offer.body).toMatch(
      /^Pague en partes: \S+\/plan\n\nResponda BAJA para no recibir más mensajes\.$/,
    );
    const plan = linkIn(offer.body);
    await atNode(enrollment.id, 'offer');
    await photograph(plan, 'plan');

    await phone.page.goto(plan);
    expect(await phone.page.getAttribute('html', 'lang')).toBe('es');
    await phone.page.getByText('6 pagos mensuales de').click();
    await phone.page.getByText('Calendario de pagos').nth(1).click();
    await phone.screenshot('plan-schedule-es');
    const rows = await phone.page.locator('.plan').nth(1).locator('tbody tr').count();
    expect(rows).toBe(6);
    await phone.page.getByRole('button', { name: 'Elegir este plan' }).click();
    await expect
      .poll(() => phone.page.getByRole('status').textContent())
      .toMatch(/Su plan está listo: 6 pagos, el primero de \$1,350\.00/);
    await phone.screenshot('plan-accepted-es');
    const done = await finished(stack.api, enrollment.id);
    expect(done.outcome).toBe('on-plan');
  });

  it('a borrower replies STOP to the first text: confirmed once, and no more texts', async () => {
    const borrower = await putBorrower(stack.api, { locale: 'vi' });
    const enrollment = await enroll(stack.api, 'portal-stop', borrower);
    await firstMessage(enrollment.id);
    await postEvent(stack.api, borrower, 'reply.received', { channel: 'sms', text: 'STOP' });
    await postEvent(stack.api, borrower, 'reply.received', { channel: 'sms', text: 'stop' });
    await postEvent(stack.api, borrower, 'reply.received', { channel: 'sms', text: 'HELP' });
    const done = await finished(stack.api, enrollment.id);
    expect(done.outcome).toBe('not-reminded');
    const [row] = await stack.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.externalId, borrower.externalId));
    expect(row!.preferences.optedOut).toEqual(['sms']);
    const all = await stack.database.db
      .select()
      .from(messages)
      .where(eq(messages.borrowerId, row!.id))
      .orderBy(messages.createdAt);
    expect(all.map((m) => [m.intent, m.channel, m.status])).toEqual([
      ['reminder', 'sms', 'sent'],
      ['optOut.confirmation', 'sms', 'sent'],
      ['help', 'sms', 'sent'],
    ]);
    expect(all[1]!.body).toBe(
      'Acme Lending: bạn đã hủy đăng ký và sẽ không nhận thêm tin nhắn SMS từ chúng tôi.',
    );
    expect(all[2]!.body).toContain('Trả lời HUY để hủy đăng ký');
    const optOuts = await stack.database.db
      .select()
      .from(events)
      .where(and(eq(events.borrowerId, row!.id), eq(events.type, 'contact.optedOut')));
    expect(optOuts).toHaveLength(1);
  });

  it('a borrower reads the lesson in Chinese and marks it done; the journey takes the watched branch', async () => {
    const borrower = await putBorrower(stack.api, {
      locale: 'zh-CN',
      country: 'CN',
      timezone: 'Asia/Shanghai',
    });
    const enrollment = await enroll(stack.api, 'portal-lesson', borrower);
    const email = await firstMessage(enrollment.id);
    expect(email.channel).toBe('email');
    expect(email.body).toContain('如不想再收到邮件，请回复TD退订');
    const lesson = linkIn(email.body);
    await atNode(enrollment.id, 'lesson');
    await photograph(lesson, 'lesson');

    await phone.page.goto(lesson);
    await expect.poll(() => phone.page.locator('h1').textContent()).toBe('信用评分是怎样形成的');
    await phone.page.getByRole('button', { name: '我已完成本课' }).click();
    await expect
      .poll(() => phone.page.getByRole('status').textContent())
      .toContain('我们已记录您完成了本课');
    await phone.screenshot('lesson-done-zh');
    const done = await finished(stack.api, enrollment.id);
    expect(done.outcome).toBe('learned');
  });

  it('a borrower asks for a pause for their mental health, then turns off texts: a person is asked, every journey holds', async () => {
    const borrower = await putBorrower(stack.api);
    const enrollment = await enroll(stack.api, 'portal-slow', borrower);
    const portal = linkIn((await firstMessage(enrollment.id)).body);
    await atNode(enrollment.id, 'pause');

    await phone.page.goto(`${portal}?lang=en`);
    await phone.page
      .getByRole('link', { name: 'Ask for a pause or tell us about a hardship' })
      .click();
    await phone.page.getByLabel('My mental health is making things hard').check();
    await phone.page
      .getByLabel('Anything you would like to tell us (optional)')
      .fill('Things are hard right now.');
    await phone.page.getByRole('button', { name: 'Send to our team' }).click();
    await expect
      .poll(() => phone.page.getByRole('status').textContent())
      .toContain('Payment reminders are paused');
    await phone.screenshot('hardship-done-en');

    const [row] = await stack.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.externalId, borrower.externalId));
    const holdList = await stack.api.call('GET', `/v1/borrowers/${borrower.externalId}/holds`, {
      role: 'agent',
    });
    expect((holdList.body as { items: Array<{ kind: string; active: boolean }> }).items).toEqual([
      expect.objectContaining({ kind: 'vulnerabilityReview', active: true }),
    ]);
    // The journey's own answer to hardship.requested: its hold, and a task for the hardship team.
    const task = await waitUntil(
      () => stack.api.call('GET', '/v1/tasks?queue=hardship', { role: 'agent' }),
      (res) =>
        (res.body as { tasks: Array<{ enrollmentId: string }> }).tasks.some(
          (t) => t.enrollmentId === enrollment.id,
        ),
      { what: 'the hardship task' },
    );
    expect(JSON.stringify(task.body)).toContain('mentalHealth');
    const view = await waitUntil(
      () => stack.journeys.state(enrollment.id),
      (v) => (v?.holds.length ?? 0) >= 2,
      { what: 'the holds in the journey' },
    );
    expect(view!.holds.map((h) => h.kind).sort()).toEqual([
      'hardshipReview',
      'vulnerabilityReview',
    ]);

    await phone.page.goto(`${portal}/preferences?lang=en`);
    await phone.page.getByLabel('Text message (SMS)').uncheck();
    await phone.page.getByLabel('From').selectOption('09:00');
    await phone.page.getByLabel('To').selectOption('17:00');
    await phone.page.getByLabel('Language for messages').selectOption('es');
    await phone.page.getByRole('button', { name: 'Save my choices' }).click();
    await expect.poll(() => phone.page.getByRole('status').textContent()).toContain('Saved.');
    await phone.screenshot('preferences-saved-en');
    const [after] = await stack.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.id, row!.id));
    expect(after!.preferences).toEqual({
      optedOut: ['sms'],
      preferredWindow: { start: '09:00', end: '17:00' },
    });
    expect(after!.locale).toBe('es');
    const optedOut = await waitUntil(
      () => stack.journeys.state(enrollment.id),
      (v) => (v?.optedOut.length ?? 0) > 0,
      { what: 'the opt-out in the journey' },
    );
    expect(optedOut!.optedOut).toEqual(['sms']);
    expect(await phone.page.getByLabel('Text message (SMS)').isChecked()).toBe(false);
    await stack.journeys.cancel(enrollment.id, 'test over');
  });
});
