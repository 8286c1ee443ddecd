// Results API on Postgres at scale: one published version with 100,000 enrollments and
// 1,000,000 journey steps (plus 200,000 contacts, 200,000 messages, payments, promises and
// tasks), built with generate_series in a few statements. Each results request is timed in
// process (the real routes, zod, JSON) for its median and p95; target p95 < 300 ms.
// BENCH_ENROLLMENTS sets a smaller size (steps are 10 per enrollment).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import postgres from 'postgres';
import { summarize } from './lib/measure';
import { buildResultsVersion } from './lib/results-data';
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
  // The builder logs what it built; a reused database was built by an earlier run.
  if (!reused) await buildResultsVersion(sql, ENROLLMENTS);

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
