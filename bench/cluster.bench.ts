// Cluster mode (`npm run cluster`'s parts: the Temporal server on Postgres, the API and two worker
// processes) at rest with N active enrollments, for docs/scaling.md's model:
// 1. starts per second through the bulk enrollment API, against raw client.workflow.start on the
//    same server in the same run;
// 2. Postgres bytes per active enrollment (asleep in a 30-day wait after one message): Temporal's
//    database (history, mutable state, timers), its visibility database, and Tandem's own;
// 3. worker RSS per cached workflow: the two workers idle against the same workers holding them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  borrowers,
  createApiKey,
  enrollments,
  freePort,
  freeTemporalPorts,
  journeyClient,
  openDatabase,
  routeTemporalLogs,
  startCluster,
  temporalServerFiles,
  workflowIdOf,
} from '@tandem/runtime';
import { Connection } from '@temporalio/client';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { insertPortfolio } from './lib/bench-borrowers';
import { rawStartRate } from './lib/raw-starts';
import { formatRate, formatRatio, printHeader, printTable } from './lib/report';

const N = Number(process.env.BENCH_CLUSTER_ENROLLMENTS ?? 2000);
const WORKERS = 2;
const CONCURRENCY = 64;
const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

printHeader(
  'cluster',
  `Temporal server ${'v1.29.1'} on Postgres (4 history shards), API + ${WORKERS} worker processes; ` +
    `${N.toLocaleString('en-US')} enrollments asleep after one SMS`,
);
routeTemporalLogs(pino({ level: 'error' }));

const sleeper = {
  dsl: 'journey/v1',
  id: 'remind-then-sleep',
  name: 'Remind, then sleep a month',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'hello',
  nodes: [
    {
      id: 'hello',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Hi {{ borrower.firstName }}, a reminder.' } },
      next: { sent: 'pause', failed: 'pause' },
    },
    { id: 'pause', type: 'wait', config: { for: 'P30D' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};

const name = `cluster_bench_${randomBytes(4).toString('hex')}`;
const databases = {
  app: name,
  temporal: `${name}_temporal`,
  visibility: `${name}_temporal_visibility`,
};
const stateDir = mkdtempSync(join(tmpdir(), 'tandem-cluster-bench-'));
const cluster = await startCluster({
  files: temporalServerFiles(),
  stateDir,
  postgresUrl: adminUrl,
  databases,
  temporalPorts: await freeTemporalPorts(),
  historyShards: 4,
  namespace: 'default',
  taskQueue: 'tandem-journeys',
  host: '127.0.0.1',
  apiPort: await freePort(),
  workers: WORKERS,
  env: { LOG_LEVEL: 'warn' },
});
// Interrupted, it still stops what it started (the server and the workers are processes of their own).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cluster.stop().then(() => process.exit(130)));
}
const database = await openDatabase({ url: cluster.appDatabaseUrl });
const { db } = database;
const { key } = await createApiKey(db, { name: 'bench', role: 'admin' });
const connection = await Connection.connect({ address: cluster.temporalAddress });
const client = journeyClient({ connection, payloadKeys: cluster.payloadKeys });
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(path, cluster.apiUrl), {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Bytes of every table (with its indexes and TOAST) of a database, and the largest by name. */
async function tableBytes(
  database: string,
): Promise<{ total: number; tables: Map<string, number> }> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const inside = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await inside.unsafe('analyze');
    const rows = await inside<Array<{ name: string; bytes: string }>>`
      select relname as name, pg_total_relation_size(relid)::text as bytes from pg_stat_user_tables`;
    const tables = new Map(rows.map((r) => [r.name, Number(r.bytes)]));
    return { total: [...tables.values()].reduce((a, b) => a + b, 0), tables };
  } finally {
    await inside.end();
  }
}

const rss = (pid: number | undefined) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
};
const workersRss = () => cluster.workers.reduce((sum, worker) => sum + rss(worker.pid()), 0);
const seconds = (from: number) => (performance.now() - from) / 1000;

try {
  await call('POST', '/v1/journeys', { document: sleeper });
  await call('POST', `/v1/journeys/${sleeper.id}/publish`, {});
  await insertPortfolio(db, 'sleepers', N);
  await new Promise((r) => setTimeout(r, 5000));
  const idleRss = workersRss();
  const before = {
    temporal: await tableBytes(databases.temporal),
    visibility: await tableBytes(databases.visibility),
    app: await tableBytes(databases.app),
  };

  // 1. starts through the bulk API (records, then workflow starts) …
  const bulkStarted = performance.now();
  const report = await call('POST', '/v1/enrollments/bulk', {
    journeyId: sleeper.id,
    filter: { segment: 'sleepers' },
  });
  const bulkRate = N / seconds(bulkStarted);
  if (report.created !== N) throw new Error(`bulk created ${String(report.created)}`);
  for (;;) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrollments)
      .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
      .where(and(eq(borrowers.segment, 'sleepers'), eq(enrollments.currentNode, 'pause')));
    if ((row?.n ?? 0) >= N) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const asleepAfter = seconds(bulkStarted);
  await new Promise((r) => setTimeout(r, 5000));
  const loadedRss = workersRss();
  const [one] = await db.select({ id: enrollments.id }).from(enrollments).limit(1);
  const described = await client.workflow.getHandle(workflowIdOf(one!.id)).describe();
  const historyEvents = described.historyLength;
  const historyBytes = described.historySize ?? Number.NaN;
  const after = {
    temporal: await tableBytes(databases.temporal),
    visibility: await tableBytes(databases.visibility),
    app: await tableBytes(databases.app),
  };

  // … against raw starts on the same server (a queue no worker polls: starts only).
  const { rate: rawRate } = await rawStartRate(client, N, CONCURRENCY);

  console.log(`\n1. workflow starts per second (${N.toLocaleString('en-US')} enrollments)`);
  printTable(
    ['case', 'starts/s'],
    [
      ['POST /v1/enrollments/bulk (records + starts)', formatRate(bulkRate)],
      [`raw client.workflow.start, ${CONCURRENCY} in flight`, formatRate(rawRate)],
    ],
  );
  console.log(
    `ratio ${formatRatio(bulkRate, rawRate)}; all ${N} asleep ${asleepAfter.toFixed(1)} s after the bulk call`,
  );

  const perEnrollment = (key: 'temporal' | 'visibility' | 'app') =>
    (after[key].total - before[key].total) / N;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
  console.log(
    `\n2. Postgres bytes per active enrollment (tables + indexes + TOAST, after ANALYZE)`,
  );
  printTable(
    ['database', 'before', 'after', 'per enrollment'],
    (['temporal', 'visibility', 'app'] as const).map((k) => [
      k,
      kib(before[k].total),
      kib(after[k].total),
      kib(perEnrollment(k)),
    ]),
  );
  const grown = [...after.temporal.tables]
    .map(([table, bytes]) => [table, bytes - (before.temporal.tables.get(table) ?? 0)] as const)
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  console.log(
    `one asleep enrollment's history: ${historyEvents} events, ${historyBytes.toLocaleString('en-US')} bytes (encrypted payloads)`,
  );
  printTable(
    ['temporal table', 'per enrollment'],
    grown.map(([table, bytes]) => [table, kib(bytes / N)]),
  );
  const appGrown = [...after.app.tables]
    .map(([table, bytes]) => [table, bytes - (before.app.tables.get(table) ?? 0)] as const)
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  printTable(
    ['tandem table', 'per enrollment'],
    appGrown.map(([table, bytes]) => [table, kib(bytes / N)]),
  );

  const cached = Math.min(N, 250 * WORKERS);
  console.log(
    `\n3. worker memory (${WORKERS} processes, default cache 250 each: ${cached} cached)`,
  );
  printTable(
    ['case', 'RSS (both workers)'],
    [
      ['idle (baseline)', `${(idleRss / 1024 ** 2).toFixed(0)} MiB`],
      [`${N.toLocaleString('en-US')} asleep`, `${(loadedRss / 1024 ** 2).toFixed(0)} MiB`],
      ['per cached workflow', kib((loadedRss - idleRss) / cached)],
    ],
  );
} finally {
  await connection.close();
  await database.close();
  await cluster.stop();
  for (const db of Object.values(databases)) {
    await admin.unsafe(`drop database if exists ${db} with (force)`);
  }
  await admin.end();
  rmSync(stateDir, { recursive: true, force: true });
}
