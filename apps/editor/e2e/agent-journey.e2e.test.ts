// @vitest-environment node
// A real journey end to end, in Chromium against the product as `npm start` runs it (its own
// Temporal dev server, Postgres): the borrower lets the promise step lapse, the journey escalates to the
// collections queue, an agent claims the task, reads the timeline, logs a conversation, resolves
// "agreed"; the journey continues on that port to a second promise step, where the agent records
// the promise the borrower made on the phone, and the workflow takes it. A second call the same
// week is refused with the Reg F reason. Screenshots at 1400×900 and 1024×768; axe-core clean.
//
// Time is compressed by the journey's own durations (seconds and minutes, not days). A promise
// that breaks cannot be compressed: the promise step checks at the borrower's midnight after the
// grace day, and ignores promises dated in the past. So the first step lapses unanswered (its
// "noResponse" port, wired like "broken" to the same escalate step) — the same hand-over.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot } from './browser';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `tandem_agent_journey_e2e_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let sql: postgres.Sql;
let api: ApiProcess;
let browser: Browser;
let page: Page;
let agentKey = '';
let enrollmentId = '';

/** The fixture journey: a promise, a person when it breaks, and a second promise if they agree. */
const brokenPromiseJourney = {
  dsl: 'journey/v1',
  id: 'broken-promise',
  name: 'Broken promise',
  locales: ['en'],
  defaultLocale: 'en',
  // The rule packs of the borrower's country (US: Reg F), as a real journey has them.
  policy: { jurisdiction: 'auto' },
  start: 'ask',
  nodes: [
    {
      id: 'ask',
      type: 'promiseToPay',
      config: { channel: 'sms', respondWithin: 'PT15S', graceDays: 0, remindBefore: null },
      next: { kept: 'paid', broken: 'call', noResponse: 'call' },
    },
    {
      id: 'call',
      type: 'escalate',
      config: {
        queue: 'collections',
        priority: 'urgent',
        reason: 'Promise broken',
        sla: 'PT2H',
        outcomes: ['agreed', 'noContact'],
        timeout: 'PT15M',
      },
      next: { agreed: 'ask-again', noContact: 'closed', timeout: 'closed' },
    },
    {
      id: 'ask-again',
      type: 'promiseToPay',
      config: {
        channel: 'sms',
        respondWithin: 'PT10M',
        maxDaysOut: 7,
        minAmountPercent: 20,
        remindBefore: null,
      },
      next: { kept: 'paid', broken: 'closed', noResponse: 'closed' },
    },
    { id: 'paid', type: 'end', config: { outcome: 'paid' } },
    { id: 'closed', type: 'end', config: { outcome: 'closed' } },
  ],
};

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as unknown;
};

interface EnrollmentView {
  status: string;
  currentNode: string | null;
  steps: Array<{ nodeId: string; kind: string; port: string | null }>;
}
const enrollmentNow = () =>
  call('GET', `/v1/enrollments/${enrollmentId}`) as Promise<EnrollmentView>;

async function waitForNode(node: string): Promise<EnrollmentView> {
  let view = await enrollmentNow();
  for (let i = 0; i < 120 && view.currentNode !== node; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    view = await enrollmentNow();
  }
  expect(view.currentNode, JSON.stringify(view.steps)).toBe(node);
  return view;
}

/** The borrower's calendar date `days` from today. */
const dateIn = (zone: string, days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(
    new Date(Date.now() + days * 86_400_000),
  );

// A zone whose clock is inside the 08:00–21:00 call window now (the test runs at any hour).
const zone =
  ['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Tokyo'].find((tz) => {
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hour12: false }).format(
        new Date(),
      ),
    );
    return hour >= 9 && hour < 20;
  }) ?? 'America/New_York';

beforeAll(async () => {
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  api = await startApi({ DATABASE_URL: url.toString() });
  sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  agentKey = (
    (await call('POST', '/v1/keys', { name: 'Sam', role: 'agent' })) as { secret: string }
  ).secret;
  await call('POST', '/v1/journeys', { document: brokenPromiseJourney });
  await call('POST', '/v1/journeys/broken-promise/publish', {});
  await call('PUT', '/v1/borrowers/US-7', {
    firstName: 'Rosa',
    lastName: 'Diaz',
    locale: 'en',
    timezone: zone,
    country: 'US',
    channels: {
      sms: { address: '+15557654321', consent: true },
      voice: { address: '+15557654321', consent: true },
    },
    accounts: [
      {
        externalId: 'US-7-L1',
        amountDue: 600,
        currency: 'USD',
        dueDate: '2026-11-01',
        daysPastDue: 36,
      },
    ],
  });
  const enrolled = (await call('POST', '/v1/enrollments', {
    journeyId: 'broken-promise',
    borrower: { externalId: 'US-7' },
    account: { externalId: 'US-7-L1' },
  })) as { id: string };
  enrollmentId = enrolled.id;
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await sql?.end();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

async function lookAt(name: string): Promise<void> {
  for (const size of [
    { width: 1400, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await screenshot(page, `agent-journey-${name}-${size.width}`);
    expect(await seriousAxeFindings(page), `${name} at ${size.width}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe(
  'a broken promise handed to an agent and back to the journey',
  { timeout: 180_000 },
  () => {
    it('the borrower does not answer the promise step, and the journey escalates', async () => {
      await waitForNode('ask');
      const view = await waitForNode('call');
      expect(view.steps.find((s) => s.nodeId === 'ask' && s.port)?.port).toBe('noResponse');
      // The task is written by the step's activity, a moment after the step is entered.
      await expect
        .poll(
          async () => (await sql`select status, reason from tasks where queue = 'collections'`)[0],
        )
        .toMatchObject({ status: 'open', reason: 'Promise broken' });
    });

    it('an agent claims the task, reads the timeline and logs a conversation', async () => {
      await page.goto(`${api.base}/app/tasks`);
      await page.getByLabel('API key').fill(agentKey);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Claim: Rosa, Promise broken' }).click();
      await page.getByRole('button', { name: 'Release: Rosa, Promise broken' }).waitFor();
      await page.getByRole('link', { name: 'Rosa' }).click();
      await page.getByRole('heading', { name: 'Rosa Diaz' }).waitFor();
      const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
      await expect.poll(() => timeline.textContent()).toContain('Task (collections): open');
      expect(await timeline.textContent()).toMatch(/Step ask.*noResponse/s);

      const form = page.getByRole('form', { name: 'Log a call' });
      await form.getByLabel('Note').fill('Lost her job last month; can pay part on Friday');
      await form.getByRole('button', { name: 'Log call' }).click();
      await form.getByRole('status').filter({ hasText: 'Call logged' }).waitFor();
      await lookAt('01-claimed');
    });

    it('resolves "agreed": the journey goes on to the second promise step', async () => {
      const resolve = page.getByRole('form', { name: 'Resolve: Promise broken' });
      await resolve.getByLabel('Outcome').selectOption('agreed');
      await resolve.getByLabel('Note').fill('Will promise a part payment');
      await resolve.getByRole('button', { name: 'Resolve' }).click();
      await page.getByText('No open task.').waitFor();
      const view = await waitForNode('ask-again');
      expect(view.steps.find((s) => s.nodeId === 'call' && s.port)?.port).toBe('agreed');
    });

    it('records the borrower’s new promise on her behalf, within the step’s limits; the workflow has it', async () => {
      await page.reload();
      const form = page.getByRole('form', { name: /Record a promise: Broken promise, US-7-L1/ });
      await form.waitFor();
      // Outside the step's limits: the step says at least 20 % of 600.
      await form.getByLabel('Promised date (their calendar)').fill(dateIn(zone, 3));
      await form.getByLabel(/Amount/).fill('50');
      await form.getByRole('button', { name: 'Record a promise' }).click();
      const refusal = form.getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Please promise at least 120');
      await lookAt('02-promise-refused');

      await form.getByLabel(/Amount/).fill('200');
      await form.getByRole('button', { name: 'Record a promise' }).click();
      await page.getByRole('status').filter({ hasText: 'Promise recorded by Sam' }).waitFor();
      const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
      await expect.poll(() => timeline.textContent()).toContain('Agent recorded a promise');
      expect(await timeline.textContent()).toContain('— by Sam');

      // The workflow holds it: still at the step, now waiting for the promised date to pass.
      const view = await enrollmentNow();
      expect(view.currentNode).toBe('ask-again');
      const [stored] =
        await sql`select data from events where type = 'ptp.promised' and source_id like 'agent:%'`;
      expect(stored?.data).toEqual({
        date: dateIn(zone, 3),
        amount: 200,
        via: 'agent',
        recordedBy: 'Sam',
      });
      const [audit] =
        await sql`select actor_name from audit_events where action = 'promise.recordedForBorrower'`;
      expect(audit?.actor_name).toBe('Sam');
      await lookAt('03-promise-recorded');
    });

    it('a second call the same week is refused with the Reg F reason', async () => {
      const form = page.getByRole('form', { name: 'Log a call' });
      await form.getByRole('button', { name: 'Log call' }).click();
      const refusal = form.getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(
        /Call not allowed now: no voice within 7 days after a conversation \(us-reg-f\)\. Next allowed \d{4}-\d\d-\d\d \d\d:\d\d UTC/,
      );
    });
  },
);
