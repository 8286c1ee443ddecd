// Cluster mode end to end: a real Temporal server on Postgres (built from the Go module, not the
// dev server), the API as its own process and two journey worker processes, all supervised by
// startCluster as `npm run cluster` runs them. Messages go to a real HTTP SMS gateway. One cluster
// serves every case; each case ends with exactly one message per step, at the gateway and in the
// messages table. No Go, no cached server or no Postgres: the suite fails and says which.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, type Client } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import {
  compileJourneyOrThrow,
  persona,
  simulate,
  type EnrollmentFactsInput,
  type JourneyInput,
} from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/client';
import { messages } from '../db/schema';
import { runtimeCatalogue } from '../node-catalogue';
import { freePort } from '../temporal/dev-server';
import { journeyClient } from '../temporal-client';
import { actAs } from '../testing/borrower-actor';
import { compressDuration, compressJourney, compressPersona } from '../testing/compressed-time';
import { quietTemporalLogs } from '../testing/journey-stack';
import { remoteApi } from '../testing/api-caller';
import {
  enroll,
  enrollment,
  finished,
  publishJourney,
  putBorrower,
  waitUntil,
  type ScenarioApi,
} from '../testing/scenario';
import { startSmsGateway, type SmsGateway } from '../testing/sms-gateway';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import { startCluster, type Cluster } from './cluster';
import { temporalServerFiles } from './temporal-server-files';
import { freeTemporalPorts } from './free-temporal-ports';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS_PER_DAY = 2;
const gatewaySecret = 'cluster-gateway-secret-cluster';

const exampleJourney = (name: string): JourneyInput =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/${name}.journey.json`, import.meta.url), 'utf8'),
  ) as JourneyInput;

const remindWaitRemind = (id: string, waitFor: string): JourneyInput =>
  testJourney(id, 'first', [
    smsReminder('first', 'pause'),
    { id: 'pause', type: 'wait', config: { for: waitFor }, next: { done: 'second' } },
    smsReminder('second', 'done'),
    endNode(),
  ]);

describe('cluster mode: a Temporal server on Postgres, the API and two worker processes', () => {
  const name = `cluster_test_${randomBytes(4).toString('hex')}`;
  const databases = {
    app: name,
    temporal: `${name}_temporal`,
    visibility: `${name}_temporal_visibility`,
  };
  let stateDir: string;
  let gateway: SmsGateway;
  let cluster: Cluster;
  let database: OpenDatabase;
  let api: ScenarioApi;
  let connection: Connection;
  let client: Client;
  const events: string[] = [];

  /** Each of the enrollment's messages: its node and idempotency key, oldest first. */
  const sentBy = (enrollmentId: string) =>
    database.db
      .select({ nodeId: messages.nodeId, key: messages.idempotencyKey, status: messages.status })
      .from(messages)
      .where(eq(messages.enrollmentId, enrollmentId))
      .orderBy(asc(messages.createdAt));

  /** One message per step: the table's rows are the gateway's accepted messages, once each. */
  async function expectOneMessagePerStep(
    enrollmentId: string,
    steps: Array<string | null>,
  ): Promise<void> {
    const rows = await sentBy(enrollmentId);
    expect(rows.map((row) => row.nodeId)).toEqual(steps);
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    const taken = gateway.accepted
      .filter((message) => message.idempotencyKey.startsWith(`${enrollmentId}:`))
      .map((message) => message.idempotencyKey);
    expect(taken.sort()).toEqual(rows.map((row) => row.key).sort());
  }

  beforeAll(async () => {
    quietTemporalLogs();
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    await admin`select 1`.catch((error: unknown) => {
      throw new Error(
        `The cluster suite needs Postgres at ${adminUrl} (${String(error)}). ` +
          'Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
        { cause: error },
      );
    });
    await admin.end();
    const files = temporalServerFiles();
    stateDir = mkdtempSync(join(tmpdir(), 'tandem-cluster-'));
    gateway = await startSmsGateway();
    cluster = await startCluster({
      files,
      stateDir,
      postgresUrl: adminUrl,
      databases,
      temporalPorts: await freeTemporalPorts(),
      historyShards: 4,
      namespace: 'default',
      taskQueue: 'tandem-journeys',
      host: '127.0.0.1',
      apiPort: await freePort(),
      workers: 2,
      workflowBundlePath: inject('workflowBundlePath'),
      env: {
        LOG_LEVEL: 'warn',
        TANDEM_CHANNELS: JSON.stringify({
          sms: { provider: 'webhook', url: gateway.url, secret: gatewaySecret },
        }),
      },
      onEvent: (part, event) => events.push(`${part} ${event}`),
    });
    database = await openDatabase({ url: cluster.appDatabaseUrl });
    api = await remoteApi(cluster.apiUrl, database.db);
    connection = await Connection.connect({ address: cluster.temporalAddress });
    client = journeyClient({ connection, namespace: 'default', payloadKeys: cluster.payloadKeys });
    await publishJourney(
      api,
      compressJourney(exampleJourney('first-time-borrower'), SECONDS_PER_DAY),
    );
    await publishJourney(api, remindWaitRemind('kill-mid-send', 'PT0.5S'));
    await publishJourney(api, remindWaitRemind('restart-mid-wait', 'PT8S'));
  }, 600_000);

  afterAll(async () => {
    await connection?.close();
    await database?.close();
    await cluster?.stop();
    await gateway?.close();
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    for (const db of Object.values(databases)) {
      await admin.unsafe(`drop database if exists ${db} with (force)`);
    }
    await admin.end();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  }, 120_000);

  it('runs an example journey for three borrowers as the simulator predicts, on both workers', async () => {
    const personas = ['silent', 'paysAfterFirstReminder', 'acceptsPlan'];
    const journey = compressJourney(exampleJourney('first-time-borrower'), SECONDS_PER_DAY);
    const agentDelay = compressDuration('PT4H', SECONDS_PER_DAY);
    const agentChoice = (outcomes: string[]) =>
      outcomes.includes('resume') ? 'resume' : (outcomes[0] ?? null);
    const runs = await Promise.all(
      personas.map(async (personaName) => {
        const borrower = await putBorrower(api, {
          account: { daysPastDue: personaName === 'silent' ? 35 : 12 },
        });
        const body = borrower.body as {
          firstName: string;
          locale: string;
          timezone: string;
          country: string;
          accounts: Array<EnrollmentFactsInput['account']>;
        };
        const facts: EnrollmentFactsInput = {
          borrower: {
            id: borrower.externalId,
            firstName: body.firstName,
            locale: body.locale,
            timezone: body.timezone,
            country: body.country,
            attributes: {},
          },
          account: { ...body.accounts[0]!, id: borrower.accountId },
        };
        const actor = compressPersona(persona(personaName)!, SECONDS_PER_DAY);
        const started = await enroll(api, journey.id, borrower);
        const play = actAs(
          { api, database },
          {
            borrower,
            enrollmentId: started.id,
            // A persona of its own: `once` reactions remember that they fired.
            persona: compressPersona(persona(personaName)!, SECONDS_PER_DAY),
            facts,
            agentDelay,
            chooseOutcome: agentChoice,
          },
        );
        const done = await finished(api, started.id, 100_000).finally(() => play.stop());
        const predicted = simulate({
          journey: compileJourneyOrThrow(journey, runtimeCatalogue),
          facts,
          persona: actor,
          start: started.createdAt,
          days: 60,
          enrollmentId: started.id,
          agent: { resolveAfter: agentDelay, outcome: agentChoice },
        });
        return { personaName, reported: play.reported, started, done, predicted };
      }),
    );
    const identities = new Set<string>();
    for (const { personaName, reported, started, done, predicted } of runs) {
      const sent = (await sentBy(started.id)).map((row) => row.nodeId);
      expect(
        done.outcome,
        `${personaName}: sent ${sent.join(', ')}; reported ${reported.join(', ')}`,
      ).toBe(predicted.outcome);
      const steps = predicted.timeline.filter((e) => e.kind === 'sent').map((e) => e.nodeId);
      expect(steps.length).toBeGreaterThan(0);
      await expectOneMessagePerStep(started.id, steps);
      const history = await client.workflow.getHandle(started.workflowId).fetchHistory();
      for (const event of history.events ?? []) {
        const identity =
          event.workflowTaskStartedEventAttributes?.identity ??
          event.activityTaskStartedEventAttributes?.identity;
        if (identity) identities.add(identity.split('@')[0]!);
      }
    }
    // Both worker processes took part (activities go to whichever polls first).
    const pids = cluster.workers.map((worker) => String(worker.pid()));
    expect([...identities].sort()).toEqual(pids.sort());
  }, 150_000);

  it('a worker SIGKILLed mid-send is restarted, and the send is retried and taken exactly once', async () => {
    const borrower = await putBorrower(api);
    const started = await enroll(api, 'kill-mid-send', borrower);
    const hold = gateway.holdNext((request) => request.idempotencyKey.startsWith(`${started.id}:`));
    await hold.arrived;
    const handle = client.workflow.getHandle(started.workflowId);
    const pending = await waitUntil(
      async () => (await handle.describe()).raw.pendingActivities ?? [],
      (list) => list.some((a) => a.activityType?.name === 'sendMessage' && a.lastWorkerIdentity),
      { what: 'the send to be in flight' },
    );
    const sender = pending.find((a) => a.activityType?.name === 'sendMessage')!;
    const pid = Number(sender.lastWorkerIdentity!.split('@')[0]);
    const victim = cluster.workers.find((worker) => worker.pid() === pid);
    expect(
      victim,
      `the sending worker ${sender.lastWorkerIdentity} is one of the cluster's`,
    ).toBeDefined();
    const restartsBefore = victim!.restarts();
    process.kill(pid, 'SIGKILL');
    hold.release();
    // The supervisor starts a new worker in its place.
    await waitUntil(
      () => Promise.resolve(victim!.pid()),
      (next) => next !== undefined && next !== pid,
      { what: 'the supervisor to restart the killed worker' },
    );
    await victim!.ready();
    expect(victim!.restarts()).toBe(restartsBefore + 1);
    expect(events.some((e) => e.startsWith(`${victim!.name} exited (SIGKILL); restarting`))).toBe(
      true,
    );
    // The dead worker's attempt times out (30 s) and is retried on a live one.
    const done = await finished(api, started.id, 100_000);
    expect(done.outcome).toBe('done');
    await expectOneMessagePerStep(started.id, ['first', 'second']);
    const firstKey = (await sentBy(started.id))[0]!.key;
    expect(gateway.requests.filter((r) => r.idempotencyKey === firstKey).length).toBeGreaterThan(1);
  }, 150_000);

  it('the Temporal server restarted mid-wait: the journey resumes and ends, one message per step', async () => {
    const borrower = await putBorrower(api);
    const started = await enroll(api, 'restart-mid-wait', borrower);
    await waitUntil(
      () => enrollment(api, started.id),
      (e) => e.currentNode === 'pause',
      { what: 'the wait' },
    );
    const before = cluster.temporal.pid();
    await cluster.temporal.restart();
    expect(cluster.temporal.pid()).not.toBe(before);
    const done = await finished(api, started.id, 100_000);
    expect(done.outcome).toBe('done');
    await expectOneMessagePerStep(started.id, ['first', 'second']);
  }, 150_000);
});
