// The 09:00 wake-up storm, on a real Temporal dev server and Postgres (issue 14, section 3).
// Contact windows make whole portfolios wake at the same local minute. Here N enrollments spread
// over every time zone where it next turns 09:00 at one instant (found from the clock, so the run
// may wait for it) are started before it and sleep until their window opens, then each sends one
// SMS through the webhook provider to a real HTTP gateway. Measured: the time from the opening
// until the gateway has all N, against a plain workflow that sleeps until an instant and performs
// the same activities, on the same server in the same run (target ×0.7 or better). Checked: every
// send at or after 09:00 local and inside the window, and none twice.
// The run enrolls first and then waits for the next opening that leaves time to enroll everyone:
// it enrolls a probe portfolio (a journey that only waits) to measure the enrollment rate, then
// picks the opening. Where the storm's time goes is read from a sample of the histories (waiting
// for a workflow task or an activity slot, running them), for the storm and the baseline.
// Then the send-rate limit: a channel limited to BENCH_STORM_LIMIT messages a second, all its
// sends due at once; the rate the gateway sees must stay at the limit, losing and repeating none.
import {
  apiRoutes,
  borrowers,
  buildWorkflowBundle,
  contactLedger,
  createApiKey,
  createApp,
  createJourneyWorker,
  enrollments,
  journeyClient,
  journeyDataConverter,
  keyringOf,
  NativeConnection,
  newPayloadKey,
  plainLinks,
  routeTemporalLogs,
  startDevServer,
  temporalJourneyDriver,
  webhookProvider,
  type JourneyWorker,
} from '@tandem/runtime';
import { Connection } from '@temporalio/client';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { insertPortfolio, pendingEnrollmentIds } from './lib/bench-borrowers';
import { openBenchPostgres } from './lib/bench-postgres';
import { activityCount } from './lib/activity-count';
import { inLanes } from './lib/in-lanes';
import { startCountingGateway, type CountingGateway } from './lib/counting-gateway';
import { formatRate, formatRatio, printHeader, printTable } from './lib/report';
import { summarizeTimings, wakeTimings, type WakeTimings } from './lib/history-timings';
import { localSecondOfDay, nextWindowOpening, secondsOf } from './lib/window-opening';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 10_000);
/**
 * The local time the window opens: 09:00. To try the bench out at any hour, another time, or
 * `soon`: the first whole minute after the enrollments, in the zones at UTC+0 (then the window
 * opens at that minute's UTC time of day).
 */
const OPENS_AT = process.env.BENCH_STORM_OPENS ?? '09:00';
const CLOSES = '20:00';
/** Seconds allowed to enroll everyone before the window opens (default: from the probe's rate). */
const LEAD_S = process.env.BENCH_STORM_LEAD_S ? Number(process.env.BENCH_STORM_LEAD_S) : null;
/** Enrollments of the probe that measures the enrollment rate. */
const PROBE = Math.min(500, Math.max(100, Math.round(ENROLLMENTS / 10)));
/** The storm worker's workflow cache (the journey worker's default; the baseline's too). */
const CACHE = Number(process.env.BENCH_STORM_CACHE ?? 250);
/** Connections in the bench's Postgres pool (openDatabase's default 20). */
const POOL = Number(process.env.BENCH_STORM_POOL ?? 20);
/** Histories read for the timings (evenly spread over the enrollments). */
const SAMPLE = Number(process.env.BENCH_STORM_SAMPLE ?? 400);
const LIMIT = Number(process.env.BENCH_STORM_LIMIT ?? 20);
const THROTTLED = Number(process.env.BENCH_STORM_THROTTLED ?? Math.min(ENROLLMENTS, 400));
/** sendMessage and recordStep: what an enrollment runs once its window opens (checked). */
const BASELINE_ACTIVITIES = 2;
const secret = 'bench-gateway-secret-0123';

const runStarted = Date.now();
printHeader(
  'storm',
  `Temporal dev server (in memory) + Postgres (pool ${POOL}); worker in this process (cache ${CACHE}); ` +
    `${ENROLLMENTS.toLocaleString('en-US')} enrollments opening at ${OPENS_AT} local; then ${THROTTLED} sends at ${LIMIT}/s`,
);
const elapsed = () => `${((Date.now() - runStarted) / 1000).toFixed(0)} s`;
/** The opening the storm waits for: the first that leaves `leadS` seconds from now. */
function pickOpening(leadS: number): { opens: string; at: number; zones: string[] } {
  const after = Date.now() + leadS * 1000;
  if (OPENS_AT !== 'soon') return { opens: OPENS_AT, ...nextWindowOpening(after, OPENS_AT) };
  const minute = new Date(Math.ceil(after / 60_000) * 60_000).toISOString().slice(11, 16);
  if (secondsOf(minute) >= secondsOf(CLOSES)) throw new Error(`${minute} UTC is after ${CLOSES}`);
  return { opens: minute, ...nextWindowOpening(after, minute) };
}

const stormJourney = (id: string, opens: string | null) => ({
  dsl: 'journey/v1',
  id,
  name: id,
  locales: ['en'],
  defaultLocale: 'en',
  policy: {
    jurisdiction: 'none',
    caps: [],
    ...(opens
      ? {
          sendWindow: {
            start: opens,
            end: CLOSES,
            days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          },
        }
      : {}),
  },
  start: 'remind',
  nodes: [
    {
      id: 'remind',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Good morning {{ borrower.firstName }}' } },
      next: { sent: 'done', failed: 'done' },
    },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
});

const sleepMs = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** Waits for `done`, printing `progress()` every 15 s when given. */
async function until(
  what: string,
  done: () => boolean | Promise<boolean>,
  deadline: number,
  progress?: () => string | Promise<string>,
) {
  let printed = Date.now();
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    if (progress && Date.now() - printed >= 15_000) {
      printed = Date.now();
      console.log(`  [${elapsed()}] ${await progress()}`);
    }
    await sleepMs(200);
  }
}

routeTemporalLogs(pino({ level: 'error' }));
const cli = process.env.TANDEM_TEMPORAL_CLI;
if (!cli) throw new Error('run through `npm run bench storm` (it finds the Temporal CLI)');
const server = await startDevServer({ cli });
const postgresDb = await openBenchPostgres({ poolSize: POOL });
const { db } = postgresDb.database;
const keyring = keyringOf({ bench: newPayloadKey() }, 'bench');
const connection = await Connection.connect({ address: server.address });
const client = journeyClient({ connection, payloadKeys: keyring });
const logger = pino({ level: 'error' });
const { key } = await createApiKey(db, { name: 'bench', role: 'admin' });
const records = createApp({ db, logger }, apiRoutes);

async function call(method: string, path: string, body?: unknown) {
  const res = await records.request(path, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}
async function publish(document: { id: string; [field: string]: unknown }) {
  await call('POST', '/v1/journeys', { document });
  await call('POST', `/v1/journeys/${document.id}/publish`, {});
}
async function enrolled(
  journeyId: string,
  segment: string,
  timezones: readonly string[],
  count: number,
) {
  await insertPortfolio(db, segment, count, timezones);
  await call('POST', '/v1/enrollments/bulk', { journeyId, filter: { segment } });
  return pendingEnrollmentIds(db, segment);
}

const native = await NativeConnection.connect({ address: server.address });
const bundle = await buildWorkflowBundle();
async function journeyWorkerOn(
  taskQueue: string,
  gateway: CountingGateway,
  sendRateLimits: Record<string, number> = {},
): Promise<{ worker: JourneyWorker; running: Promise<void> }> {
  const worker = await createJourneyWorker({
    connection: native,
    db,
    links: plainLinks('http://bench.local'),
    payloadKeys: keyring,
    taskQueue,
    workflowBundle: bundle,
    channels: { sms: webhookProvider({ url: gateway.url, secret }) },
    sendRateLimits,
    maxCachedWorkflows: CACHE,
  });
  return { worker, running: worker.run() };
}

/** Enrollments of `segment` at `node` (asleep there). */
async function asleepAt(segment: string, node: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(enrollments)
    .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
    .where(and(eq(borrowers.segment, segment), eq(enrollments.currentNode, node)));
  return row?.n ?? 0;
}

// --- 0. the probe: how fast this machine enrolls, to know how long before the opening to start ----------
const stormGateway = await startCountingGateway();
const stormQueue = 'bench-storm';
const storm = await journeyWorkerOn(stormQueue, stormGateway);
const driver = temporalJourneyDriver({ client, db, logger, taskQueue: stormQueue });
await publish({
  ...stormJourney('probe', null),
  start: 'pause',
  nodes: [
    { id: 'pause', type: 'wait', config: { for: 'P30D' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
});
const probeStarted = Date.now();
await driver.start(await enrolled('probe', 'probe', ['Etc/UTC'], PROBE));
await until(
  'the probe asleep',
  async () => (await asleepAt('probe', 'pause')) >= PROBE,
  Date.now() + 3_600_000,
);
const probeRate = PROBE / ((Date.now() - probeStarted) / 1000);
// Enrolling many goes slower than the probe (a fuller cache evicts, the bulk insert is longer): a
// 1,000 run at load 25 went at half the probe's rate.
const lead = LEAD_S ?? Math.ceil((ENROLLMENTS / probeRate) * 2.5 + 60);
const opening = pickOpening(lead);
const OPENS = opening.opens;
console.log(
  `probe: ${PROBE} enrolled and asleep at ${probeRate.toFixed(1)}/s; allowing ${lead} s to enroll ` +
    `${ENROLLMENTS.toLocaleString('en-US')}`,
);
console.log(
  `the window opens at ${OPENS} local = ${new Date(opening.at).toISOString()}, in ${((opening.at - Date.now()) / 1000).toFixed(0)} s, ` +
    `in ${opening.zones.length} zones: ${opening.zones.join(', ')}`,
);

// --- 1. the storm: enrolled, asleep until the window opens --------------------------------------------------------------------------
await publish(stormJourney('storm', OPENS));
const enrollStarted = Date.now();
const ids = await enrolled('storm', 'storm', opening.zones, ENROLLMENTS);
console.log(`  [${elapsed()}] ${ids.length} enrollments recorded; starting their workflows`);
await driver.start(ids);
let asleepNow = 0;
await until(
  'every enrollment asleep before the window',
  async () => (asleepNow = await asleepAt('storm', 'remind')) >= ENROLLMENTS,
  opening.at,
  () =>
    `${asleepNow.toLocaleString('en-US')} of ${ENROLLMENTS.toLocaleString('en-US')} asleep ` +
    `(${(asleepNow / ((Date.now() - enrollStarted) / 1000)).toFixed(1)}/s); the window opens in ` +
    `${((opening.at - Date.now()) / 1000).toFixed(0)} s`,
);
const enrollSeconds = (Date.now() - enrollStarted) / 1000;
console.log(
  `  [${elapsed()}] enrolled and asleep in ${enrollSeconds.toFixed(1)} s (${(ENROLLMENTS / enrollSeconds).toFixed(1)}/s); ` +
    `${((opening.at - Date.now()) / 1000).toFixed(0)} s before the window opens`,
);
if (stormGateway.arrivals.length > 0) throw new Error('a message left before the window opened');
// --- 3. the baseline: a plain workflow waking at one instant ------------------------------
// Run while the storm waits for its opening when there is time enough (twice its estimate), else
// after the storm.
async function runBaseline(): Promise<{ baselineSeconds: number; baselineTimings: string[][] }> {
  // It performs what a journey enrollment performs once its window opens (checked below).
  const baselineGateway = await startCountingGateway();
  const baselineBundle = await bundleWorkflowCode({
    workflowsPath: new URL('./workflows/storm-baseline.ts', import.meta.url).pathname,
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
  });
  const baselineWorker = await Worker.create({
    connection: native,
    taskQueue: 'bench-storm-baseline',
    workflowBundle: baselineBundle,
    dataConverter: journeyDataConverter(keyring),
    maxCachedWorkflows: CACHE,
    activities: {
      async deliver(idempotencyKey: string) {
        const response = await fetch(baselineGateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
          body: JSON.stringify({
            idempotencyKey,
            channel: 'sms',
            to: '+84900000000',
            body: 'Good morning',
          }),
        });
        if (!response.ok) throw new Error(`gateway answered ${response.status}`);
        await response.text();
      },
      noop: async () => {},
    },
  });
  const baselineRunning = baselineWorker.run();
  const wakeAt = Math.ceil((Date.now() + baselineLeadS * 1000) / 1000) * 1000;
  const baselineIds = Array.from({ length: ENROLLMENTS }, (_, i) => `storm-baseline-${i}`);
  await inLanes(baselineIds, (workflowId) =>
    client.workflow.start('stormBaselineWorkflow', {
      taskQueue: 'bench-storm-baseline',
      workflowId,
      args: [{ wakeAt, activities: BASELINE_ACTIVITIES }],
    }),
  );
  if (Date.now() >= wakeAt) throw new Error('the baseline started too slowly');
  await until(
    'every baseline message at the gateway',
    () => baselineGateway.counts.size >= ENROLLMENTS,
    wakeAt + 3_600_000,
  );
  const baselineSeconds = (Math.max(...baselineGateway.arrivals.map((a) => a.at)) - wakeAt) / 1000;
  await inLanes(baselineIds, (id) => client.workflow.getHandle(id).result());
  console.log(
    `  [${elapsed()}] the baseline: all sent ${baselineSeconds.toFixed(1)} s after its instant`,
  );
  const baselineTimings = await timingsOf(baselineIds, baselineGateway);
  baselineWorker.shutdown();
  await baselineRunning;
  await baselineGateway.close();
  return { baselineSeconds, baselineTimings };
}

// Time to start the baseline's workflows: a start is less work than an enrollment (no records, no
// loadEnrollment), so half the storm's enrollment rate is ample, and 0.1 s each was ample under load.
const baselineLeadS = 30 + ENROLLMENTS * Math.min(0.1, 1 / (2 * (ENROLLMENTS / enrollSeconds)));
const baselineEstimateS = baselineLeadS + ENROLLMENTS / (ENROLLMENTS / enrollSeconds) + 60;
const baselineFirst = opening.at - Date.now() > 2 * baselineEstimateS * 1000;
if (baselineFirst) console.log(`  [${elapsed()}] the baseline runs now, while the storm waits`);
let baseline = baselineFirst ? await runBaseline() : null;
if (stormGateway.arrivals.length > 0) throw new Error('a message left before the window opened');
// --- 2. the storm wakes ---------------------------------------------------------------------
await until(
  'the window to open',
  () => Date.now() >= opening.at,
  opening.at + 1000,
  () => `the window opens in ${((opening.at - Date.now()) / 1000).toFixed(0)} s`,
);
await until(
  'every storm message at the gateway',
  () => stormGateway.counts.size >= ENROLLMENTS,
  opening.at + 3_600_000,
  () =>
    `${stormGateway.counts.size.toLocaleString('en-US')} of ${ENROLLMENTS.toLocaleString('en-US')} at the gateway`,
);
// Late repeats (a retry after a timeout) would come within moments: give them a chance to show.
await sleepMs(3000);
const stormSeconds = (Math.max(...stormGateway.arrivals.map((a) => a.at)) - opening.at) / 1000;
console.log(`  [${elapsed()}] the storm: all sent ${stormSeconds.toFixed(1)} s after the opening`);

/** Where the time went after the wake, from `SAMPLE` histories spread over `workflowIds`. */
async function timingsOf(workflowIds: readonly string[], gateway: CountingGateway) {
  const step = Math.max(1, workflowIds.length / SAMPLE);
  const sample: string[] = [];
  for (let i = 0; i < workflowIds.length; i += step) sample.push(workflowIds[Math.floor(i)]!);
  const firstArrival = new Map<string, number>();
  for (const a of gateway.arrivals) {
    const id = a.idempotencyKey.split(':')[0]!;
    if (!firstArrival.has(id)) firstArrival.set(id, a.at);
  }
  const all: WakeTimings[] = [];
  await inLanes(
    sample,
    async (workflowId) => {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const { parts, started } = wakeTimings(history.events ?? []);
      const sendType = started.has('sendMessage') ? 'sendMessage' : 'deliver';
      const arrived = firstArrival.get(workflowId.replace(/^enr-/, ''));
      const sendStarted = started.get(sendType);
      const sendRun = parts.get(`${sendType}: run`);
      if (arrived !== undefined && sendStarted !== undefined && sendRun !== undefined) {
        // The gateway's clock is this process's; the server's is the same machine's.
        parts.set(`${sendType}: started → at the gateway`, arrived - sendStarted);
        parts.set(`${sendType}: at the gateway → done`, sendStarted + sendRun - arrived);
      }
      all.push(parts);
    },
    8,
  );
  return summarizeTimings(all);
}
const stormTimings = await timingsOf(
  ids.map((id) => `enr-${id}`),
  stormGateway,
);

// Checks: once each, at or after the opening, inside the window in the borrower's own zone.
const ledger = await db
  .select({
    at: contactLedger.attemptedAt,
    zone: borrowers.timezone,
    key: contactLedger.idempotencyKey,
  })
  .from(contactLedger)
  .innerJoin(borrowers, eq(borrowers.id, contactLedger.borrowerId))
  .where(and(eq(borrowers.segment, 'storm'), eq(contactLedger.outcome, 'sent')));
const zoneOfKey = new Map<string, string>();
const zoneRows = await db
  .select({ id: enrollments.id, zone: borrowers.timezone })
  .from(enrollments)
  .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
  .where(eq(borrowers.segment, 'storm'));
const zoneOfEnrollment = new Map(zoneRows.map((r) => [r.id, r.zone]));
for (const arrival of stormGateway.arrivals) {
  zoneOfKey.set(
    arrival.idempotencyKey,
    zoneOfEnrollment.get(arrival.idempotencyKey.split(':')[0]!) ?? '?',
  );
}
const opens = secondsOf(OPENS);
const closes = secondsOf(CLOSES);
const inWindow = (at: number, zone: string) => {
  const local = localSecondOfDay(at, zone);
  return at >= opening.at && local >= opens && local < closes;
};
const repeated = [...stormGateway.counts.values()].filter((n) => n > 1).length;
const outsideAtGateway = stormGateway.arrivals.filter(
  (a) => !inWindow(a.at, zoneOfKey.get(a.idempotencyKey)!),
).length;
const outsideInLedger = ledger.filter(
  (row) => !inWindow(new Date(row.at).getTime(), row.zone),
).length;
const ledgerKeys = new Set(ledger.map((row) => row.key));

baseline ??= await runBaseline();
const { baselineSeconds, baselineTimings } = baseline;
// What a storm enrollment ran after its window opened: as many activities as the baseline ran.
const probe = await client.workflow.getHandle(`enr-${ids[0]!}`).fetchHistory();
const events = probe.events ?? [];
const fired = events.findIndex((e) => e.timerFiredEventAttributes);
const afterWake = activityCount(events.slice(fired));
const activitiesAfterWake = afterWake.scheduled + afterWake.local;

console.log(
  `\n1. the storm: ${ENROLLMENTS.toLocaleString('en-US')} wake at one instant, one SMS each (${activitiesAfterWake} activities after the wake)`,
);
printTable(
  ['case', 'all sent after', 'sends/s'],
  [
    [
      'journey workflow, window opens at ' + OPENS + ' local',
      `${stormSeconds.toFixed(1)} s`,
      formatRate(ENROLLMENTS / stormSeconds),
    ],
    [
      'baseline workflow, sleeps until the instant',
      `${baselineSeconds.toFixed(1)} s`,
      formatRate(ENROLLMENTS / baselineSeconds),
    ],
  ],
);
const ratio = baselineSeconds / stormSeconds;
console.log(
  `ratio ${formatRatio(baselineSeconds, stormSeconds)}  ${ratio >= 0.7 ? 'PASS' : 'MISS'} (target ≥ 0.70)`,
);
const timingHeader = ['after the wake (per workflow)', 'mean', 'median', 'p95', 'max'];
console.log(`where the storm's time went (${Math.min(SAMPLE, ENROLLMENTS)} histories):`);
printTable(timingHeader, stormTimings);
console.log(`where the baseline's time went:`);
printTable(timingHeader, baselineTimings);
const stormOk =
  stormGateway.arrivals.length === ENROLLMENTS &&
  repeated === 0 &&
  outsideAtGateway === 0 &&
  outsideInLedger === 0 &&
  ledger.length === ENROLLMENTS &&
  ledgerKeys.size === ENROLLMENTS &&
  activitiesAfterWake === BASELINE_ACTIVITIES;
console.log(
  `checks: ${stormGateway.arrivals.length} requests for ${stormGateway.counts.size} messages (${repeated} repeated); ` +
    `${ledger.length} sends in the ledger (${ledgerKeys.size} keys); outside ${OPENS}–${CLOSES} local or before the opening: ` +
    `${outsideAtGateway} at the gateway, ${outsideInLedger} in the ledger  ${stormOk ? 'PASS' : 'FAIL'}`,
);

storm.worker.shutdown();
await storm.running;

// --- 4. the send-rate limit ----------------------------------------------------------------
// All the sends are due at once: enrolled with no worker running, then the worker starts.
await publish(stormJourney('now', null));
const limitedGateway = await startCountingGateway();
const limitedQueue = 'bench-storm-limited';
const limitedIds = await enrolled('now', 'limited', ['Etc/UTC'], THROTTLED);
await temporalJourneyDriver({ client, db, logger, taskQueue: limitedQueue }).start(limitedIds);
const limited = await journeyWorkerOn(limitedQueue, limitedGateway, { sms: LIMIT });
await until(
  'every rate-limited message at the gateway',
  () => limitedGateway.counts.size >= THROTTLED,
  Date.now() + 3_600_000,
);
await inLanes(limitedIds, (id) => client.workflow.getHandle(`enr-${id}`).result());
const times = limitedGateway.arrivals.map((a) => a.at).sort((a, b) => a - b);
const span = (times.at(-1)! - times[0]!) / 1000;
// The queue lets up to a second's worth through at once, then LIMIT a second.
const steadyRate = (times.length - LIMIT) / span;
let busiestSecond = 0;
for (let i = 0, j = 0; i < times.length; i++) {
  while (times[i]! - times[j]! >= 1000) j++;
  busiestSecond = Math.max(busiestSecond, i - j + 1);
}
let busiestFive = 0;
for (let i = 0, j = 0; i < times.length; i++) {
  while (times[i]! - times[j]! >= 5000) j++;
  busiestFive = Math.max(busiestFive, i - j + 1);
}
const limitedRepeats = [...limitedGateway.counts.values()].filter((n) => n > 1).length;
console.log(`\n2. a send-rate limit of ${LIMIT}/s on sms, ${THROTTLED} sends due at once`);
printTable(
  ['measure', 'value'],
  [
    ['first to last at the gateway', `${span.toFixed(1)} s`],
    ['rate after the first second’s burst', `${steadyRate.toFixed(1)}/s`],
    ['most in any one second', String(busiestSecond)],
    ['most in any five seconds, a second', (busiestFive / 5).toFixed(1)],
    [
      'messages at the gateway / requests / repeated',
      `${limitedGateway.counts.size} / ${limitedGateway.arrivals.length} / ${limitedRepeats}`,
    ],
  ],
);
const limitOk =
  steadyRate <= LIMIT * 1.1 &&
  limitedGateway.counts.size === THROTTLED &&
  limitedGateway.arrivals.length === THROTTLED;
console.log(`${limitOk ? 'PASS' : 'FAIL'} (rate ≤ ${LIMIT}/s + 10 %, each message exactly once)`);

limited.worker.shutdown();
await limited.running;
await Promise.all([stormGateway.close(), limitedGateway.close()]);
await native.close();
await connection.close();
await server.stop();
await postgresDb.drop();
if (!stormOk || !limitOk) process.exitCode = 1;
