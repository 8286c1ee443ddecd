// @vitest-environment node
// The experiment page in real Chromium against the product as `npm start` runs it, on Postgres:
// the tone-experiment example is published, its split is fed seeded outcomes (the "plain" arm
// pays clearly more often), a designer opens the experiment from the History panel, reads the
// verdict, and promotes the winning arm into a new draft. Screenshots at 1400×900 and 1280×800;
// axe-core finds nothing serious or critical.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, screenshot, signInWithKey } from './browser';
import { lookAt as lookAtPage } from './look-at';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `tandem_experiments_e2e_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'tone-experiment.journey.json'),
    'utf8',
  ),
) as { id: string };
let sql: postgres.Sql;
let api: ApiProcess;
let browser: Browser;
let page: Page;

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as unknown;
};

/**
 * `count` enrollments of the published version that took `arm` 45 days ago (past the default
 * 30-day window), the first `paid` of them paying on their own account two days later; and
 * `recent` more that took it in the last week (they set the enrollment rate, not the rate).
 */
async function seedArm(arm: string, count: number, paid: number, recent: number) {
  await sql`
    with version as (select id from journey_versions where journey_id = ${example.id} and version = 1),
    rows as (
      select gen_random_uuid() as borrower_id, gen_random_uuid() as account_id,
             gen_random_uuid() as enrollment_id, i,
             case when i <= ${count} then now() - interval '45 days'
                  else now() - interval '2 days' end as took_at
      from generate_series(1, ${count + recent}) as i
    ),
    b as (insert into borrowers (id, external_id, first_name, locale, timezone, country)
          select borrower_id, 'exp-' || borrower_id, 'Lan', 'en', 'UTC', 'GB' from rows returning id),
    a as (insert into accounts (id, external_id, borrower_id, amount_due, currency)
          select account_id, 'acc-' || account_id, borrower_id, 100, 'GBP' from rows
          where exists (select 1 from b where b.id = rows.borrower_id) returning id),
    e as (insert into enrollments (id, borrower_id, account_id, journey_version_id, workflow_id, status, created_by, created_at)
          select enrollment_id, borrower_id, account_id, (select id from version), 'enr-' || enrollment_id, 'running', 'seed', took_at
          from rows where exists (select 1 from a where a.id = rows.account_id) returning id),
    s as (insert into journey_steps (enrollment_id, journey_version_id, ordinal, node_id, kind, port, at)
          select enrollment_id, (select id from version), o, 'tone', k, p, took_at
          from rows cross join (values (0, 'enter', null), (1, 'exit', ${arm})) as step(o, k, p)
          where exists (select 1 from e where e.id = rows.enrollment_id) returning 1)
    insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
    select 'pay-' || enrollment_id, 'payment.received', borrower_id, account_id, took_at + interval '2 days', '{"amount": 50}'::jsonb
    from rows where i <= ${paid} and (select count(*) from s) > 0`;
}

beforeAll(async () => {
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  api = await startApi({ DATABASE_URL: url.toString() });
  sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await call('POST', '/v1/journeys', { document: example });
  await call('POST', `/v1/journeys/${example.id}/publish`, { note: 'Tone test' });
  await seedArm('warm', 500, 100, 40);
  await seedArm('plain', 500, 175, 40);
  const designer = (
    (await call('POST', '/v1/keys', { name: 'Priya', role: 'designer' })) as { secret: string }
  ).secret;
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
  await signInWithKey(page, api.base, designer);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await sql?.end();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

const lookAt = (name: string) => lookAtPage(page, `experiment-${name}`);

describe('the experiment page in Chromium', { timeout: 120_000 }, () => {
  it('is reached from the published version in History and says which arm is better', async () => {
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('link', { name: 'Experiment “tone”' }).click();
    await page.getByRole('heading', { name: 'Experiment “tone” · v1' }).waitFor();
    const verdict = page.getByRole('status');
    await expect.poll(() => verdict.textContent()).toContain('plain is better');
    const arms = page.getByRole('table').first().getByRole('row');
    expect(await arms.nth(1).textContent()).toMatch(/warm.*540.*500.*20\.0%/);
    expect(await arms.nth(2).textContent()).toMatch(/plain.*540.*500.*35\.0%.*\+15\.0 pts/);
    await lookAt('01-verdict');
  });

  it('promotes the winning arm into a new draft after a confirmation', async () => {
    await page.getByRole('button', { name: 'Promote arm plain' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await lookAt('02-confirm');
    await dialog.getByRole('button', { name: 'Promote and open the draft' }).click();
    await page.locator('.react-flow__node[data-id="plain-note"]').waitFor();
    expect(await page.locator('.react-flow__node[data-id="tone"]').count()).toBe(0);
    expect(await page.locator('.react-flow__node[data-id="warm-note"]').count()).toBe(0);
    const [draft] =
      await sql`select draft->>'start' as start from journeys where id = ${example.id}`;
    expect(draft?.start).toBe('plain-note');
    const [audit] =
      await sql`select action, details from audit_events where action = 'journey.armPromoted'`;
    expect(audit?.details).toMatchObject({ arm: 'plain', nodeId: 'tone', version: 1 });
    await screenshot(page, 'experiment-03-promoted-draft-1400');
  });
});
