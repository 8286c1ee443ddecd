// The Temporal worker: runs journey workflows from the prebuilt bundle and their activities
// against the database. `npm start` runs one in the API's process (PGlite allows one process);
// with Postgres, more workers run as separate processes (worker-main.ts).
import { channels as allChannels, type Links } from '@tandem/dsl';
import { NativeConnection, Worker, type State, type WorkflowBundle } from '@temporalio/worker';
import { createActivities, type CustomActivity, type LinkMaker } from './activities/index';
import type { SendRateLimits } from './channels/channel-config';
import type { ChannelProviders } from './channels/provider';
import type { Database } from './db/client';
import { journeyDataConverter } from './temporal/data-converter';
import type { PayloadKeyring } from './temporal/payload-keys';
import { configuredCustomActivities } from './node-catalogue';
import { defaultTaskQueue } from './temporal-client';
import { buildWorkflowBundle } from './workflow-bundle';
import { sendTaskQueue } from './workflows/send-queues';

export const defaultWorkflowCacheSize = 250;

export interface JourneyWorkerOptions {
  connection: NativeConnection;
  db: Database;
  links: LinkMaker;
  /** Encrypts every payload the worker writes, decrypts what it reads (docs/security.md). */
  payloadKeys: PayloadKeyring;
  /** Channel providers (webhook, smtp); channels without one go to the outbox. */
  channels?: ChannelProviders;
  /**
   * Messages a second per channel, across every worker (TANDEM_CHANNELS `rateLimit`): set on the
   * channel's send queue as `maxTaskQueueActivitiesPerSecond`. Every worker of a deployment must
   * be given the same limits (the server keeps the last one a poller sent).
   */
  sendRateLimits?: SendRateLimits;
  /** Append the opt-out instruction to electronic messages (default true). */
  optOutNotices?: boolean;
  namespace?: string;
  taskQueue?: string;
  /** A prebuilt bundle (tests build one per run); built here when absent. */
  workflowBundle?: WorkflowBundle;
  customActivities?: Record<string, CustomActivity>;
  /**
   * Enrollments kept in memory between their tasks (default 250). Each holds its own workflow
   * state and its own copy of the workflow module (the engine and the node catalogue are shared,
   * `sharedWorkflowModules`); sleeping journeys beyond the cache are evicted and replayed from
   * history when they wake. What each costs: docs/benchmarks.md (durable).
   */
  maxCachedWorkflows?: number;
}

/**
 * The workers of one journey task queue: one runs the workflows and their bookkeeping, and one per
 * channel runs that channel's sends from its own queue, where Temporal applies the channel's rate
 * limit. Run and stopped together.
 */
export interface JourneyWorker {
  /** Runs until `shutdown()` (or a fatal error, which stops the others too). */
  run(): Promise<void>;
  shutdown(): void;
  /** The state of the workflow worker. */
  getState(): State;
}

/**
 * A worker for the journey task queue. Call `run()` on it; `shutdown()` stops it cleanly.
 * @example const worker = await createJourneyWorker({ connection, db, links, payloadKeys }); await worker.run();
 */
export async function createJourneyWorker(options: JourneyWorkerOptions): Promise<JourneyWorker> {
  const namespace = options.namespace ?? 'default';
  const taskQueue = options.taskQueue ?? defaultTaskQueue;
  const dataConverter = journeyDataConverter(options.payloadKeys);
  const activities = createActivities({
    db: options.db,
    links: options.links,
    ...(options.channels ? { channels: options.channels } : {}),
    ...(options.optOutNotices === undefined ? {} : { optOutNotices: options.optOutNotices }),
    // The listed node packages' implementations unless the caller brings its own.
    customActivities: options.customActivities ?? configuredCustomActivities,
  });
  const journeys = await Worker.create({
    connection: options.connection,
    namespace,
    taskQueue,
    workflowBundle: options.workflowBundle ?? (await buildWorkflowBundle()),
    dataConverter,
    activities,
    maxCachedWorkflows: options.maxCachedWorkflows ?? defaultWorkflowCacheSize,
  });
  const sends = await Promise.all(
    allChannels.map((channel) => {
      const limit = options.sendRateLimits?.[channel];
      return Worker.create({
        connection: options.connection,
        namespace,
        taskQueue: sendTaskQueue(taskQueue, channel),
        dataConverter,
        activities,
        // Few pollers: most channels are idle, and a poll is a held connection on the server.
        maxConcurrentActivityTaskPolls: 2,
        ...(limit === undefined ? {} : { maxTaskQueueActivitiesPerSecond: limit }),
      });
    }),
  );
  return workerGroup(journeys, sends);
}

function workerGroup(main: Worker, others: Worker[]): JourneyWorker {
  const all = [main, ...others];
  const shutdown = () => {
    // The SDK shuts its workers down itself on SIGINT/SIGTERM: only those still running.
    for (const worker of all) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  return {
    async run() {
      const runs = all.map((worker) => worker.run());
      try {
        await Promise.all(runs);
      } catch (error) {
        shutdown();
        await Promise.allSettled(runs);
        throw error;
      }
    },
    shutdown,
    getState: () => main.getState(),
  };
}

/** Until the portal issue signs them, links point at the runtime's enrollment pages. */
export function plainLinks(publicUrl: string): (enrollmentId: string) => Links {
  return (enrollmentId) => {
    const base = `${publicUrl.replace(/\/$/, '')}/portal/${enrollmentId}`;
    return {
      portal: base,
      pay: `${base}/pay`,
      promise: `${base}/promise`,
      plan: `${base}/plan`,
      lesson: `${base}/lesson`,
    };
  };
}

export { NativeConnection };
