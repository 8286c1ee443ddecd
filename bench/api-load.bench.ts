// Load on the real API server from a second process, on PGlite and on Postgres:
// - event ingestion throughput and latency (POST /v1/events, unique source ids), one event per
//   request and batches of 500, against GET /health on the same server (the HTTP floor) as the
//   baseline; targets on Postgres (issue 14): ≥ 2,000 single events/s with p99 < 50 ms at 20
//   connections, ≥ 20,000 events/s in batches of 500;
// - importing 100,000 borrowers from CSV (target under 30 s on Postgres), against a dry run of
//   the same file (parsing and validation, no writes) as the baseline (BENCH_IMPORT_ROWS=0 skips).
// Afterwards the database is read: every accepted event stored once, and how many the relay had
// not signalled yet when the server stopped. Each case also reports the server process's CPU time per
// answered request (per event for batches; from /proc). BENCH_CPU_PROF=<dir> profiles the server.
import autocannon from 'autocannon';
import { events, type Database } from '@tandem/runtime';
import { sql } from 'drizzle-orm';
import { formatMs, formatRate, formatRatio, printHeader, printTable } from './lib/report';
import { startServer, type ServerProcess } from './lib/server-process';
import { answer, benchApi } from './lib/tandem-api';

const CONNECTIONS = 20;
const BATCH = 500;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

printHeader(
  'api-load',
  `API server in a child process; autocannon ${CONNECTIONS} connections × ${SECONDS} s; import of ${IMPORT_ROWS.toLocaleString('en-US')} CSV rows`,
);

async function load(
  server: ServerProcess,
  path: string,
  options: Partial<autocannon.Options> = {},
): Promise<autocannon.Result> {
  return autocannon({
    url: `${server.base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/json' },
    ...options,
  });
}

async function seed(server: ServerProcess): Promise<void> {
  await answer(
    benchApi(server).PUT('/v1/borrowers/{externalId}', {
      params: { path: { externalId: 'bench-borrower' } },
      body: {
        firstName: 'Bench',
        locale: 'en',
        timezone: 'America/New_York',
        country: 'US',
        accounts: [{ externalId: 'bench-account', amountDue: 420.5, currency: 'USD' }],
      },
    }),
  );
}

function csv(rows: number): string {
  const lines = [
    'external_id,first_name,last_name,locale,timezone,country,region,segment,sms,email,account_external_id,amount_due,currency,due_date,days_past_due,product',
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `b-${i},Lan${i},Nguyen,vi,Asia/Ho_Chi_Minh,VN,,retail,+8491${String(1_000_000 + i).slice(-7)},,a-${i},${(1000 + (i % 500) * 7.5).toFixed(2)},VND,2026-03-0${1 + (i % 9)},${i % 40},bnpl`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function timeImport(
  server: ServerProcess,
  body: string,
  dryRun: boolean,
): Promise<{ ms: number; report: unknown }> {
  const started = performance.now();
  const res = await fetch(`${server.base}/v1/imports/borrowers${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'text/csv' },
    body,
  });
  const report: unknown = await res.json();
  if (!res.ok)
    throw new Error(`import failed: ${res.status} ${JSON.stringify(report).slice(0, 500)}`);
  return { ms: performance.now() - started, report };
}

const event = (driver: string, n: number) => ({
  sourceId: `bench-${driver}-${process.pid}-${n}`,
  type: 'payment.received',
  borrower: { externalId: 'bench-borrower' },
  account: { externalId: 'bench-account' },
  occurredAt: new Date().toISOString(),
  data: { amount: 10 },
});

/** Rows stored for this run, and how many still wait for the event relay, after the server stopped. */
async function storedEvents(db: Database): Promise<{ stored: number; unsignalled: number }> {
  const [row] = await db
    .select({
      stored: sql<number>`count(*)::int`,
      unsignalled: sql<number>`(count(*) filter (where ${events.signalDueAt} is not null))::int`,
    })
    .from(events);
  return row ?? { stored: 0, unsignalled: 0 };
}

/**
 * Failures named apart: non-2xx answers by status code, then connection errors with the
 * timeouts among them (autocannon counts a request unanswered after `timeout` s as an error).
 * @example failures(result) // "503×2; errors 14 (timeouts 14)"
 */
function failures(result: autocannon.Result): string {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stat]) => `${code}×${stat.count ?? 0}`);
  const parts = [
    result.non2xx > 0 ? (codes.length > 0 ? codes.join(' ') : `non-2xx ${result.non2xx}`) : '',
    result.errors > 0 ? `errors ${result.errors} (timeouts ${result.timeouts})` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : '0';
}

/** Server CPU milliseconds, to the microsecond. */
const formatCpu = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

const verdict = (pass: boolean, target: string) => (pass ? `PASS (${target})` : `MISS (${target})`);

const rows: string[][] = [];
const integrity: string[][] = [];
const importRows: string[][] = [];
for (const driver of ['pglite', 'postgres'] as const) {
  const server = await startServer(driver, { TANDEM_IMPORT_LIMIT_BYTES: String(64 * 1024 * 1024) });
  let accepted = 0;
  let n = 0; // events generated, numbering their source ids: a request cut off at the end may have stored its own
  try {
    await seed(server);
    // Server CPU per answered request (from /proc): what the load generator on the same cores
    // does not blur, unlike throughput.
    const cpuPer = async (run: () => Promise<autocannon.Result>, per = 1) => {
      const before = server.cpuMs();
      const result = await run();
      return { result, cpuMs: (server.cpuMs() - before) / Math.max(1, result['2xx'] * per) };
    };
    const { result: health, cpuMs: healthCpu } = await cpuPer(() => load(server, '/health'));
    const { result: singles, cpuMs: singleCpu } = await cpuPer(() =>
      load(server, '/v1/events', {
        method: 'POST',
        requests: [
          { setupRequest: (request) => ({ ...request, body: JSON.stringify(event(driver, n++)) }) },
        ],
      }),
    );
    const { result: batches, cpuMs: batchCpu } = await cpuPer(
      () =>
        load(server, '/v1/events', {
          method: 'POST',
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                body: JSON.stringify({
                  events: Array.from({ length: BATCH }, () => event(driver, n++)),
                }),
              }),
            },
          ],
        }),
      BATCH,
    );
    accepted = singles['2xx'] + batches['2xx'] * BATCH;
    const singleRate = singles['2xx'] / SECONDS;
    const batchRate = (batches['2xx'] * BATCH) / SECONDS;
    const postgres = driver === 'postgres';
    rows.push(
      [
        driver,
        'GET /health (baseline, requests/s)',
        formatRate(health.requests.average),
        formatMs(health.latency.p50),
        formatMs(health.latency.p99),
        failures(health),
        formatCpu(healthCpu),
        '',
        '',
      ],
      [
        driver,
        'POST /v1/events, one per request (events/s)',
        formatRate(singleRate),
        formatMs(singles.latency.p50),
        formatMs(singles.latency.p99),
        failures(singles),
        formatCpu(singleCpu),
        formatRatio(health.requests.average, singleRate),
        postgres
          ? verdict(singleRate >= 2_000 && singles.latency.p99 < 50, '≥ 2,000/s, p99 < 50 ms')
          : '',
      ],
      [
        driver,
        `POST /v1/events, ${BATCH} per request (events/s)`,
        formatRate(batchRate),
        formatMs(batches.latency.p50),
        formatMs(batches.latency.p99),
        failures(batches),
        formatCpu(batchCpu),
        formatRatio(health.requests.average, batchRate),
        postgres ? verdict(batchRate >= 20_000, '≥ 20,000/s') : '',
      ],
    );
    if (IMPORT_ROWS > 0) {
      const file = csv(IMPORT_ROWS);
      const dry = await timeImport(server, file, true);
      const real = await timeImport(server, file, false);
      importRows.push([
        driver,
        formatMs(dry.ms),
        formatMs(real.ms),
        formatRatio(real.ms, dry.ms),
        postgres ? verdict(real.ms < 30_000, '< 30 s') : '(no target)',
      ]);
    }
  } finally {
    await server.stop(async (db) => {
      const { stored, unsignalled } = await storedEvents(db);
      // Source ids are unique (the index), so a row is an event stored once; answered ≤ stored
      // ≤ generated says no answered event is missing (autocannon drops what is in flight at the end).
      integrity.push([
        driver,
        accepted.toLocaleString('en-US'),
        stored.toLocaleString('en-US'),
        n.toLocaleString('en-US'),
        unsignalled.toLocaleString('en-US'),
        accepted <= stored && stored <= n ? 'PASS' : 'MISS',
      ]);
    });
  }
}

console.log(
  `\nEvent ingestion at ${CONNECTIONS} connections (ratio: /health requests/s ÷ events/s; events/s counts 2xx answers only)`,
);
printTable(
  [
    'database',
    'request',
    'throughput',
    'p50',
    'p99',
    'non-2xx / errors',
    'server CPU / request (batches: / event)',
    'ratio',
    'target',
  ],
  rows,
);
console.log(
  '\nStored and signalled, read from the database after the server stopped (the relay signals ' +
    'what is left on the next start)',
);
printTable(
  [
    'database',
    'answered 2xx',
    'rows stored',
    'generated',
    'unsignalled at stop',
    '2xx ≤ stored ≤ generated',
  ],
  integrity,
);
if (importRows.length > 0) {
  console.log(
    `\nImport of ${IMPORT_ROWS.toLocaleString('en-US')} CSV rows (ratio: import vs dry run of the same file)`,
  );
  printTable(['database', 'dry run', 'import', 'ratio', 'target'], importRows);
}
