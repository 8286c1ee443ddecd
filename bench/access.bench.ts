// What knowing the caller costs per request, in process (app.request, no network), on PGlite and
// on Postgres: a machine's key, a person's session (cookie + key check), and the audit entry a
// person's read of a borrower writes. Baseline: GET /health through the same middleware stack
// (request id and security headers), which looks nobody up.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import postgres from 'postgres';
import { summarize } from './lib/measure';
import { formatMs, formatRatio, printHeader, printTable } from './lib/report';
import {
  apiRoutes,
  createApiKey,
  createApp,
  openDatabase,
  type OpenDatabase,
} from '@tandem/runtime';

const WARMUP = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);

printHeader(
  'access',
  `${ROUNDS.toLocaleString('en-US')} interleaved rounds after ${WARMUP} warm-up; one request per case per round, in process`,
);

async function freshPostgres(): Promise<OpenDatabase> {
  const adminUrl =
    process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `tandem_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ url: url.toString() });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function bench(driver: 'PGlite' | 'Postgres', database: OpenDatabase) {
  const app = createApp({ db: database.db, logger: pino({ level: 'silent' }) }, apiRoutes);
  const send = async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await res.arrayBuffer();
    return res;
  };
  const { key: agent } = await createApiKey(database.db, { name: 'bench agent', role: 'agent' });
  const { key: integration } = await createApiKey(database.db, {
    name: 'bench crm',
    role: 'integration',
  });
  const bearer = { authorization: `Bearer ${agent}` };
  const put = await send(
    'PUT',
    '/v1/borrowers/BENCH-1',
    { authorization: `Bearer ${integration}` },
    {
      firstName: 'Bench',
      locale: 'en',
      timezone: 'UTC',
      country: 'GB',
      accounts: [{ externalId: 'BENCH-1-L1', amountDue: 10, currency: 'GBP' }],
    },
  );
  if (put.status !== 201) throw new Error(`seeding failed: ${put.status}`);
  const signIn = await send('POST', '/v1/session', {}, { key: agent });
  const cookie = /tandem_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('sign-in failed');
  const session = { cookie };

  const cases: Record<string, () => Promise<Response>> = {
    'GET /health (baseline)': () => send('GET', '/health', {}),
    // No such route: the key is looked up and checked, then 404. The cost of a key alone.
    'GET /v1/none, key (auth only)': () => send('GET', '/v1/none', bearer),
    'GET /v1/none, session (auth only)': () => send('GET', '/v1/none', session),
    'GET /v1/lessons, key': () => send('GET', '/v1/lessons', bearer),
    'GET /v1/lessons, session': () => send('GET', '/v1/lessons', session),
    'GET /v1/borrowers/{id}, key (not audited)': () => send('GET', '/v1/borrowers/BENCH-1', bearer),
    'GET /v1/borrowers/{id}, session (audited)': () =>
      send('GET', '/v1/borrowers/BENCH-1', session),
  };
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(cases).map((k) => [k, []]),
  );
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const started = performance.now();
      const res = await run();
      const ms = performance.now() - started;
      if (res.status !== (name.includes('/v1/none') ? 404 : 200)) {
        throw new Error(`${name}: ${res.status}`);
      }
      if (round >= WARMUP) times[name]!.push(ms);
    }
  }
  const median = (name: string) => summarize(times[name]!).median;
  const baseline = median('GET /health (baseline)');
  const rows = Object.keys(cases).map((name) => {
    const stats = summarize(times[name]!);
    return [
      driver,
      name,
      formatMs(stats.median),
      formatMs(stats.p95),
      formatRatio(stats.median, baseline),
    ];
  });
  const extra = (a: string, b: string) => formatMs(median(a) - median(b));
  return {
    rows,
    notes: [
      `${driver}: checking a key costs ${extra('GET /v1/none, key (auth only)', 'GET /health (baseline)')} a request, ` +
        `a session ${extra('GET /v1/none, session (auth only)', 'GET /health (baseline)')}; ` +
        `the audit entry of a person's read ${extra('GET /v1/borrowers/{id}, session (audited)', 'GET /v1/borrowers/{id}, key (not audited)')} ` +
        `(session and audit together, minus the key read)`,
    ],
  };
}

const results = [];
for (const [driver, open] of [
  ['PGlite', () => openDatabase({ dataDir: 'memory://' })],
  ['Postgres', freshPostgres],
] as const) {
  const database = await open();
  try {
    results.push(await bench(driver, database));
  } finally {
    await database.close();
  }
}
printTable(
  ['database', 'case', 'median', 'p95', 'vs /health'],
  results.flatMap((r) => r.rows),
);
for (const note of results.flatMap((r) => r.notes)) console.log(note);
