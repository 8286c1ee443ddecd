// Audience evaluation on a real Temporal dev server and Postgres, against the bulk enrollment API
// in the same run: importing N accounts (half of them match a live launch) until every matching
// account is enrolled and its workflow started, against importing N accounts and then enrolling
// the matching half with POST /v1/enrollments/bulk. Both start workflows on a task queue with no
// worker, so only enrolling and starting are measured. Target: audience rate ≥ 0.8 × bulk rate.
import { randomBytes } from 'node:crypto';
import {
  apiRoutes,
  createApiKey,
  createApp,
  journeyClient,
  keyringOf,
  newPayloadKey,
  openDatabase,
  routeTemporalLogs,
  startDevServer,
  temporalJourneyDriver,
} from '@tandem/runtime';
import { Connection } from '@temporalio/client';
import pino from 'pino';
import postgres from 'postgres';
import { formatRate, formatRatio, printHeader, printTable } from './lib/report';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

printHeader(
  'audiences',
  `Temporal dev server (in memory) + Postgres; ${ACCOUNTS.toLocaleString('en-US')} accounts per ` +
    `import, half matching; ${ROUNDS} round(s) each`,
);

const sleeper = {
  dsl: 'journey/v1',
  id: 'audience-bench',
  name: 'Sleeps a day',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'pause',
  nodes: [
    { id: 'pause', type: 'wait', config: { for: 'P1D' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};

routeTemporalLogs(pino({ level: 'error' }));
const cli = process.env.TANDEM_TEMPORAL_CLI;
if (!cli) throw new Error('run through `npm run bench audiences` (it finds the Temporal CLI)');
const server = await startDevServer({ cli });
const dbName = `tandem_bench_${randomBytes(4).toString('hex')}`;
const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
const database = await openDatabase({ url: dbUrl.toString() });
const { db } = database;
const keyring = keyringOf({ bench: newPayloadKey() }, 'bench');
const connection = await Connection.connect({ address: server.address });
const client = journeyClient({ connection, payloadKeys: keyring });
const logger = pino({ level: 'error' });
// No worker polls this queue: a start is recorded by Temporal and nothing runs.
const journeys = temporalJourneyDriver({ client, db, logger, taskQueue: 'bench-idle' });
const { key } = await createApiKey(db, { name: 'bench', role: 'admin' });
const app = createApp({ db, logger, journeys }, apiRoutes);

async function call(method: string, path: string, body?: string, type = 'application/json') {
  const res = await app.request(path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': type },
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** N borrowers with one account each; every second one in `matching`, the others in `other`. */
function portfolio(prefix: string, matching: string, other: string): string {
  const rows = [
    'external_id,first_name,locale,timezone,country,segment,account_external_id,amount_due,currency,days_past_due',
  ];
  for (let i = 0; i < ACCOUNTS; i++) {
    const segment = i % 2 === 0 ? matching : other;
    rows.push(
      `${prefix}-${i},Lan,en,UTC,VN,${segment},${prefix}-${i}-a,120.50,USD,${5 + (i % 20)}`,
    );
  }
  return rows.join('\n');
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await call('POST', '/v1/journeys', JSON.stringify({ document: sleeper }));
await call('POST', `/v1/journeys/${sleeper.id}/publish`, '{}');

async function audienceRound(round: number): Promise<number> {
  // One live launch whose rules match this round's half (the other rounds' accounts are
  // enrolled already, so they are evaluated but not matched again).
  const segment = `audience-${round}`;
  await call(
    'PUT',
    `/v1/journeys/${sleeper.id}/launch`,
    JSON.stringify({
      rules: {
        all: [
          { fact: 'borrower.segment', op: 'eq', value: segment },
          { fact: 'account.daysPastDue', op: 'gte', value: 1 },
        ],
      },
      holdoutPercent: 0,
    }),
  );
  const status = (await call('GET', `/v1/journeys/${sleeper.id}/launch`)).status;
  if (status !== 'live') await call('POST', `/v1/journeys/${sleeper.id}/launch/start`, '{}');
  const csv = portfolio(`aud${round}`, segment, `aud-other-${round}`);
  const started = performance.now();
  const report = await call('POST', '/v1/imports/borrowers', csv, 'text/csv');
  const rate = ACCOUNTS / 2 / seconds(started);
  const audience = report.audience as { enrolled: number } | undefined;
  if (audience?.enrolled !== ACCOUNTS / 2) {
    throw new Error(`audience enrolled ${JSON.stringify(audience)}, expected ${ACCOUNTS / 2}`);
  }
  return rate;
}

async function bulkRound(round: number): Promise<number> {
  const segment = `bulk-${round}`;
  const csv = portfolio(`bulk${round}`, segment, `bulk-other-${round}`);
  const started = performance.now();
  await call('POST', '/v1/imports/borrowers', csv, 'text/csv');
  const report = await call(
    'POST',
    '/v1/enrollments/bulk',
    JSON.stringify({ journeyId: sleeper.id, filter: { segment, minDaysPastDue: 1 } }),
  );
  const rate = ACCOUNTS / 2 / seconds(started);
  if (report.created !== ACCOUNTS / 2) throw new Error(`bulk created ${String(report.created)}`);
  return rate;
}

const audienceRates: number[] = [];
const bulkRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  bulkRates.push(await bulkRound(round));
  audienceRates.push(await audienceRound(round));
}
const audienceRate = median(audienceRates);
const bulkRate = median(bulkRates);
console.log(
  `\nmatching accounts enrolled and started per second (import of ${ACCOUNTS.toLocaleString('en-US')}, half matching)`,
);
printTable(
  ['case', 'enrolled+started/s (median)', 'rounds'],
  [
    [
      'import → live launch evaluates → enrolls → starts',
      formatRate(audienceRate),
      audienceRates.map((r) => r.toFixed(0)).join(', '),
    ],
    [
      'import, then POST /v1/enrollments/bulk (segment filter)',
      formatRate(bulkRate),
      bulkRates.map((r) => r.toFixed(0)).join(', '),
    ],
  ],
);
const ratio = audienceRate / bulkRate;
console.log(
  `ratio ${formatRatio(audienceRate, bulkRate)}  ${ratio >= 0.8 ? 'PASS' : 'MISS'} (target ≥ 0.80)`,
);

await database.close();
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.end();
await connection.close();
await server.stop();
