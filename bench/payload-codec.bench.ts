// What encrypting every Temporal payload costs (docs/security.md), each against the same work
// without encryption, in the same process:
// 1. the data converter alone: values to encrypted payloads and back, for the two payloads a
//    journey carries most (loadEnrollment's result: the journey document and the facts; and a
//    small activity input), against the default converter (JSON only);
// 2. journeys completed per second on a real Temporal dev server and Postgres: a journey of one
//    SMS reminder and two zero-length waits, a worker and client that encrypt against a worker
//    and client that do not, rounds alternating.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  apiRoutes,
  buildWorkflowBundle,
  createActivities,
  createApiKey,
  createApp,
  createJourneyWorker,
  journeyClient,
  journeyDataConverter,
  keyringOf,
  NativeConnection,
  newPayloadKey,
  openDatabase,
  plainLinks,
  routeTemporalLogs,
  startDevServer,
  temporalJourneyDriver,
  workflowIdOf,
  type JourneyDriver,
} from '@tandem/runtime';
import { Client, Connection } from '@temporalio/client';
import {
  decodeArrayFromPayloads,
  encodeToPayloads,
  loadDataConverter,
} from '@temporalio/common/lib/internal-non-workflow';
import { Worker } from '@temporalio/worker';
import pino from 'pino';
import postgres from 'postgres';
import { insertPortfolio, pendingEnrollmentIds } from './lib/bench-borrowers';
import { summarize } from './lib/measure';
import { formatMs, formatRate, formatRatio, printHeader, printTable } from './lib/report';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONVERSIONS = 2000;
const CONCURRENCY = 64;

printHeader(
  'payload-codec',
  `AES-256-GCM payload codec: the converter alone (${CONVERSIONS.toLocaleString('en-US')} ` +
    `round trips a round), then ${ENROLLMENTS} journeys × ${ROUNDS} rounds each way on a Temporal ` +
    'dev server (in memory) + Postgres, worker in this process',
);

const keyring = keyringOf({ bench: newPayloadKey() }, 'bench');
const median = (values: number[]) => summarize(values).median;

// --- 1. the converter alone ------------------------------------------------------------------
const firstTimeBorrower = JSON.parse(
  readFileSync(new URL('../examples/first-time-borrower.journey.json', import.meta.url), 'utf8'),
) as unknown;
const loaded = {
  journeyVersionId: randomUUID(),
  journeyId: 'first-time-borrower',
  version: 1,
  document: firstTimeBorrower,
  facts: {
    borrower: { id: 'B-1', firstName: 'Lan', locale: 'vi', timezone: 'Asia/Ho_Chi_Minh' },
    account: { id: 'B-1-L1', amountDue: 1800, currency: 'USD', dueDate: '2026-11-01' },
  },
  standingEvents: [],
};
const small = { enrollmentId: randomUUID(), ordinal: 3, nodeId: 'heads-up', kind: 'visit' };
const encrypting = loadDataConverter(journeyDataConverter(keyring));
const plain = loadDataConverter({});

async function roundTrips(converter: typeof plain, value: unknown): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < CONVERSIONS; i++) {
    const payloads = await encodeToPayloads(converter, value);
    await decodeArrayFromPayloads(converter, payloads);
  }
  return (performance.now() - started) / CONVERSIONS;
}

const converterRows: string[][] = [];
for (const [name, value] of [
  [`loadEnrollment result (${JSON.stringify(loaded).length.toLocaleString('en-US')} B)`, loaded],
  [`small activity input (${JSON.stringify(small).length} B)`, small],
] as const) {
  await roundTrips(encrypting, value); // warm-up
  await roundTrips(plain, value);
  const withCodec: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < 5; round++) {
    without.push(await roundTrips(plain, value));
    withCodec.push(await roundTrips(encrypting, value));
  }
  converterRows.push(
    [`${name}, JSON only (baseline)`, formatMs(median(without)), ''],
    [
      `${name}, encrypted`,
      formatMs(median(withCodec)),
      formatRatio(median(withCodec), median(without)),
    ],
  );
}
console.log('\n1. one value to payloads and back (encode + decode), median of 5 rounds');
printTable(['case', 'per round trip', 'ratio'], converterRows);

// --- 2. journeys on the real server ------------------------------------------------------------
routeTemporalLogs(pino({ level: 'error' }));
const cli = process.env.TANDEM_TEMPORAL_CLI;
if (!cli) throw new Error('run through `npm run bench payload-codec` (it finds the Temporal CLI)');
const server = await startDevServer({ cli });
const dbName = `tandem_bench_${randomBytes(4).toString('hex')}`;
const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
const database = await openDatabase({ url: dbUrl.toString() });
const { db } = database;
const logger = pino({ level: 'error' });
const { key } = await createApiKey(db, { name: 'bench', role: 'admin' });
const records = createApp({ db, logger }, apiRoutes);

async function call(method: string, path: string, body?: unknown) {
  const res = await records.request(path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}

await call('POST', '/v1/journeys', {
  document: {
    dsl: 'journey/v1',
    id: 'codec-bench',
    name: 'One reminder, two zero-length waits',
    locales: ['en'],
    defaultLocale: 'en',
    policy: { jurisdiction: 'none', caps: [] },
    start: 'hello',
    nodes: [
      {
        id: 'hello',
        type: 'remind',
        config: { channel: 'sms', message: { en: 'Hi {{ borrower.firstName }}' } },
        next: { sent: 'w1', failed: 'w1' },
      },
      { id: 'w1', type: 'wait', config: { for: 'PT0S' }, next: { done: 'w2' } },
      { id: 'w2', type: 'wait', config: { for: 'PT0S' }, next: { done: 'done' } },
      { id: 'done', type: 'end', config: { outcome: 'done' } },
    ],
  },
});
await call('POST', '/v1/journeys/codec-bench/publish', {});

/** `count` borrowers with one account each, in a segment of their own, enrolled (pending). */
async function pendingEnrollments(segment: string, count: number): Promise<string[]> {
  await insertPortfolio(db, segment, count);
  await call('POST', '/v1/enrollments/bulk', { journeyId: 'codec-bench', filter: { segment } });
  return pendingEnrollmentIds(db, segment);
}

const bundle = await buildWorkflowBundle();
const native = await NativeConnection.connect({ address: server.address });
const connection = await Connection.connect({ address: server.address });
const links = plainLinks('http://bench.local');

// Encrypting: as the product runs.
const encryptedClient = journeyClient({ connection, payloadKeys: keyring });
const encryptedWorker = await createJourneyWorker({
  connection: native,
  db,
  links,
  payloadKeys: keyring,
  taskQueue: 'bench-encrypted',
  workflowBundle: bundle,
});
// Baseline: the same workflow and activities with Temporal's default converter.
const plainClient = new Client({ connection });
const plainWorker = await Worker.create({
  connection: native,
  taskQueue: 'bench-plain',
  workflowBundle: bundle,
  activities: createActivities({ db, links }),
});
const running = [encryptedWorker.run(), plainWorker.run()];
const drivers: Record<'encrypted' | 'plain', { client: Client; journeys: JourneyDriver }> = {
  encrypted: {
    client: encryptedClient,
    journeys: temporalJourneyDriver({
      client: encryptedClient,
      db,
      logger,
      taskQueue: 'bench-encrypted',
    }),
  },
  plain: {
    client: plainClient,
    journeys: temporalJourneyDriver({ client: plainClient, db, logger, taskQueue: 'bench-plain' }),
  },
};

async function inLanes<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function journeysPerSecond(kind: 'encrypted' | 'plain', round: number): Promise<number> {
  const ids = await pendingEnrollments(`${kind}-${round}`, ENROLLMENTS);
  const { client, journeys } = drivers[kind];
  const started = performance.now();
  await journeys.start(ids);
  await inLanes(ids, (id) => client.workflow.getHandle(workflowIdOf(id)).result());
  return ENROLLMENTS / ((performance.now() - started) / 1000);
}

await journeysPerSecond('plain', -1); // warm-up: bundle caches, connections, Postgres
await journeysPerSecond('encrypted', -1);
const rates: Record<'encrypted' | 'plain', number[]> = { encrypted: [], plain: [] };
for (let round = 0; round < ROUNDS; round++) {
  rates.plain.push(await journeysPerSecond('plain', round));
  rates.encrypted.push(await journeysPerSecond('encrypted', round));
}
console.log(`\n2. journeys completed per second (${ENROLLMENTS} per round, ${ROUNDS} rounds)`);
printTable(
  ['case', 'completed/s (median)', 'rounds'],
  (['plain', 'encrypted'] as const).map((kind) => [
    kind === 'plain' ? 'default converter (baseline)' : 'encrypted payloads',
    formatRate(median(rates[kind])),
    rates[kind].map((r) => r.toFixed(0)).join(', '),
  ]),
);
console.log(`ratio ${formatRatio(median(rates.encrypted), median(rates.plain))}`);

encryptedWorker.shutdown();
plainWorker.shutdown();
await Promise.all(running);
await native.close();
await connection.close();
await server.stop();
await database.close();
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.end();
