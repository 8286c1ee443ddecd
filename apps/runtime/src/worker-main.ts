// A journey worker as its own process, for deployments on Postgres (PGlite is one process only):
//   DATABASE_URL=postgres://… TEMPORAL_ADDRESS=host:7233 tsx apps/runtime/src/worker-main.ts
// TANDEM_WORKFLOW_BUNDLE may name a bundle file built beforehand (tests share one).
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { createLogger } from './logger';
import { payloadKeyringFor } from './temporal/payload-keys';
import { routeTemporalLogs } from './temporal/sdk-logs';
import { loadWorkflowBundle } from './workflow-bundle';
import { createJourneyWorker, NativeConnection } from './worker';
import { providersFrom, sendRateLimitsFrom } from './channels/channel-config';
import { linkSecretFor } from './portal/link-secret';
import { signedLinks } from './portal/link-token';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  routeTemporalLogs(logger);
  if (!config.DATABASE_URL)
    throw new ConfigError(['DATABASE_URL: a worker process needs Postgres']);
  if (!config.TEMPORAL_ADDRESS) throw new ConfigError(['TEMPORAL_ADDRESS: which Temporal to poll']);
  // The API's keys (TANDEM_PAYLOAD_KEYS, or its data dir shared): a key of the worker's own would
  // encrypt what the API cannot read.
  const payloadKeys = await payloadKeyringFor(
    { keys: config.TANDEM_PAYLOAD_KEYS, activeKeyId: config.TANDEM_PAYLOAD_KEY_ID },
    config.dataDir,
    { create: false },
  );
  if (!payloadKeys) {
    throw new ConfigError([
      'TANDEM_PAYLOAD_KEYS: a worker process needs the keys the API encrypts payloads with',
    ]);
  }
  const database = await openDatabase({ url: config.DATABASE_URL });
  const connection = await NativeConnection.connect({
    address: config.TEMPORAL_ADDRESS,
    ...config.temporalConnection,
  });
  const bundleFile = config.TANDEM_WORKFLOW_BUNDLE;
  const worker = await createJourneyWorker({
    connection,
    db: database.db,
    payloadKeys,
    // Every process must sign with the API's secret: set TANDEM_LINK_SECRET (or share the data dir).
    links: signedLinks({
      secret: await linkSecretFor(config.TANDEM_LINK_SECRET, config.dataDir),
      publicUrl: config.TANDEM_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
      ttlMs: config.TANDEM_LINK_TTL_DAYS * 86_400_000,
    }),
    channels: providersFrom(config.TANDEM_CHANNELS ?? {}),
    sendRateLimits: sendRateLimitsFrom(config.TANDEM_CHANNELS ?? {}),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TANDEM_TASK_QUEUE,
    maxCachedWorkflows: config.TANDEM_WORKER_CACHE_SIZE,
    ...(bundleFile ? { workflowBundle: await loadWorkflowBundle(bundleFile) } : {}),
  });
  process.once('SIGTERM', () => worker.shutdown());
  process.once('SIGINT', () => worker.shutdown());
  logger.info({ taskQueue: config.TANDEM_TASK_QUEUE }, 'journey worker running');
  console.log('worker ready');
  await worker.run();
  await connection.close();
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
