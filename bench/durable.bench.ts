// Durable execution on a real Temporal dev server and Postgres, each against a baseline run in
// the same process:
// 1. journeys completed per second, 1,000 enrollments of a journey of zero-length waits, against
//    a minimal hand-written workflow performing the same number of (no-op) activities;
// 2. workflow starts per second through the bulk enrollment API, against raw client.workflow.start;
// 3. the memory of worker processes against the same process idle: one whose cache holds every
//    sleeping enrollment (RSS per cached workflow), and one with the default cache holding
//    20,000 enrollments asleep in a wait (RSS growth).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiRoutes,
  borrowers,
  buildWorkflowBundle,
  createApiKey,
  createApp,
  createJourneyWorker,
  enrollments,
  journeyClient,
  journeyDataConverter,
  journeyWorkflowType,
  keyringOf,
  NativeConnection,
  newPayloadKey,
  openDatabase,
  plainLinks,
  routeTemporalLogs,
  saveWorkflowBundle,
  spawnWorkerProcess,
  startDevServer,
  temporalJourneyDriver,
  workflowIdOf,
  type JourneyDriver,
} from '@tandem/runtime';
import { Connection } from '@temporalio/client';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { insertPortfolio, pendingEnrollmentIds } from './lib/bench-borrowers';
import { formatRate, formatRatio, printHeader, printTable } from './lib/report';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 1000);
const SLEEPERS = Number(process.env.BENCH_SLEEPERS ?? 20_000);
/** Enrollments the per-cached-workflow worker holds, all in its cache. */
const CACHED = Number(process.env.BENCH_CACHED ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONCURRENCY = 64;

printHeader(
  'durable',
  `Temporal dev server (in memory) + Postgres; worker in this process for 1–2, in its own for 3; ` +
    `${ENROLLMENTS.toLocaleString('en-US')} enrollments × ${ROUNDS} rounds; ${SLEEPERS.toLocaleString('en-US')} sleepers`,
);

const zeroWaits = {
  dsl: 'journey/v1',
  id: 'zero-waits',
  name: 'Zero-length waits',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'w1',
  nodes: [
    { id: 'w1', type: 'wait', config: { for: 'PT0S' }, next: { done: 'w2' } },
    { id: 'w2', type: 'wait', config: { for: 'PT0S' }, next: { done: 'w3' } },
    { id: 'w3', type: 'wait', config: { for: 'PT0S' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};
const sleeper = {
  ...zeroWaits,
  id: 'sleeper',
  name: 'Sleeps a day',
  start: 'pause',
  nodes: [
    { id: 'pause', type: 'wait', config: { for: 'P1D' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};

async function inLanes<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

routeTemporalLogs(pino({ level: 'error' }));
const cli = process.env.TANDEM_TEMPORAL_CLI;
if (!cli) throw new Error('run through `npm run bench durable` (it finds the Temporal CLI)');
const server = await startDevServer({ cli });
const dbName = `tandem_bench_${randomBytes(4).toString('hex')}`;
const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
const database = await openDatabase({ url: dbUrl.toString() });
const { db } = database;
// Every payload encrypted, as in production (docs/security.md): the baseline worker too.
const payloadKeys = { keys: { bench: newPayloadKey() }, activeKeyId: 'bench' };
const keyring = keyringOf(payloadKeys.keys, payloadKeys.activeKeyId);
const connection = await Connection.connect({ address: server.address });
const client = journeyClient({ connection, payloadKeys: keyring });
const logger = pino({ level: 'error' });
const taskQueue = 'bench-journeys';
const journeys = temporalJourneyDriver({ client, db, logger, taskQueue });
const { key } = await createApiKey(db, { name: 'bench', role: 'admin' });
const withDriver = createApp({ db, logger, journeys }, apiRoutes);
const recordsOnly = createApp({ db, logger }, apiRoutes);
const dir = mkdtempSync(join(tmpdir(), 'tandem-durable-bench-'));

async function call(app: typeof withDriver, method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function publish(document: { id: string }) {
  await call(recordsOnly, 'POST', '/v1/journeys', { document });
  await call(recordsOnly, 'POST', `/v1/journeys/${document.id}/publish`, {});
}

async function pendingIds(journeyId: string, segment: string): Promise<string[]> {
  await call(recordsOnly, 'POST', '/v1/enrollments/bulk', { journeyId, filter: { segment } });
  return pendingEnrollmentIds(db, segment);
}

const seconds = (from: number) => (performance.now() - from) / 1000;

// --- 1. throughput ---------------------------------------------------------------------------
await publish(zeroWaits);
const bundle = await buildWorkflowBundle();
const baselineBundle = await bundleWorkflowCode({
  workflowsPath: new URL('./workflows/baseline.ts', import.meta.url).pathname,
  logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
});
const native = await NativeConnection.connect({ address: server.address });
const journeyWorker = await createJourneyWorker({
  connection: native,
  db,
  links: plainLinks('http://bench.local'),
  payloadKeys: keyring,
  taskQueue,
  workflowBundle: bundle,
});
const baselineWorker = await Worker.create({
  connection: native,
  taskQueue: 'bench-baseline',
  workflowBundle: baselineBundle,
  dataConverter: journeyDataConverter(keyring),
  activities: { noop: async () => {} },
});
const running = [journeyWorker.run(), baselineWorker.run()];

// How many activities one enrollment of the journey runs: the baseline does as many.
await insertPortfolio(db, 'probe', 1);
const [probe] = await pendingIds('zero-waits', 'probe');
await journeys.start([probe!]);
await client.workflow.getHandle(workflowIdOf(probe!)).result();
const history = await client.workflow.getHandle(workflowIdOf(probe!)).fetchHistory();
const activitiesPerJourney = (history.events ?? []).filter(
  (e) => e.activityTaskScheduledEventAttributes,
).length;

async function journeyRound(round: number): Promise<number> {
  const segment = `round-${round}`;
  await insertPortfolio(db, segment, ENROLLMENTS);
  const ids = await pendingIds('zero-waits', segment);
  const started = performance.now();
  await journeys.start(ids);
  await inLanes(ids, (id) => client.workflow.getHandle(workflowIdOf(id)).result());
  return ENROLLMENTS / seconds(started);
}

async function baselineRound(round: number): Promise<number> {
  const ids = Array.from({ length: ENROLLMENTS }, (_, i) => `baseline-${round}-${i}`);
  const started = performance.now();
  await inLanes(ids, (workflowId) =>
    client.workflow.start('baselineWorkflow', {
      taskQueue: 'bench-baseline',
      workflowId,
      args: [activitiesPerJourney],
    }),
  );
  await inLanes(ids, (id) => client.workflow.getHandle(id).result());
  return ENROLLMENTS / seconds(started);
}

const journeyRates: number[] = [];
const baselineRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  baselineRates.push(await baselineRound(round));
  journeyRates.push(await journeyRound(round));
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const journeyRate = median(journeyRates);
const baselineRate = median(baselineRates);

console.log(`\n1. journeys completed per second (${activitiesPerJourney} activities each)`);
printTable(
  ['case', 'completed/s (median)', 'rounds'],
  [
    [
      'journey workflow (engine + Postgres activities)',
      formatRate(journeyRate),
      journeyRates.map((r) => r.toFixed(0)).join(', '),
    ],
    [
      'baseline workflow (no-op activities)',
      formatRate(baselineRate),
      baselineRates.map((r) => r.toFixed(0)).join(', '),
    ],
  ],
);
const ratio = journeyRate / baselineRate;
console.log(
  `ratio ${formatRatio(journeyRate, baselineRate)}  ${ratio >= 0.8 ? 'PASS' : 'MISS'} (target ≥ 0.80)`,
);

// --- 2. start rate ---------------------------------------------------------------------------
await insertPortfolio(db, 'bulk', ENROLLMENTS);
const bulkStarted = performance.now();
const report = await call(withDriver, 'POST', '/v1/enrollments/bulk', {
  journeyId: 'zero-waits',
  filter: { segment: 'bulk' },
});
const bulkRate = ENROLLMENTS / seconds(bulkStarted);
if (report.created !== ENROLLMENTS) throw new Error(`bulk created ${String(report.created)}`);
const rawIds = Array.from({ length: ENROLLMENTS }, (_, i) => `raw-start-${i}`);
const rawStarted = performance.now();
await inLanes(rawIds, (workflowId) =>
  client.workflow.start(journeyWorkflowType, {
    taskQueue: 'bench-idle',
    workflowId,
    args: [{ enrollmentId: randomUUID() }],
  }),
);
const rawRate = ENROLLMENTS / seconds(rawStarted);
console.log(`\n2. workflow starts per second (${ENROLLMENTS.toLocaleString('en-US')} enrollments)`);
printTable(
  ['case', 'starts/s'],
  [
    ['POST /v1/enrollments/bulk (records + starts)', formatRate(bulkRate)],
    [`raw client.workflow.start, ${CONCURRENCY} in flight`, formatRate(rawRate)],
  ],
);
console.log(`ratio ${formatRatio(bulkRate, rawRate)}`);
for (const id of rawIds) await client.workflow.getHandle(id).terminate('bench');

journeyWorker.shutdown();
baselineWorker.shutdown();
await Promise.all(running);

// --- 3. memory of sleeping enrollments ----------------------------------------------------
await publish(sleeper);
const bundlePath = join(dir, 'bundle.json');
await saveWorkflowBundle(bundle, bundlePath);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

/** Puts `count` enrollments to sleep on a fresh worker process; its RSS idle and after. */
async function sleepOn(segment: string, count: number, cacheSize?: number) {
  const taskQueue = `bench-${segment}`;
  const worker = await spawnWorkerProcess({
    databaseUrl: dbUrl.toString(),
    address: server.address,
    taskQueue,
    bundlePath,
    payloadKeys,
    ...(cacheSize === undefined ? {} : { cacheSize }),
  });
  const driver: JourneyDriver = temporalJourneyDriver({ client, db, logger, taskQueue });
  await new Promise((r) => setTimeout(r, 3000));
  const idle = worker.rss();
  await insertPortfolio(db, segment, count);
  const ids = await pendingIds('sleeper', segment);
  const started = performance.now();
  await driver.start(ids);
  for (;;) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrollments)
      .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
      .where(and(eq(borrowers.segment, segment), eq(enrollments.currentNode, 'pause')));
    if ((row?.n ?? 0) >= count) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const asleepAfter = seconds(started);
  await new Promise((r) => setTimeout(r, 3000));
  const loaded = worker.rss();
  await worker.kill();
  return { idle, loaded, asleepAfter };
}

const cached = await sleepOn('cached', CACHED, CACHED);
const perCached = (cached.loaded - cached.idle) / CACHED / 1024;
console.log(
  `\n3a. worker memory per cached workflow (cache ${CACHED.toLocaleString('en-US')}, all asleep after ${cached.asleepAfter.toFixed(1)} s)`,
);
printTable(
  ['case', 'RSS'],
  [
    ['worker process, idle (baseline)', mib(cached.idle)],
    [`worker process, ${CACHED.toLocaleString('en-US')} asleep and cached`, mib(cached.loaded)],
    ['per cached workflow', `${perCached.toFixed(1)} KiB`],
  ],
);
console.log(`${perCached <= 300 ? 'PASS' : 'MISS'} (target ≤ 300 KiB)`);

const many = await sleepOn('sleepers', SLEEPERS);
const growth = many.loaded - many.idle;
console.log(
  `\n3b. worker memory with ${SLEEPERS.toLocaleString('en-US')} enrollments asleep, default cache (all asleep after ${many.asleepAfter.toFixed(1)} s)`,
);
printTable(
  ['case', 'RSS'],
  [
    ['worker process, idle (baseline)', mib(many.idle)],
    [`worker process, ${SLEEPERS.toLocaleString('en-US')} asleep`, mib(many.loaded)],
    ['growth', mib(growth)],
  ],
);
console.log(`${growth <= 200 * 1024 ** 2 ? 'PASS' : 'MISS'} (target ≤ 200 MiB)`);

await native.close();
await connection.close();
await server.stop();
await database.close();
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.end();
rmSync(dir, { recursive: true, force: true });
