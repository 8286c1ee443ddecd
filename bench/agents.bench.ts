// The agent's desk on Postgres, in process (app.request, no network): the task queue with 50,000
// open tasks (first page, a filtered page, a deep page by cursor, the counts) and a borrower's
// page and timeline with 5 enrollments and 500 timeline entries. Targets (issue 12): queue list
// p95 < 200 ms, borrower page p95 < 300 ms.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import postgres from 'postgres';
import { summarize } from './lib/measure';
import { printHeader, printTable, statsHead, statsRow } from './lib/report';
import { apiRoutes, createApiKey, createApp, openDatabase } from '@tandem/runtime';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const TASKS = 50_000;

printHeader(
  'agents',
  `${TASKS.toLocaleString('en-US')} open tasks over 5,000 borrowers and 8 queues; ${ROUNDS} rounds per case on Postgres`,
);

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `tandem_bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ url: url.toString() });
const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });

try {
  const seedStart = performance.now();
  await sql`insert into borrowers (external_id, first_name, locale, timezone, country, channels)
    select 'B' || i, 'Name' || i, 'en', 'America/New_York', 'US',
      jsonb_build_object('voice', jsonb_build_object('address', '+1555' || lpad(i::text, 7, '0'), 'consent', true))
    from generate_series(1, 5000) i`;
  await sql`insert into accounts (external_id, borrower_id, amount_due, currency, days_past_due)
    select 'A' || b.external_id || '-' || k, b.id, 100 + k, 'USD', 30 from borrowers b, generate_series(1, 5) k
    where b.external_id = 'B1' or k = 1`;
  await sql`insert into tasks (idempotency_key, borrower_id, command_id, queue, priority, reason, outcomes, due_at, assignee)
    select 'task-' || i, (select id from borrowers where external_id = 'B' || (1 + i % 5000)), 'cmd-' || i,
      'queue-' || (i % 8), (array['low','normal','high','urgent'])[1 + i % 4], 'Broken promise',
      '["agreed","noContact"]'::jsonb, now() - interval '3 days' + (i || ' minutes')::interval,
      case when i % 10 = 0 then 'agent ' || (i % 7) end
    from generate_series(1, ${TASKS}) i`;
  // One borrower with 5 enrollments and 500 timeline entries (100 each of steps, messages,
  // events, calls and notes).
  await sql`insert into journeys (id, name, draft) values ('bench', 'Bench journey', '{}')`;
  await sql`insert into journey_versions (journey_id, version, content_hash, document, author)
    values ('bench', 1, 'h', '{}', 'bench')`;
  await sql`insert into enrollments (borrower_id, account_id, journey_version_id, workflow_id, status, current_node, created_by)
    select b.id, a.id, v.id, 'enr-' || a.external_id, 'running', 'wait', 'bench'
    from borrowers b join accounts a on a.borrower_id = b.id, journey_versions v where b.external_id = 'B1'`;
  await sql`insert into journey_steps (enrollment_id, journey_version_id, ordinal, node_id, kind, at)
    select e.id, e.journey_version_id, k, 'node' || k, 'enter', now() - (k || ' hours')::interval
    from enrollments e, generate_series(1, 20) k`;
  await sql`insert into messages (idempotency_key, borrower_id, channel, locale, body, status, created_at)
    select 'm' || k, b.id, 'sms', 'en', 'A reminder about your payment ' || k, 'delivered', now() - (k || ' hours')::interval
    from borrowers b, generate_series(1, 100) k where b.external_id = 'B1'`;
  await sql`insert into events (source_id, type, borrower_id, occurred_at, data)
    select 'e' || k, 'payment.received', b.id, now() - (k || ' hours')::interval, '{"amount": 10}'
    from borrowers b, generate_series(1, 100) k where b.external_id = 'B1'`;
  await sql`insert into contact_ledger (borrower_id, channel, attempted_at, outcome, call_result, reason, logged_by)
    select b.id, 'voice', now() - (k || ' days')::interval - interval '1 hour', 'sent', 'attempted', 'noAnswer', 'bench'
    from borrowers b, generate_series(1, 100) k where b.external_id = 'B1'`;
  await sql`insert into borrower_notes (borrower_id, body, author, created_at)
    select b.id, 'Note ' || k, 'bench', now() - (k || ' hours')::interval
    from borrowers b, generate_series(1, 100) k where b.external_id = 'B1'`;
  await sql`analyze`;
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const app = createApp({ db: database.db, logger: pino({ level: 'silent' }) }, apiRoutes);
  const { key } = await createApiKey(database.db, { name: 'agent 3', role: 'agent' });
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${key}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { nextCursor?: string | null };
  };
  // A cursor 100 pages deep (5,000 tasks in).
  let deep: string | null | undefined = null;
  for (let page = 0; page < 100; page++) {
    deep = (await get(`/v1/tasks?limit=50${deep ? `&cursor=${deep}` : ''}`)).nextCursor;
  }
  const cases: Array<[string, string]> = [
    ['queue: first page (50)', '/v1/tasks?limit=50'],
    ['queue: one queue, overdue', '/v1/tasks?queue=queue-3&overdue=true&limit=50'],
    ['queue: urgent, unclaimed', '/v1/tasks?priority=urgent&unclaimed=true&limit=50'],
    ['queue: mine', '/v1/tasks?mine=true&limit=50'],
    ['queue: page 101 by cursor', `/v1/tasks?limit=50&cursor=${deep ?? ''}`],
    ['queue counts', '/v1/tasks/counts'],
    ['borrower page (5 enrollments)', '/v1/borrowers/B1/page'],
    ['borrower timeline (50 of 500)', '/v1/borrowers/B1/timeline?limit=50'],
  ];
  for (const [, path] of cases) for (let i = 0; i < 20; i++) await get(path);
  const timings = new Map<string, number[]>(cases.map(([label]) => [label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, path] of cases) {
      const start = performance.now();
      await get(path);
      timings.get(label)!.push(performance.now() - start);
    }
  }
  printTable(
    statsHead,
    cases.map(([label]) => statsRow(label, summarize(timings.get(label)!))),
  );
} finally {
  await sql.end();
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
