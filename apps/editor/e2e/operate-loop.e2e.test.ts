// @vitest-environment node
// The whole loop of issue 11, as a product manager runs it, in real Chromium against the product
// as `npm start` runs it (its own Temporal dev server) on Postgres. The tone-experiment example,
// published with its durations compressed (a day is 4 s), is launched from the Audience panel to
// the lender's overdue borrowers (imported through the API, as the CRM would) with a 25 %
// holdout. The launched borrowers flow through the real workflows: some choose a plan at the
// portal, some pay (the lender's payment feed), a held-out one pays too. The canvas's Results
// mode and the Results screen then show exactly what the database holds. The split, fed with
// seeded outcomes, says "plain is better" on the experiment page; promoting plain makes a draft,
// which is published, and the next borrower the CRM sends takes the promoted path.
// Screenshots of each screen at 1400×900 and 1280×800; axe-core finds nothing serious.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyInput } from '@tandem/dsl';
import { compressJourney } from '../../runtime/src/testing/compressed-time';
import { launchChromium, screenshot, signInWithKey } from './browser';
import { crmBorrowers, inEarlyCollections, type CrmBorrower } from './crm-borrowers';
import { lookAt as lookAtPage } from './look-at';
import { startProductOnPostgres, type ProductOnPostgres } from './postgres-product';
import { seedSplitArm } from './seed-split-arm';

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'tone-experiment.journey.json'),
    'utf8',
  ),
) as JourneyInput;
const journeyId = example.id;
/** Seconds per journey day: the 2-day wait takes 8 s and the plan offer waits 20 s for an answer. */
const secondsPerDay = 4;
const firstImport = crmBorrowers('UK', 1, 48);

let product: ProductOnPostgres;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  product = await startProductOnPostgres('whole_loop_e2e');
  await product.call('POST', '/v1/journeys', {
    document: compressJourney(example, secondsPerDay),
  });
  await product.call('POST', `/v1/journeys/${journeyId}/publish`, { note: 'Tone test' });
  await importFromCrm(firstImport);
  const designer = await product.call<{ secret: string }>('POST', '/v1/keys', {
    name: 'Maya',
    role: 'designer',
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(20_000);
  await signInWithKey(page, product.api.base, designer.secret);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const lookAt = (name: string) => lookAtPage(page, `loop-${name}`, undefined, 300);

interface ImportReport {
  audience?: { enrolled: number; heldOut: number };
}
const importFromCrm = (rows: CrmBorrower[]) =>
  product.call<ImportReport>('POST', '/v1/imports/borrowers', { format: 'json', rows });

/** A count from the product's database. */
async function count(query: Promise<Array<{ n: number }>>): Promise<number> {
  const [row] = await query;
  return row?.n ?? 0;
}

const versionId = async (version: number) =>
  (
    await product.sql<[{ id: string }]>`
      select id from journey_versions where journey_id = ${journeyId} and version = ${version}`
  )[0].id;

/** The enrolled accounts of version 1, with their borrowers' external ids. */
const launched = () =>
  product.sql<Array<{ id: string; borrower: string; account: string; status: string }>>`
    select e.id, b.external_id as borrower, a.external_id as account, e.status
      from enrollments e join borrowers b on b.id = e.borrower_id join accounts a on a.id = e.account_id
      join journey_versions v on v.id = e.journey_version_id
     where v.journey_id = ${journeyId} and v.version = 1 and e.created_by = ${`launch ${journeyId}`}
     order by b.external_id`;

/** The plan offer's SMS to an enrollment, once the workflow has sent it (from the outbox). */
async function planOffer(enrollmentId: string): Promise<string> {
  let body = '';
  await expect
    .poll(
      async () => {
        const [row] = await product.sql<Array<{ body: string }>>`
          select body from messages
           where enrollment_id = ${enrollmentId} and node_id in ('warm-offer', 'plain-offer')`;
        body = row?.body ?? '';
        return body;
      },
      { timeout: 30_000, interval: 500 },
    )
    .not.toBe('');
  return body;
}

describe('the whole loop: launch, watch, judge, promote', { timeout: 240_000 }, () => {
  const matching = firstImport.filter(inEarlyCollections).length;
  let enrolledAtLaunch = 0;
  let heldOutAtLaunch = 0;

  it('launches the published example to 1–30 days past due, with a 25 % holdout, from the Audience panel', async () => {
    await page.goto(`${product.api.base}/app/journeys/${journeyId}`);
    await page.getByRole('button', { name: 'Audience' }).click();
    const panel = page.getByRole('region', { name: 'Audience' });
    await panel.getByText('Not launched').waitFor();
    // The panel starts from "days past due at least 1"; the manager adds "at most 30".
    await panel.getByRole('button', { name: 'Condition', exact: true }).click();
    const second = panel.locator('.condition-item').nth(1);
    await second.getByLabel('Comparison').selectOption('lte');
    await second.getByLabel('Value').fill('30');
    await panel.getByLabel('Holdout %').fill('25');
    // Saved first, so the preview's holdout draw is the launch's own.
    await panel.getByRole('button', { name: 'Save audience' }).click();
    await panel.getByText('0 running enrollments').waitFor();
    await panel.getByRole('button', { name: 'Preview' }).click();
    const preview = panel.getByTestId('launch-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(new RegExp(`Match now\\s*${matching}(?!\\d)`));
    expect(await preview.textContent()).not.toMatch(/\+44|@/);
    await lookAt('01-audience-preview');

    await panel.getByRole('button', { name: 'Launch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Launch this journey?' });
    const text = (await dialog.getByTestId('confirm-message').textContent()) ?? '';
    const said = /^(\d+) accounts? will be enrolled now and (\d+) held out/.exec(text);
    expect(said, text).not.toBeNull();
    enrolledAtLaunch = Number(said![1]);
    heldOutAtLaunch = Number(said![2]);
    expect(enrolledAtLaunch + heldOutAtLaunch).toBe(matching);
    expect(heldOutAtLaunch).toBeGreaterThan(0);
    await lookAt('02-confirm-launch');
    await dialog.getByRole('button', { name: `Launch to ${enrolledAtLaunch}` }).click();
    await page
      .getByRole('status')
      .getByText(`Launched: ${enrolledAtLaunch} accounts enrolled`)
      .waitFor();
    await panel.getByText('Live').waitFor();

    // The database holds what the panel said: the launch's enrollments, the held-out accounts
    // (none of them enrolled), the rules as drawn, and the action in the audit trail.
    expect((await launched()).length).toBe(enrolledAtLaunch);
    const [launch] = await product.sql<[{ rules: unknown; holdout_percent: number }]>`
      select rules, holdout_percent from launches where journey_id = ${journeyId}`;
    expect(launch.rules).toEqual({
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 1 },
        { fact: 'account.daysPastDue', op: 'lte', value: 30 },
      ],
    });
    expect(launch.holdout_percent).toBe(25);
    expect(
      await count(product.sql`
        select count(*)::int as n from launch_holdouts h
         where h.journey_id = ${journeyId}
           and not exists (select 1 from enrollments e where e.account_id = h.account_id)`),
    ).toBe(heldOutAtLaunch);
    expect(
      await count(
        product.sql`select count(*)::int as n from audit_events where action = 'launch.started'`,
      ),
    ).toBe(1);
    await lookAt('03-audience-live');
  });

  it('borrowers flow through the real workflows: some choose a plan at the portal, some pay', async () => {
    // The CRM sends six more overdue borrowers: evaluated as they are imported.
    const later = crmBorrowers('UK', 49, 6);
    const report = await importFromCrm(later);
    expect(report.audience).toBeDefined();
    expect(report.audience!.enrolled + report.audience!.heldOut).toBe(
      later.filter(inEarlyCollections).length,
    );

    const enrolled = await launched();
    // Two borrowers pay through the lender's payment feed while in the journey, and one held-out
    // borrower pays too (the holdout's side of the comparison).
    const [heldOut] = await product.sql<[{ borrower: string; account: string }]>`
      select b.external_id as borrower, a.external_id as account
        from launch_holdouts h join borrowers b on b.id = h.borrower_id
        join accounts a on a.id = h.account_id order by b.external_id limit 1`;
    const payers = [
      ...enrolled.slice(-2).map((e) => ({ ...e, amount: 120 })),
      { ...heldOut, amount: 50 },
    ];
    for (const payer of payers) {
      await product.call('POST', '/v1/events', {
        sourceId: `pay-${payer.account}`,
        type: 'payment.received',
        occurredAt: new Date().toISOString(),
        borrower: { externalId: payer.borrower },
        account: { externalId: payer.account },
        data: { amount: payer.amount, currency: 'GBP' },
      });
    }

    // Three borrowers open the plan offer's link on their phones and choose a plan.
    const choosers = enrolled.slice(0, 3);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const chooser of choosers) {
      const body = await planOffer(chooser.id);
      const link = /https?:\/\/\S+\/p\/[A-Za-z0-9_-]{48}\/plan/.exec(body)?.[0];
      expect(link, body).toBeDefined();
      const portal = await phone.newPage();
      await portal.goto(link!);
      await portal.getByText('3 monthly payments of').click();
      await portal.getByRole('button', { name: 'Choose this plan' }).click();
      await expect
        .poll(() => portal.getByRole('status').textContent())
        .toMatch(/Your plan is set up: 3 payments, the first of £100\.00/);
      if (chooser === choosers[0]) await screenshot(portal, 'loop-03b-portal-plan-chosen-390');
      await portal.close();
    }
    await phone.close();

    // Every enrollment of version 1 finishes; the choosers by the plan, the rest without one.
    await expect
      .poll(
        () =>
          count(product.sql`
            select count(*)::int as n from enrollments e
              join journey_versions v on v.id = e.journey_version_id
             where v.journey_id = ${journeyId} and e.status in ('pending', 'running')`),
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(0);
    const outcomes = await product.sql<Array<{ account: string; outcome: string }>>`
      select a.external_id as account, e.outcome from enrollments e
        join accounts a on a.id = e.account_id where e.status = 'completed'`;
    for (const chooser of choosers) {
      expect(outcomes.find((o) => o.account === chooser.account)?.outcome).toBe('plan');
    }
    expect(outcomes.filter((o) => o.outcome === 'noPlan').length).toBeGreaterThan(0);
  });

  it('the canvas’s Results mode shows, on every card and port, the counts the database holds', async () => {
    const v1 = await versionId(1);
    const entered = await product.sql<Array<{ node: string; n: number }>>`
      select node_id as node, count(distinct enrollment_id)::int as n from journey_steps
       where journey_version_id = ${v1} and kind = 'enter' group by 1`;
    const exits = await product.sql<Array<{ node: string; port: string; n: number }>>`
      select node_id as node, port, count(*)::int as n from journey_steps
       where journey_version_id = ${v1} and kind = 'exit' group by 1, 2`;
    const hereNow = await product.sql<Array<{ node: string; n: number }>>`
      select current_node as node, count(*)::int as n from enrollments
       where journey_version_id = ${v1} and status in ('pending', 'running') group by 1`;
    expect(entered.length).toBe(example.nodes.length);

    await page.goto(`${product.api.base}/app/journeys/${journeyId}`);
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    for (const { node, n } of entered) {
      const card = page.locator(`[data-node-id="${node}"]`);
      const now = hereNow.find((h) => h.node === node)?.n ?? 0;
      await expect
        .poll(() => card.getByTestId('step-results').textContent(), { timeout: 20_000 })
        .toBe(`${n} entered${now} here now`);
      for (const exit of exits.filter((e) => e.node === node)) {
        const share = card.locator(`[data-port="${exit.port}"] .port-share`);
        expect(await share.textContent(), `${node} → ${exit.port}`).toMatch(
          new RegExp(`^\\s*${exit.n}\\b`),
        );
      }
    }
    // The split's card, opened: its numbers in the panel.
    await page.locator('[data-node-id="tone"]').click();
    const panel = page.getByRole('region', { name: 'Results' });
    const warm = exits.find((e) => e.node === 'tone' && e.port === 'warm')?.n ?? 0;
    await expect.poll(() => panel.textContent()).toContain(`warm (50%): ${warm}`);
    await lookAt('04-canvas-results');
  });

  it('the Results screen’s summary and journey-vs-holdout table match the database', async () => {
    const v1 = await versionId(1);
    const [db] = await product.sql<
      [{ enrolled: number; plan: number; no_plan: number; offered: number; accepted: number }]
    >`
      select (select count(*)::int from enrollments where journey_version_id = ${v1}) as enrolled,
             (select count(*)::int from enrollments where journey_version_id = ${v1} and outcome = 'plan') as plan,
             (select count(*)::int from enrollments where journey_version_id = ${v1} and outcome = 'noPlan') as no_plan,
             (select count(*)::int from journey_steps where journey_version_id = ${v1}
                 and kind = 'enter' and node_id in ('warm-offer', 'plain-offer')) as offered,
             (select count(*)::int from journey_steps where journey_version_id = ${v1}
                 and kind = 'exit' and port = 'accepted') as accepted`;
    const heldOut = await count(
      product.sql`select count(*)::int as n from launch_holdouts where journey_id = ${journeyId}`,
    );
    const fromLaunch = await count(
      product.sql`select count(*)::int as n from enrollments where created_by = ${`launch ${journeyId}`}`,
    );

    await page.goto(`${product.api.base}/app/results`);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const tile = (name: string) =>
      page.locator('.results-tile', { has: page.getByText(name, { exact: true }) });
    await expect
      .poll(() => tile('Enrolled').locator('.results-tile-value').textContent())
      .toBe(String(db.enrolled));
    expect(await tile('Enrolled').textContent()).toContain('0 active');
    expect(db.plan).toBe(3);
    expect(await tile('Completed').textContent()).toContain(`On a payment plan ${db.plan}`);
    expect(await tile('Completed').textContent()).toContain(`No plan agreed ${db.no_plan}`);
    expect(await tile('Plans accepted').locator('.results-tile-value').textContent()).toBe(
      `${db.accepted} of ${db.offered}`,
    );
    expect(db.accepted).toBe(3);
    expect(await tile('Paid (GBP)').locator('.results-tile-value').textContent()).toBe('£240.00');
    expect(await tile('Paid (GBP)').textContent()).toContain('2 payments');
    expect(
      await tile('Sends outside the window').locator('.results-tile-value').textContent(),
    ).toBe('0');
    expect(await tile('Cap breaches').locator('.results-tile-value').textContent()).toBe('0');

    const holdout = page.getByRole('table', { name: /Journey vs holdout, version 1/ });
    expect(await holdout.locator('caption').textContent()).toContain(
      `${fromLaunch} accounts in the journey, ${heldOut} held out (25% holdout)`,
    );
    const payments = await holdout.getByRole('row', { name: /Payments \(GBP\)/ }).textContent();
    expect(payments).toContain('£240.00 in 2');
    expect(payments).toContain('£50.00 in 1');
    await lookAt('05-results-screen');
  });

  it('the split, fed with seeded outcomes, says “plain is better” on the experiment page', async () => {
    const seed = { journeyId, nodeId: 'tone', count: 500, recent: 40 };
    await seedSplitArm(product.sql, { ...seed, arm: 'warm', paid: 100 });
    await seedSplitArm(product.sql, { ...seed, arm: 'plain', paid: 175 });
    const took = await product.sql<Array<{ arm: string; n: number }>>`
      select port as arm, count(distinct enrollment_id)::int as n from journey_steps
       where node_id = 'tone' and kind = 'exit' group by 1`;
    const tookArm = (arm: string) => took.find((t) => t.arm === arm)?.n ?? 0;

    await page.goto(`${product.api.base}/app/journeys/${journeyId}`);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('link', { name: 'Experiment “tone”' }).click();
    await page.getByRole('heading', { name: 'Experiment “tone” · v1' }).waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('plain is better');
    const arms = page.getByRole('table').first().getByRole('row');
    // Enrolled counts every enrollment that took the arm; only the seeded ones are 30 days old.
    expect(await arms.nth(1).textContent()).toMatch(
      new RegExp(`warm.*${tookArm('warm')}.*500.*20\\.0%`),
    );
    expect(await arms.nth(2).textContent()).toMatch(
      new RegExp(`plain.*${tookArm('plain')}.*500.*35\\.0%.*\\+15\\.0 pts`),
    );
    await lookAt('06-experiment-verdict');
  });

  it('promotes plain into a draft, publishes it, and the next borrower takes the promoted path', async () => {
    await page.getByRole('button', { name: 'Promote arm plain' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor();
    await lookAt('07-promote-confirm');
    await confirm.getByRole('button', { name: 'Promote and open the draft' }).click();
    await page.locator('.react-flow__node[data-id="plain-note"]').waitFor();
    expect(await page.locator('.react-flow__node[data-id="tone"]').count()).toBe(0);
    expect(await page.locator('.react-flow__node[data-id="warm-note"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByLabel('What changed (for the history)').fill('Plain tone won: promoted');
    await lookAt('08-publish-promoted');
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Published version 2');
    await lookAt('09-published');
    const [v2] = await product.sql<[{ start: string; nodes: string[] }]>`
      select document->>'start' as start,
             array(select n->>'id' from jsonb_array_elements(document->'nodes') n) as nodes
        from journey_versions where journey_id = ${journeyId} and version = 2`;
    expect(v2.start).toBe('plain-note');
    expect(v2.nodes).not.toContain('tone');
    expect(v2.nodes).not.toContain('warm-note');

    // The running launch now enrolls into version 2: the CRM's next overdue borrowers start at
    // the plain note (eight, so that at least one is not held out).
    const next = crmBorrowers('UK', 101, 8).map((b) => ({
      ...b,
      accounts: b.accounts.map((a) => ({ ...a, daysPastDue: 10 })),
    }));
    const report = await importFromCrm(next);
    expect(report.audience!.enrolled + report.audience!.heldOut).toBe(8);
    expect(report.audience!.enrolled).toBeGreaterThan(0);
    const v2id = await versionId(2);
    await expect
      .poll(
        () =>
          count(product.sql`
          select count(distinct js.enrollment_id)::int as n from journey_steps js
           where js.journey_version_id = ${v2id} and js.node_id = 'plain-note' and js.kind = 'enter'`),
        { timeout: 30_000, interval: 500 },
      )
      .toBe(report.audience!.enrolled);
  });
});
