// @vitest-environment node
// The Borrowers screen in real Chromium against the product as `npm start` runs it, on Postgres.
// An agent claims a task, opens the borrower's page from it, reads the timeline, logs a
// conversation, is refused a second call with the Reg F reason and when it is allowed, resolves
// the task "agreed", and finds a borrower by phone digits (a POST: nothing typed reaches the URL).
// Keyboard only after sign-in; screenshots at 1400×900 and 1024×768; axe-core clean.
import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, screenshot, signInWithKey } from './browser';
import { lookAt as lookAtPage, agentSizes } from './look-at';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `tandem_borrowers_e2e_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let sql: postgres.Sql;
let api: ApiProcess;
let browser: Browser;
let page: Page;
let agentKey = '';
const requestedUrls: string[] = [];

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as unknown;
};

beforeAll(async () => {
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  api = await startApi({ DATABASE_URL: url.toString() });
  sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  agentKey = (
    (await call('POST', '/v1/keys', { name: 'Sam', role: 'agent' })) as { secret: string }
  ).secret;
  // New York, where calls are allowed 08:00–21:00: the test runs in any hour, so the borrower's
  // zone is the one whose clock is inside that window now.
  const zone =
    ['America/New_York', 'Asia/Tokyo', 'Europe/London'].find((tz) => {
      const hour = Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hour12: false }).format(
          new Date(),
        ),
      );
      return hour >= 9 && hour < 20;
    }) ?? 'America/New_York';
  await call('PUT', '/v1/borrowers/US-1', {
    firstName: 'Ana',
    lastName: 'Reyes',
    locale: 'en',
    timezone: zone,
    country: 'US',
    channels: { voice: { address: '+15551234567', consent: true } },
    accounts: [
      {
        externalId: 'US-1-L1',
        amountDue: 420,
        currency: 'USD',
        dueDate: '2026-11-01',
        daysPastDue: 35,
      },
    ],
  });
  await sql`insert into tasks (idempotency_key, borrower_id, command_id, queue, priority, reason, outcomes, due_at)
    select 't1', b.id, 't1', 'collections', 'urgent', 'Broken promise', '["agreed","noContact"]'::jsonb, now() + interval '2 hours'
    from borrowers b where b.external_id = 'US-1'`;
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
  page.on('request', (request) => requestedUrls.push(request.url()));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await sql?.end();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

const lookAt = (name: string) => lookAtPage(page, `borrowers-${name}`, agentSizes);

/** Tab (forwards) until `target` has the focus: what a keyboard user does. */
async function tabTo(target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('the Borrowers screen in Chromium', { timeout: 120_000 }, () => {
  it('opens the borrower from a claimed task, keyboard only', async () => {
    await page.goto(`${api.base}/app/tasks`);
    await page.getByLabel('API key').fill(agentKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claim = page.getByRole('button', { name: 'Claim: Ana, Broken promise' });
    await claim.waitFor();
    await page.locator('body').focus();
    await tabTo(claim);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Release: Ana, Broken promise' }).waitFor();
    const name = page.getByRole('link', { name: 'Ana' });
    await page.locator('body').focus();
    await tabTo(name);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ana Reyes' }).waitFor();
    expect(page.url()).toMatch(/\/app\/borrowers\/US-1\?task=/);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
    await expect.poll(() => timeline.textContent()).toContain('Task (collections): open');
    expect(await timeline.textContent()).toMatch(/their time · \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(await page.getByRole('table', { name: 'Channels' }).textContent()).toContain(
      '•••• 4567',
    );
    await lookAt('01-page');
  });

  it('logs a conversation, then is refused a second call with the Reg F reason', async () => {
    const form = page.getByRole('form', { name: 'Log a call' });
    await tabTo(form.getByLabel('Result'));
    await page.keyboard.press('Tab'); // Outcome: promiseToPay is the default
    await page.keyboard.press('Tab');
    await page.keyboard.type('Agreed to pay 100 on Friday');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await form.getByRole('status').filter({ hasText: 'Call logged' }).waitFor();
    const [logged] = await sql`select call_result from contact_ledger where channel = 'voice'`;
    expect(logged?.call_result).toBe('conversation');
    await form.getByRole('button', { name: 'Log call' }).focus();
    await page.keyboard.press('Enter');
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /Call not allowed now: no voice within 7 days after a conversation \(us-reg-f\)\. Next allowed \d{4}-\d\d-\d\d \d\d:\d\d UTC/,
    );
    await lookAt('02-call-refused');
  });

  it('resolves the task "agreed" with a note', async () => {
    const resolve = page.getByRole('form', { name: 'Resolve: Broken promise' });
    // Offered by name, sent by id ("agreed" below).
    expect(await resolve.getByLabel('Outcome').locator('option').allTextContents()).toEqual([
      'Agreed',
      'Not reached',
    ]);
    await tabTo(resolve.getByLabel('Outcome'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Promise of 100 by Friday');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('No open task.').waitFor();
    const [task] = await sql`select status, outcome, note from tasks where idempotency_key = 't1'`;
    expect(task).toMatchObject({
      status: 'resolved',
      outcome: 'agreed',
      note: 'Promise of 100 by Friday',
    });
    const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
    await expect.poll(() => timeline.textContent()).toContain('resolved “Agreed”');
  });

  it('finds a borrower by phone digits with a POST, nothing typed in any URL', async () => {
    await page.goto(`${api.base}/app/borrowers`);
    const box = page.getByLabel('External id, name or phone');
    await box.fill('555 123 4567');
    await page.keyboard.press('Enter');
    const found = page.getByRole('table', { name: 'Borrowers found' });
    await found.waitFor();
    expect(await found.textContent()).toContain('•••• 4567');
    await lookAt('03-search');
    expect(requestedUrls.filter((u) => u.includes('4567') || u.includes('Reyes'))).toEqual([]);
  });

  it('shows a supervisor (admin) the queue numbers and exports them as CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const supervisor = await context.newPage();
    await signInWithKey(supervisor, api.base, api.adminKey);
    await supervisor.goto(`${api.base}/app/tasks`);
    const perQueue = supervisor.getByRole('table', { name: 'Per queue, today' });
    await perQueue.waitFor();
    await expect.poll(() => perQueue.textContent()).toMatch(/collections0\d*1.*100%/);
    expect(await supervisor.getByRole('table', { name: 'Per agent, today' }).textContent()).toMatch(
      /Sam001/,
    );
    await screenshot(supervisor, 'borrowers-04-supervisor-1400');
    expect(await seriousAxeFindings(supervisor)).toEqual([]);
    const csv = await supervisor.request.get(`${api.base}/v1/tasks/stats?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^kind,name,open,overdue,resolved,/);
    await context.close();
  });
});
