// `npm start` runs this: the HTTP API, a Temporal dev server (unless TEMPORAL_ADDRESS names a
// cluster) and a journey worker in this process, on PGlite under .data/ (or Postgres with
// DATABASE_URL).
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { ensureAdminKey } from './http/api-keys';
import { createApp } from './http/app';
import { apiRoutes } from './http/routes/index';
import { createLogger } from './logger';
import { routeTemporalLogs } from './temporal/sdk-logs';
import { startLocalTemporal, type LocalTemporal } from './temporal/local-temporal';
import { temporalJourneyDriver } from './temporal-client';
import { createJourneyWorker, NativeConnection } from './worker';
import { providersFrom } from './channels/channel-config';
import { replyHandler } from './channels/reply-handler';
import { linkSecretFor } from './portal/link-secret';
import { signedLinks } from './portal/link-token';
import { portalRoutes } from './portal/portal-routes';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : {}),
    dataDir: config.dataDir,
  });
  logger.info({ driver: database.driver }, 'database ready');
  routeTemporalLogs(logger);
  const adminKey = await ensureAdminKey(database.db);

  let devServer: LocalTemporal | undefined;
  let address = config.TEMPORAL_ADDRESS;
  if (!address) {
    devServer = await startLocalTemporal({
      cli: config.TANDEM_TEMPORAL_CLI,
      dbFile: join(config.dataDir, 'temporal.sqlite'),
      port: config.TANDEM_TEMPORAL_PORT,
      uiPort: config.TANDEM_TEMPORAL_PORT + 1000,
      log: (line) => logger.info({ temporal: line }, 'temporal dev server'),
    });
    address = devServer.address;
  }
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const journeys = temporalJourneyDriver({
    client,
    db: database.db,
    logger,
    taskQueue: config.TANDEM_TASK_QUEUE,
  });
  const publicUrl = config.TANDEM_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  // Channels, signed portal links and STOP/HELP answers (docs/channels.md, docs/portal.md).
  const channels = providersFrom(config.TANDEM_CHANNELS ?? {});
  const linkSecret = await linkSecretFor(config.TANDEM_LINK_SECRET, config.dataDir);
  const links = signedLinks({
    secret: linkSecret,
    publicUrl,
    ttlMs: config.TANDEM_LINK_TTL_DAYS * 86_400_000,
  });
  const sender = {
    name: config.TANDEM_SENDER_NAME,
    ...(config.TANDEM_SENDER_CONTACT ? { contact: config.TANDEM_SENDER_CONTACT } : {}),
  };

  let stopWorker = async () => {};
  if (config.TANDEM_WORKER === 'in-process') {
    const native = await NativeConnection.connect({ address });
    const worker = await createJourneyWorker({
      connection: native,
      db: database.db,
      links,
      channels,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TANDEM_TASK_QUEUE,
      maxCachedWorkflows: config.TANDEM_WORKER_CACHE_SIZE,
    });
    const running = worker.run();
    running.catch((error: unknown) => logger.fatal({ err: error }, 'the journey worker stopped'));
    stopWorker = async () => {
      worker.shutdown();
      await running.catch(() => {});
      await native.close();
    };
  }

  const app = createApp(
    {
      db: database.db,
      logger,
      journeys,
      bodyLimitBytes: config.TANDEM_BODY_LIMIT_BYTES,
      importBodyLimitBytes: config.TANDEM_IMPORT_LIMIT_BYTES,
      ...(config.TANDEM_WEBHOOK_SECRET ? { webhookSecret: config.TANDEM_WEBHOOK_SECRET } : {}),
      replies: replyHandler({ db: database.db, providers: channels, sender, logger }),
    },
    apiRoutes,
  );
  app.route(
    '/',
    portalRoutes({
      db: database.db,
      journeys,
      logger,
      linkSecret,
      trustProxy: config.TANDEM_TRUST_PROXY,
      ...(config.TANDEM_PUBLIC_URL ? { origin: new URL(config.TANDEM_PUBLIC_URL).origin } : {}),
    }),
  );
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const base = `http://${config.HOST}:${info.port}`;
    console.log(`\nTandem API      ${base}   (docs ${base}/docs, spec ${base}/openapi.json)`);
    console.log(
      `Database        ${database.driver === 'pglite' ? `PGlite in ${config.dataDir}/pglite` : 'Postgres (DATABASE_URL)'}`,
    );
    console.log(
      `Temporal        ${address}${devServer?.uiUrl ? `   (Web UI ${devServer.uiUrl})` : ''}` +
        `   worker: ${config.TANDEM_WORKER}, task queue ${config.TANDEM_TASK_QUEUE}`,
    );
    if (adminKey) console.log(`Admin API key   ${adminKey}   (shown once: keep it)`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal (Ctrl-C reaches every process of the group, a supervisor may repeat
    // itself) must not cut the clean shutdown short.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void (async () => {
        await stopWorker();
        for (const provider of Object.values(channels)) await provider.close?.();
        await connection.close();
        await devServer?.stop();
        await database.close();
        process.exit(0);
      })();
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
