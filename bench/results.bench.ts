// Results API on Postgres at scale: one published version with 100,000 enrollments and
// 1,000,000 journey steps (plus 200,000 contacts, 200,000 messages, payments, promises and
// tasks), built with generate_series in a few statements. Each results request is timed in
// process (the real routes, zod, JSON) for its median and p95; target p95 < 300 ms.
// BENCH_ENROLLMENTS sets a smaller size (steps are 10 per enrollment).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import postgres from 'postgres';
import { summarize } from './lib/measure';
import { formatMs, printHeader, printTable } from './lib/report';
import { apiRoutes, createApiKey, createApp, openDatabase } from '@tandem/runtime';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TARGET_MS = 300;

printHeader(
  'results',
  `results API on Postgres: ${ENROLLMENTS.toLocaleString('en-US')} enrollments, ${(ENROLLMENTS * 10).toLocaleString('en-US')} steps; ${ROUNDS} rounds per request after 2 warm-up`,
);

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// BENCH_REUSE_DB=<name> times the requests on a database an earlier BENCH_KEEP_DB=1 run kept
// (migrations still apply on open): minutes of building saved when only the queries changed.
const reused = process.env.BENCH_REUSE_DB;
const name = reused ?? `tandem_bench_results_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
if (!reused) await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ url: url.toString() });
const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });

try {
  const document = readFileSync(
    join(import.meta.dirname, '../examples/promise-ladder.journey.json'),
    'utf8',
  );
  const built = performance.now();
  if (!reused) await build();
  async function build() {
    await sql`insert into journeys (id, name, draft) values ('promise-ladder', 'Promise ladder', ${document}::jsonb)`;
    await sql`insert into journey_versions (journey_id, version, content_hash, document, author)
            values ('promise-ladder', 1, 'bench', ${document}::jsonb, 'bench')`;
    await sql`insert into borrowers (external_id, first_name, locale, timezone, country)
            select 'R-' || i, 'Borrower', 'en', 'America/New_York', 'US'
              from generate_series(1, ${ENROLLMENTS}::int) i`;
    await sql`insert into accounts (external_id, borrower_id, amount_due, currency)
            select 'RA-' || substr(b.external_id, 3), b.id, 300, 'USD' from borrowers b`;
    // Four paths of 10 steps each; one enrollment in five is still running (at its last step).
    await sql`insert into enrollments (borrower_id, account_id, journey_version_id, workflow_id, status,
              current_node, outcome, created_by, created_at, completed_at)
            select a.borrower_id, a.id, v.id, 'enr-' || gen_random_uuid(),
                   case when n % 5 = 0 then 'running' else 'completed' end,
                   case when n % 5 = 0 then 'end-open' end,
                   case when n % 5 <> 0 then (array['kept', 'agent', 'open', 'open'])[n % 4 + 1] end,
                   'bench', now() - ((n % 90) || ' days')::interval,
                   case when n % 5 <> 0 then now() - ((n % 90) || ' days')::interval + interval '8 days' end
              from accounts a
              cross join lateral (select substr(a.external_id, 4)::int as n) k
              cross join journey_versions v`;
    await sql`insert into journey_steps (enrollment_id, journey_version_id, ordinal, node_id, kind, port, at)
            select e.id, e.journey_version_id, s.ordinal, s.node_id, s.kind, s.port,
                   e.created_at + s.ordinal * interval '7 hours'
              from enrollments e
              cross join lateral (select substr(e.workflow_id, 5, 8) as h) x
              join (values
                (0,0,'ask','enter',null),(0,1,'ask','exit','broken'),(0,2,'missed','enter',null),(0,3,'missed','exit','sent'),
                (0,4,'second-ask','enter',null),(0,5,'second-ask','exit','kept'),(0,6,'thanks','enter',null),(0,7,'thanks','exit','sent'),
                (0,8,'end-kept','enter',null),(0,9,'end-kept','end',null),
                (1,0,'ask','enter',null),(1,1,'ask','exit','noResponse'),(1,2,'pause-3d','enter',null),(1,3,'pause-3d','exit','done'),
                (1,4,'second-ask','enter',null),(1,5,'second-ask','exit','broken'),(1,6,'agent','enter',null),(1,7,'agent','exit','agreed'),
                (1,8,'end-agent','enter',null),(1,9,'end-agent','end',null),
                (2,0,'ask','enter',null),(2,1,'ask','exit','noResponse'),(2,2,'pause-3d','enter',null),(2,3,'pause-3d','exit','done'),
                (2,4,'second-ask','enter',null),(2,5,'second-ask','exit','noResponse'),(2,6,'last-note','enter',null),(2,7,'last-note','exit','sent'),
                (2,8,'end-open','enter',null),(2,9,'end-open','end',null),
                (3,0,'ask','enter',null),(3,1,'ask','exit','broken'),(3,2,'missed','enter',null),(3,3,'missed','exit','sent'),
                (3,4,'second-ask','enter',null),(3,5,'second-ask','exit','noResponse'),(3,6,'last-note','enter',null),(3,7,'last-note','exit','sent'),
                (3,8,'end-open','enter',null),(3,9,'end-open','end',null)
              ) as s(g, ordinal, node_id, kind, port) on s.g = ('x' || substr(x.h, 1, 2))::bit(8)::int % 4`;
    await sql`insert into messages (idempotency_key, enrollment_id, borrower_id, node_id, channel, locale, body, status)
            select e.id || ':' || k, e.id, e.borrower_id, case k when 1 then 'ask' else 'second-ask' end,
                   'sms', 'en', 'Can you promise a date?', (array['sent','delivered','read','failed'])[k + 1]
              from enrollments e cross join generate_series(1, 2) k`;
    await sql`insert into contact_ledger (borrower_id, account_id, enrollment_id, channel, attempted_at, outcome, idempotency_key, reason)
            select e.borrower_id, e.account_id, e.id, 'sms',
                   date_trunc('day', e.created_at) + interval '14 hours' + (k * 3) * interval '1 day',
                   case when k = 2 and e.workflow_id like '%0' then 'deferred' else 'sent' end,
                   e.id || ':' || k,
                   case when k = 2 and e.workflow_id like '%0' then 'window: outside 08:00–21:00' end
              from enrollments e cross join generate_series(1, 2) k`;
    await sql`insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
            select 'pay-' || e.id, 'payment.received', e.borrower_id, e.account_id,
                   e.created_at + interval '5 days', '{"amount": 120}'::jsonb
              from enrollments e where e.outcome = 'kept' or e.workflow_id like '%1'`;
    await sql`insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
            select 'ptp-' || e.id, 'ptp.promised', e.borrower_id, e.account_id,
                   e.created_at + interval '1 day', '{"date": "2026-12-01"}'::jsonb
              from enrollments e where e.workflow_id like '%2' or e.workflow_id like '%3'`;
    await sql`insert into tasks (idempotency_key, enrollment_id, borrower_id, command_id, queue, priority, reason, outcomes, due_at, status)
            select 'task-' || e.id, e.id, e.borrower_id, 'c1', 'collections', 'normal', 'Broken promise',
                   '["agreed"]'::jsonb, e.created_at + interval '3 days',
                   case when e.status = 'completed' then 'resolved' else 'open' end
              from enrollments e where e.outcome = 'agent' or e.workflow_id like '%4'`;
    await sql`vacuum analyze`;
  }
  const [counts] = await sql<[{ enrollments: number; steps: number; contacts: number }]>`
    select (select count(*)::int from enrollments) as enrollments,
           (select count(*)::int from journey_steps) as steps,
           (select count(*)::int from contact_ledger) as contacts`;
  console.log(
    `built in ${formatMs(performance.now() - built)}: ${counts.enrollments} enrollments, ${counts.steps} steps, ${counts.contacts} contacts`,
  );

  const app = createApp({ db: database.db, logger: pino({ level: 'silent' }) }, apiRoutes);
  const { key } = await createApiKey(database.db, { name: 'bench designer', role: 'designer' });
  const base = '/v1/journeys/promise-ladder/versions/1/results';
  const today = new Date().toISOString().slice(0, 10);
  const ninetyDaysAgo = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
  const cases: Record<string, { path: string; rounds: number }> = {
    summary: { path: base, rounds: ROUNDS },
    'summary (30-day cohort)': {
      path: `${base}?from=${new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10)}&to=${today}`,
      rounds: ROUNDS,
    },
    steps: { path: `${base}/steps`, rounds: ROUNDS },
    'daily (90 days)': { path: `${base}/daily?from=${ninetyDaysAgo}&to=${today}`, rounds: ROUNDS },
    'summary CSV': { path: `${base}?format=csv`, rounds: ROUNDS },
    conduct: { path: `${base}/conduct`, rounds: Math.max(3, Math.round(ROUNDS / 4)) },
  };
  const rows: string[][] = [];
  for (const [label, { path, rounds }] of Object.entries(cases)) {
    const times: number[] = [];
    let first = 0;
    for (let i = 0; i < rounds + 2; i++) {
      const started = performance.now();
      const res = await app.request(path, { headers: { authorization: `Bearer ${key}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      if (i === 0) first = performance.now() - started;
      if (i >= 2) times.push(performance.now() - started);
    }
    const stats = summarize(times);
    rows.push([
      label,
      String(stats.samples),
      formatMs(first),
      formatMs(stats.median),
      formatMs(stats.p95),
      stats.p95 < TARGET_MS ? 'PASS' : 'MISS',
    ]);
  }
  // "first" is the first request of its kind: conduct's checks every contact then (its verdicts
  // are stored), so it is shown apart from the timed rounds.
  printTable(['request', 'rounds', 'first', 'median', 'p95', `p95 < ${TARGET_MS} ms`], rows);
} finally {
  await sql.end();
  await database.close();
  // BENCH_KEEP_DB=1 keeps the data for EXPLAIN ANALYZE.
  if (process.env.BENCH_KEEP_DB || reused) console.log(`kept database ${name}`);
  else await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
