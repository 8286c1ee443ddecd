// The whole runtime for a test: a real database, the HTTP API with the Temporal journey driver,
// and a worker on a task queue of its own (test files run in parallel against one dev server).
import { randomUUID } from 'node:crypto';
import { Connection, type Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection } from '@temporalio/worker';
import pino from 'pino';
import { inject } from 'vitest';
import type { CustomActivity, LinkMaker } from '../activities/index';
import type { SendRateLimits } from '../channels/channel-config';
import type { ChannelProviders } from '../channels/provider';
import type { OpenDatabase } from '../db/client';
import { openTestDatabase, type TestDriver } from '../db/test-databases';
import { apiRoutes } from '../http/routes/index';
import type { AppDeps } from '../http/app';
import { openTestApi, type TestApi } from '../http/testing';
import type { JourneyDriver } from '../journey-driver';
import { keyringOf, type PayloadKeyring } from '../temporal/payload-keys';
import { journeyClient, temporalJourneyDriver } from '../temporal-client';
import { routeTemporalLogs } from '../temporal/sdk-logs';
import { loadWorkflowBundle } from '../workflow-bundle';
import {
  createJourneyWorker,
  NativeConnection as Native,
  plainLinks,
  type JourneyWorker,
} from '../worker';
import { journeySearchAttributeKeys } from '../workflows/search-attributes';

export interface JourneyStack {
  api: TestApi;
  /** The keys the stack's client and workers encrypt payloads with. */
  payloadKeys: PayloadKeyring;
  /** `url` is set for Postgres (a worker process can connect to it). */
  database: OpenDatabase & { url?: string };
  client: Client;
  journeys: JourneyDriver;
  taskQueue: string;
  address: string;
  /** Starts a worker on the stack's task queue (one starts with the stack unless `worker: false`). */
  startWorker(): Promise<RunningWorker>;
  close(): Promise<void>;
}

/** What option callbacks get to build on. */
export interface StackParts {
  database: OpenDatabase;
  journeys: JourneyDriver;
}

export interface RunningWorker {
  worker: JourneyWorker;
  stop(): Promise<void>;
}

/** Temporal's own log lines only from errors up (TANDEM_TEST_LOG=debug shows more). */
export function quietTemporalLogs(): void {
  routeTemporalLogs(pino({ level: process.env.TANDEM_TEST_LOG ?? 'error' }));
}

/** The test run's payload keys (the global setup makes them), as every test client uses them. */
export function testPayloadKeys(): PayloadKeyring {
  const { keys, activeKeyId } = inject('payloadKeys');
  return keyringOf(keys, activeKeyId);
}

/**
 * A dev server of the test's own (for tuning it with dynamic config), with the journey search
 * attributes, from the CLI the global setup found.
 */
export async function startOwnTemporal(extraArgs: string[] = []): Promise<TestWorkflowEnvironment> {
  quietTemporalLogs();
  const cli = inject('temporalCli');
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: cli ? { type: 'existing-path', path: cli } : { type: 'cached-download' },
      searchAttributes: journeySearchAttributeKeys,
      extraArgs,
    },
  });
}

export async function openJourneyStack(
  options: {
    driver?: TestDriver;
    address?: string;
    worker?: boolean;
    customActivities?: Record<string, CustomActivity>;
    maxCachedWorkflows?: number;
    /** Links in messages (default: plain links to http://portal.test). */
    links?: LinkMaker;
    /** Channel providers for the worker (default: everything to the outbox). */
    channels?: ChannelProviders;
    /** Send rate limits per channel (TANDEM_CHANNELS `rateLimit`). */
    sendRateLimits?: SendRateLimits;
    /** Append opt-out notices (default false here: most tests compare exact bodies). */
    optOutNotices?: boolean;
    /** More app dependencies (reply handling…), made from the stack's parts. */
    appDeps?: (parts: StackParts) => Partial<AppDeps>;
    /** Routes outside /v1 (the portal), mounted on the stack's app. */
    mount?: (app: TestApi['app'], parts: StackParts) => void;
    /** Payload keys for the client and workers (default: the test run's). */
    payloadKeys?: PayloadKeyring;
  } = {},
): Promise<JourneyStack> {
  quietTemporalLogs();
  const address = options.address ?? inject('temporalAddress');
  const database = await openTestDatabase(options.driver ?? 'pglite');
  const payloadKeys = options.payloadKeys ?? testPayloadKeys();
  const connection = await Connection.connect({ address });
  const client = journeyClient({ connection, payloadKeys });
  const taskQueue = `test-${randomUUID()}`;
  const logger = pino({ level: 'silent' });
  const journeys = temporalJourneyDriver({ client, db: database.db, logger, taskQueue });
  const parts: StackParts = { database, journeys };
  const api = await openTestApi(apiRoutes, {
    database,
    deps: { journeys, now: () => new Date(), ...options.appDeps?.(parts) },
  });
  options.mount?.(api.app, parts);
  const bundle = await loadWorkflowBundle(inject('workflowBundlePath'));
  const workers: RunningWorker[] = [];
  const natives: NativeConnection[] = [];

  const startWorker = async (): Promise<RunningWorker> => {
    const native = await Native.connect({ address });
    natives.push(native);
    const worker = await createJourneyWorker({
      connection: native,
      db: database.db,
      payloadKeys,
      links: options.links ?? plainLinks('http://portal.test'),
      optOutNotices: options.optOutNotices ?? false,
      ...(options.channels ? { channels: options.channels } : {}),
      ...(options.sendRateLimits ? { sendRateLimits: options.sendRateLimits } : {}),
      taskQueue,
      workflowBundle: bundle,
      ...(options.customActivities ? { customActivities: options.customActivities } : {}),
      ...(options.maxCachedWorkflows === undefined
        ? {}
        : { maxCachedWorkflows: options.maxCachedWorkflows }),
    });
    const running = worker.run();
    const handle: RunningWorker = {
      worker,
      async stop() {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
      },
    };
    workers.push(handle);
    return handle;
  };
  if (options.worker !== false) await startWorker();

  return {
    api,
    payloadKeys,
    database,
    client,
    journeys,
    taskQueue,
    address,
    startWorker,
    async close() {
      for (const worker of workers) await worker.stop();
      for (const native of natives) await native.close();
      await connection.close();
      await api.close();
    },
  };
}
