// Durable execution on a real Temporal dev server and Postgres, each against a baseline run in
// the same process:
// 1. journeys completed per second, 1,000 enrollments of a journey of zero-length waits, against
//    a minimal hand-written workflow performing the same number of (no-op) activities;
// 2. workflow starts per second through the bulk enrollment API, against raw client.workflow.start;
// 3. the memory of worker processes against the same process idle: one whose cache holds every
//    sleeping enrollment (RSS per cached workflow), and one with the default cache holding
//    20,000 enrollments asleep in a wait (RSS growth).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  type WorkerProcess,
} from '@tandem/runtime';
import { Connection } from '@temporalio/client';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { insertPortfolio, pendingEnrollmentIds } from './lib/bench-borrowers';
import { activityCount } from './lib/activity-count';
import { inLanes } from './lib/in-lanes';
import { rawStartRate } from './lib/raw-starts';
import { formatRate, formatRatio, printHeader, printTable } from './lib/report';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 1000);
const SLEEPERS = Number(process.env.BENCH_SLEEPERS ?? 20_000);
/** Enrollments the per-cached-workflow worker holds, all in its cache. */
const CACHED = Number(process.env.BENCH_CACHED ?? 2000);
// Five rounds: the baseline's rate spreads by ±15 % from round to round on a 2-core machine (44–61/s
// in one sitting), enough to turn a two-round median's verdict (docs/benchmarks.md, part 1 quiet).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 64;
/** Which parts run (`1,2,3a,3b`, the default: all), to run one part while working on it. */
const PARTS = new Set((process.env.BENCH_PARTS ?? '1,2,3a,3b').split(',').map((p) => p.trim()));
/**
 * `1` also runs parts 1, 3a and 3b on a bundle whose workflows each load their own engine and
 * node catalogue (no shared modules, as before 2026-12-07): the before/after of the same run.
 */
const UNSHARED = process.env.BENCH_UNSHARED === '1';
const memoryReporter = new URL('./lib/memory-report.mjs', import.meta.url).pathname;
/**
 * `1` starts part 3's workers with `--expose-gc` and bench/lib/memory-report.mjs and prints where
 * the memory is (each thread's V8 heap, malloc arenas, other mappings; before and after a full GC).
 */
const MEMORY_DETAIL = process.env.BENCH_MEMORY_DETAIL === '1';
/** How long after the last sleeper the settled RSS is read (the target's reading is at 3 s). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_S ?? 30) * 1000;

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
const unsharedBundle = UNSHARED ? await buildWorkflowBundle({ shareModules: false }) : undefined;
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
const unsharedQueue = 'bench-journeys-unshared';
const unsharedWorker = unsharedBundle
  ? await createJourneyWorker({
      connection: native,
      db,
      links: plainLinks('http://bench.local'),
      payloadKeys: keyring,
      taskQueue: unsharedQueue,
      workflowBundle: unsharedBundle,
    })
  : undefined;
const unsharedJourneys = temporalJourneyDriver({ client, db, logger, taskQueue: unsharedQueue });
const baselineWorker = await Worker.create({
  connection: native,
  taskQueue: 'bench-baseline',
  workflowBundle: baselineBundle,
  dataConverter: journeyDataConverter(keyring),
  activities: { noop: async () => {} },
});
const running = [
  journeyWorker.run(),
  baselineWorker.run(),
  ...(unsharedWorker ? [unsharedWorker.run()] : []),
];

// How many activities one enrollment of the journey runs: the baseline does as many.
await insertPortfolio(db, 'probe', 1);
const [probe] = await pendingIds('zero-waits', 'probe');
await journeys.start([probe!]);
await client.workflow.getHandle(workflowIdOf(probe!)).result();
const history = await client.workflow.getHandle(workflowIdOf(probe!)).fetchHistory();
// Local activities count as activities: the baseline runs as many, all of them scheduled (the
// target's definition); a second baseline runs the same kinds, to show what is left of the gap.
const kinds = activityCount(history.events ?? []);
const activitiesPerJourney = kinds.scheduled + kinds.local;

async function journeyRound(round: number, driver = journeys, tag = ''): Promise<number> {
  const segment = `round-${round}${tag}`;
  await insertPortfolio(db, segment, ENROLLMENTS);
  const ids = await pendingIds('zero-waits', segment);
  const started = performance.now();
  await driver.start(ids);
  await inLanes(ids, (id) => client.workflow.getHandle(workflowIdOf(id)).result());
  return ENROLLMENTS / seconds(started);
}

async function baselineRound(round: number, sameKinds = false): Promise<number> {
  const tag = sameKinds ? 'baseline-kinds' : 'baseline';
  const ids = Array.from({ length: ENROLLMENTS }, (_, i) => `${tag}-${round}-${i}`);
  const args = sameKinds ? [kinds.scheduled, kinds.local] : [activitiesPerJourney, 0];
  const started = performance.now();
  await inLanes(ids, (workflowId) =>
    client.workflow.start('baselineWorkflow', {
      taskQueue: 'bench-baseline',
      workflowId,
      args,
    }),
  );
  await inLanes(ids, (id) => client.workflow.getHandle(id).result());
  return ENROLLMENTS / seconds(started);
}

const journeyRates: number[] = [];
const baselineRates: number[] = [];
const unsharedRates: number[] = [];
const sameKindsRates: number[] = [];
for (let round = 0; PARTS.has('1') && round < ROUNDS; round++) {
  baselineRates.push(await baselineRound(round));
  if (kinds.local > 0) sameKindsRates.push(await baselineRound(round, true));
  journeyRates.push(await journeyRound(round));
  if (unsharedWorker) unsharedRates.push(await journeyRound(round, unsharedJourneys, '-unshared'));
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const journeyRate = median(journeyRates);
const baselineRate = median(baselineRates);

if (PARTS.has('1')) {
  console.log(
    `\n1. journeys completed per second (${activitiesPerJourney} activities each: ${kinds.scheduled} scheduled, ${kinds.local} local)`,
  );
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
  if (sameKindsRates.length > 0) {
    const sameKindsRate = median(sameKindsRates);
    console.log(
      `baseline with the same kinds (${kinds.scheduled} scheduled, ${kinds.local} local no-ops): ` +
        `${formatRate(sameKindsRate)} (rounds ${sameKindsRates.map((r) => r.toFixed(0)).join(', ')}), ` +
        `ratio ${formatRatio(journeyRate, sameKindsRate)}`,
    );
  }
  if (unsharedWorker) {
    const unsharedRate = median(unsharedRates);
    console.log(
      `unshared modules (before): ${formatRate(unsharedRate)} (rounds ${unsharedRates.map((r) => r.toFixed(0)).join(', ')}), ` +
        `ratio ${formatRatio(unsharedRate, baselineRate)}`,
    );
  }
}

// --- 2. start rate ---------------------------------------------------------------------------
if (PARTS.has('2')) {
  await insertPortfolio(db, 'bulk', ENROLLMENTS);
  const bulkStarted = performance.now();
  const report = await call(withDriver, 'POST', '/v1/enrollments/bulk', {
    journeyId: 'zero-waits',
    filter: { segment: 'bulk' },
  });
  const bulkRate = ENROLLMENTS / seconds(bulkStarted);
  if (report.created !== ENROLLMENTS) throw new Error(`bulk created ${String(report.created)}`);
  const { rate: rawRate, ids: rawIds } = await rawStartRate(client, ENROLLMENTS, CONCURRENCY);
  console.log(
    `\n2. workflow starts per second (${ENROLLMENTS.toLocaleString('en-US')} enrollments)`,
  );
  printTable(
    ['case', 'starts/s'],
    [
      ['POST /v1/enrollments/bulk (records + starts)', formatRate(bulkRate)],
      [`raw client.workflow.start, ${CONCURRENCY} in flight`, formatRate(rawRate)],
    ],
  );
  console.log(`ratio ${formatRatio(bulkRate, rawRate)}`);
  for (const id of rawIds) await client.workflow.getHandle(id).terminate('bench');
}

journeyWorker.shutdown();
baselineWorker.shutdown();
unsharedWorker?.shutdown();
await Promise.all(running);

// --- 3. memory of sleeping enrollments ----------------------------------------------------
await publish(sleeper);
const bundlePath = join(dir, 'bundle.json');
await saveWorkflowBundle(bundle, bundlePath);
const unsharedPath = join(dir, 'bundle-unshared.json');
if (unsharedBundle) await saveWorkflowBundle(unsharedBundle, unsharedPath);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

interface HeapReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Bytes used, by V8 heap space. */
  spaces: Record<string, number>;
  /** Bytes resident (physical), by V8 heap space. */
  committed: Record<string, number>;
}

interface MemoryReport extends HeapReport {
  threads: number;
  /** Resident bytes by kind of mapping (bench/lib/memory-report.mjs). */
  mappings: { brkHeap: number; mallocArenas: number; otherAnonymous: number; fileBacked: number };
  /** The worker threads' isolates (the workflow thread): not in the main thread's heap numbers. */
  workerThreads: (HeapReport & { title: string })[];
}

interface MemoryDetail {
  before: MemoryReport;
  after: MemoryReport;
}

/** The worker's memory as its preloaded reporter sees it, before and after a full GC. */
async function memoryOf(worker: WorkerProcess, file: string): Promise<MemoryDetail> {
  rmSync(file, { force: true });
  // SIGWINCH, not SIGUSR2: the SDK's Runtime shuts the worker down on SIGUSR2 (memory-report.mjs).
  worker.child.kill('SIGWINCH');
  for (let i = 0; i < 600 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(file)) throw new Error('the worker wrote no memory report within 60 s');
  await new Promise((r) => setTimeout(r, 200));
  const report = JSON.parse(readFileSync(file, 'utf8')) as MemoryDetail | { error: string };
  if ('error' in report) throw new Error(`memory report failed: ${report.error}`);
  return report;
}

/** Puts `count` enrollments to sleep on a fresh worker process; its memory idle and after. */
async function sleepOn(segment: string, count: number, cacheSize?: number, path = bundlePath) {
  const taskQueue = `bench-${segment}`;
  const reportFile = join(dir, `memory-${segment}.json`);
  const worker = await spawnWorkerProcess({
    databaseUrl: dbUrl.toString(),
    address: server.address,
    taskQueue,
    bundlePath: path,
    payloadKeys,
    ...(cacheSize === undefined ? {} : { cacheSize }),
    ...(MEMORY_DETAIL
      ? {
          env: {
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import ${memoryReporter}`,
            BENCH_MEMORY_REPORT: reportFile,
          },
        }
      : {}),
  });
  const driver: JourneyDriver = temporalJourneyDriver({ client, db, logger, taskQueue });
  await new Promise((r) => setTimeout(r, 3000));
  const idle = worker.rss();
  const idleDetail = MEMORY_DETAIL ? await memoryOf(worker, reportFile) : undefined;
  await insertPortfolio(db, segment, count);
  const ids = await pendingIds('sleeper', segment);
  const started = performance.now();
  await driver.start(ids);
  // RSS as each quarter falls asleep: a plateau is a high-water mark, a slope is a cost per sleeper.
  const curve: { asleep: number; rss: number }[] = [];
  for (;;) {
    // A worker that died (or was shut down) would leave the bench waiting for ever.
    if (worker.child.exitCode !== null || worker.child.signalCode !== null)
      throw new Error(
        `the worker process stopped (${worker.child.exitCode ?? worker.child.signalCode})`,
      );
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrollments)
      .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
      .where(and(eq(borrowers.segment, segment), eq(enrollments.currentNode, 'pause')));
    const asleep = row?.n ?? 0;
    if (asleep >= count) break;
    if (asleep >= ((curve.length + 1) * count) / 4) curve.push({ asleep, rss: worker.rss() });
    await new Promise((r) => setTimeout(r, 500));
  }
  const asleepAfter = seconds(started);
  await new Promise((r) => setTimeout(r, 3000));
  // The RSS the targets are about is read first, as before; the breakdown (which forces a GC) after.
  const loaded = worker.rss();
  // And once the work has been over for a while: V8's memory reducer starts 8 s after the
  // allocation stops and gives back the garbage the work left, as it would in production.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const settled = worker.rss();
  const loadedDetail = MEMORY_DETAIL ? await memoryOf(worker, reportFile) : undefined;
  await worker.kill();
  return { idle, loaded, settled, asleepAfter, idleDetail, loadedDetail, curve };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Rows of the breakdown: each a part of the worker process's memory. */
const breakdownRows: [string, (m: MemoryReport) => number][] = [
  ['rss', (m) => m.rss],
  ['main thread: V8 heap used', (m) => m.heapUsed],
  ['main thread: V8 heap total', (m) => m.heapTotal],
  ['workflow thread: V8 heap used', (m) => sum(m.workerThreads.map((t) => t.heapUsed))],
  ['workflow thread: V8 heap total', (m) => sum(m.workerThreads.map((t) => t.heapTotal))],
  ['main thread: new space resident', (m) => m.committed.new_space ?? 0],
  ['main thread: old space resident', (m) => m.committed.old_space ?? 0],
  [
    'workflow thread: new space resident',
    (m) => sum(m.workerThreads.map((t) => t.committed.new_space ?? 0)),
  ],
  [
    'workflow thread: old space resident',
    (m) => sum(m.workerThreads.map((t) => t.committed.old_space ?? 0)),
  ],
  [
    'workflow thread: old space used',
    (m) => sum(m.workerThreads.map((t) => t.spaces.old_space ?? 0)),
  ],
  [
    'external, all threads (incl. array buffers)',
    (m) => m.external + sum(m.workerThreads.map((t) => t.external)),
  ],
  [
    'rss − V8 heaps total',
    (m) => m.rss - m.heapTotal - sum(m.workerThreads.map((t) => t.heapTotal)),
  ],
  ['rss: malloc main arena ([heap])', (m) => m.mappings.brkHeap],
  ['rss: malloc thread arenas', (m) => m.mappings.mallocArenas],
  ['rss: other anonymous (V8 pages, stacks, mmaps)', (m) => m.mappings.otherAnonymous],
  ['rss: file-backed (code)', (m) => m.mappings.fileBacked],
];

/** Where the memory is: each part idle and loaded, before and after a full GC of every isolate. */
function printBreakdown(run: Awaited<ReturnType<typeof sleepOn>>, per = 1, unit = 'MiB') {
  const { idleDetail, loadedDetail } = run;
  if (!idleDetail || !loadedDetail) return;
  const m = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)}`;
  const scale = unit === 'KiB' ? 1024 : 1024 ** 2;
  const delta = (pick: (m: MemoryReport) => number, when: 'before' | 'after') =>
    `${((pick(loadedDetail[when]) - pick(idleDetail[when])) / per / scale).toFixed(1)} ${unit}`;
  printTable(
    ['MiB', 'idle', 'idle, GC', 'loaded', 'loaded, GC', 'growth', 'growth, GC'],
    breakdownRows.map(([name, pick]) => [
      name,
      m(pick(idleDetail.before)),
      m(pick(idleDetail.after)),
      m(pick(loadedDetail.before)),
      m(pick(loadedDetail.after)),
      delta(pick, 'before'),
      delta(pick, 'after'),
    ]),
  );
  console.log(`threads: idle ${idleDetail.before.threads}, loaded ${loadedDetail.before.threads}`);
}

function report3a(label: string, run: Awaited<ReturnType<typeof sleepOn>>) {
  const perCached = (run.loaded - run.idle) / CACHED / 1024;
  console.log(
    `\n3a. worker memory per cached workflow${label} (cache ${CACHED.toLocaleString('en-US')}, all asleep after ${run.asleepAfter.toFixed(1)} s)`,
  );
  printTable(
    ['case', 'RSS'],
    [
      ['worker process, idle (baseline)', mib(run.idle)],
      [`worker process, ${CACHED.toLocaleString('en-US')} asleep and cached`, mib(run.loaded)],
      ['per cached workflow', `${perCached.toFixed(1)} KiB`],
    ],
  );
  printBreakdown(run, CACHED, 'KiB');
  console.log(`${perCached <= 300 ? 'PASS' : 'MISS'} (target ≤ 300 KiB)`);
}

function report3b(label: string, run: Awaited<ReturnType<typeof sleepOn>>) {
  const growth = run.loaded - run.idle;
  console.log(
    `\n3b. worker memory with ${SLEEPERS.toLocaleString('en-US')} enrollments asleep, default cache${label} (all asleep after ${run.asleepAfter.toFixed(1)} s)`,
  );
  printTable(
    ['case', 'RSS'],
    [
      ['worker process, idle (baseline)', mib(run.idle)],
      [`worker process, ${SLEEPERS.toLocaleString('en-US')} asleep`, mib(run.loaded)],
      ['growth', mib(growth)],
      [`settled (${SETTLE_MS / 1000} s later)`, mib(run.settled)],
      ['growth, settled', mib(run.settled - run.idle)],
    ],
  );
  console.log(
    `RSS while falling asleep: ${[...run.curve, { asleep: SLEEPERS, rss: run.loaded }]
      .map(({ asleep, rss }) => `${asleep.toLocaleString('en-US')} ${mib(rss)}`)
      .join(', ')}`,
  );
  printBreakdown(run);
  console.log(`${growth <= 200 * 1024 ** 2 ? 'PASS' : 'MISS'} (target ≤ 200 MiB)`);
}

if (PARTS.has('3a')) {
  if (unsharedBundle)
    report3a(
      ' — unshared modules (before)',
      await sleepOn('cached-unshared', CACHED, CACHED, unsharedPath),
    );
  report3a('', await sleepOn('cached', CACHED, CACHED));
}
if (PARTS.has('3b')) {
  if (unsharedBundle)
    report3b(
      ' — unshared modules (before)',
      await sleepOn('sleepers-unshared', SLEEPERS, undefined, unsharedPath),
    );
  report3b('', await sleepOn('sleepers', SLEEPERS));
}

await native.close();
await connection.close();
await server.stop();
await database.close();
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.end();
rmSync(dir, { recursive: true, force: true });
