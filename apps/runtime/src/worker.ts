// The Temporal worker: runs journey workflows from the prebuilt bundle and their activities
// against the database. `npm start` runs one in the API's process (PGlite allows one process);
// with Postgres, more workers run as separate processes (worker-main.ts).
import type { Links } from '@tandem/dsl';
import { NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { createActivities, type CustomActivity, type LinkMaker } from './activities/index';
import type { ChannelProviders } from './channels/provider';
import type { Database } from './db/client';
import { journeyDataConverter } from './temporal/data-converter';
import type { PayloadKeyring } from './temporal/payload-keys';
import { configuredCustomActivities } from './node-catalogue';
import { defaultTaskQueue } from './temporal-client';
import { buildWorkflowBundle } from './workflow-bundle';

export const defaultWorkflowCacheSize = 250;

export interface JourneyWorkerOptions {
  connection: NativeConnection;
  db: Database;
  links: LinkMaker;
  /** Encrypts every payload the worker writes, decrypts what it reads (docs/security.md). */
  payloadKeys: PayloadKeyring;
  /** Channel providers (webhook, smtp); channels without one go to the outbox. */
  channels?: ChannelProviders;
  /** Append the opt-out instruction to electronic messages (default true). */
  optOutNotices?: boolean;
  namespace?: string;
  taskQueue?: string;
  /** A prebuilt bundle (tests build one per run); built here when absent. */
  workflowBundle?: WorkflowBundle;
  customActivities?: Record<string, CustomActivity>;
  /**
   * Enrollments kept in memory between their tasks (default 250). Each costs about 2 MB, because
   * Temporal gives every workflow its own copy of the bundle's module state (the engine, the node
   * catalogue and their zod schemas); sleeping journeys beyond the cache are evicted and replayed
   * from history when they wake. See docs/benchmarks.md (durable).
   */
  maxCachedWorkflows?: number;
}

/**
 * A worker for the journey task queue. Call `run()` on it; `shutdown()` stops it cleanly.
 * @example const worker = await createJourneyWorker({ connection, db, links, payloadKeys }); await worker.run();
 */
export async function createJourneyWorker(options: JourneyWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? defaultTaskQueue,
    workflowBundle: options.workflowBundle ?? (await buildWorkflowBundle()),
    dataConverter: journeyDataConverter(options.payloadKeys),
    activities: createActivities({
      db: options.db,
      links: options.links,
      ...(options.channels ? { channels: options.channels } : {}),
      ...(options.optOutNotices === undefined ? {} : { optOutNotices: options.optOutNotices }),
      // The listed node packages' implementations unless the caller brings its own.
      customActivities: options.customActivities ?? configuredCustomActivities,
    }),
    maxCachedWorkflows: options.maxCachedWorkflows ?? defaultWorkflowCacheSize,
  });
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
