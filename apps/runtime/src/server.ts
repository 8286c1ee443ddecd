// `npm start` runs this: the HTTP API, the borrower portal and the built web app on one port, a
// Temporal dev server (unless TEMPORAL_ADDRESS names a cluster) and a journey worker in this
// process, on PGlite under .data/ (or Postgres with DATABASE_URL).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Connection } from '@temporalio/client';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { ensureAdminKey } from './keys/key-actions';
import { createApp } from './http/app';
import { cookieSessionCaller } from './http/access/credentials';
import { codecPath, codecRoutes } from './http/codec/codec-routes';
import { apiRoutes } from './http/routes/index';
import { createLogger } from './logger';
import { routeTemporalLogs } from './temporal/sdk-logs';
import { startLocalTemporal, type LocalTemporal } from './temporal/local-temporal';
import { PayloadEncryptionCodec } from './temporal/encryption-codec';
import { payloadKeyringFor } from './temporal/payload-keys';
import { journeyClient, temporalJourneyDriver } from './temporal-client';
import { createJourneyWorker, NativeConnection } from './worker';
import { providersFrom, sendRateLimitsFrom } from './channels/channel-config';
import { replyHandler } from './channels/reply-handler';
import { linkSecretFor } from './portal/link-secret';
import { signedLinks } from './portal/link-token';
import { paymentSecretFor } from './portal/payment-handoff';
import { portalRoutes } from './portal/portal-routes';
import { ensurePrivateDir } from './secrets/secret-file';
import { readAssetManifest } from './web-app/asset-manifest';
import { breachWebhook } from './tasks/breach-webhook';
import { startTaskSweeper } from './tasks/task-sweeper';
import { startDailyAudienceEvaluation } from './audiences/daily-evaluation';
import { sealPlaintextWebhookSecrets } from './webhooks/seal-plaintext-webhook-secrets';
import { startWebhookDispatcher } from './webhooks/webhook-dispatcher';
import { startEventRelay } from './event-relay/event-relay';
import { webAppBase, webAppRoutes } from './web-app/web-app-routes';

/** The web app as `npm start` builds it (scripts/web-app-build.mjs). */
const defaultWebAppDir = join(import.meta.dirname, '..', '..', 'editor', 'dist');

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // The database files and the kept secrets: readable by this user only.
  await ensurePrivateDir(config.dataDir);
  const database = await openDatabase({
    ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : {}),
    dataDir: config.dataDir,
    poolSize: config.TANDEM_DB_POOL_SIZE,
  });
  logger.info({ driver: database.driver }, 'database ready');
  routeTemporalLogs(logger);
  const adminKey = await ensureAdminKey(database.db);
  // Every payload Temporal stores is encrypted with these (docs/security.md).
  const payloadKeys = await payloadKeyringFor(
    { keys: config.TANDEM_PAYLOAD_KEYS, activeKeyId: config.TANDEM_PAYLOAD_KEY_ID },
    config.dataDir,
    { create: true },
  );
  if (!config.TANDEM_PAYLOAD_KEYS && config.TEMPORAL_ADDRESS) {
    // A cluster outlives this data dir, and other processes need the same key.
    logger.warn(
      { activeKeyId: payloadKeys.activeKeyId },
      'payload key kept in the data dir: set TANDEM_PAYLOAD_KEYS on every process (docs/security.md)',
    );
  }
  const codecUrl = `http://${config.HOST}:${config.PORT}${codecPath}`;

  let devServer: LocalTemporal | undefined;
  let address = config.TEMPORAL_ADDRESS;
  if (!address) {
    devServer = await startLocalTemporal({
      cli: config.TANDEM_TEMPORAL_CLI,
      dbFile: join(config.dataDir, 'temporal.sqlite'),
      port: config.TANDEM_TEMPORAL_PORT,
      uiPort: config.TANDEM_TEMPORAL_PORT + 1000,
      uiCodecEndpoint: codecUrl,
      log: (line) => logger.info({ temporal: line }, 'temporal dev server'),
    });
    address = devServer.address;
  }
  const connection = await Connection.connect({ address, ...config.temporalConnection });
  const client = journeyClient({ connection, namespace: config.TEMPORAL_NAMESPACE, payloadKeys });
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
    const native = await NativeConnection.connect({ address, ...config.temporalConnection });
    const worker = await createJourneyWorker({
      connection: native,
      db: database.db,
      links,
      payloadKeys,
      channels,
      sendRateLimits: sendRateLimitsFrom(config.TANDEM_CHANNELS ?? {}),
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TANDEM_TASK_QUEUE,
      maxCachedWorkflows: config.TANDEM_WORKER_CACHE_SIZE,
    });
    const running = worker.run();
    running.catch((error: unknown) => logger.fatal({ err: error }, 'the journey worker stopped'));
    stopWorker = async () => {
      // The SDK stops its workers itself on SIGINT/SIGTERM, so by now it may be draining
      // already; a second shutdown() would throw and cut the rest of the shutdown short.
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => {});
      await native.close();
    };
  }

  const sessions = {
    idleMs: config.TANDEM_SESSION_IDLE_MINUTES * 60_000,
    maxMs: config.TANDEM_SESSION_MAX_DAYS * 86_400_000,
  };
  // Stored events reach their journeys through this outbox, also after a crash (event-relay/).
  const eventRelay = startEventRelay({
    db: database.db,
    journeys,
    onError: (error) => logger.error({ err: error }, 'signalling stored events failed'),
  });
  const app = createApp(
    {
      db: database.db,
      logger,
      journeys,
      eventRelay,
      bodyLimitBytes: config.TANDEM_BODY_LIMIT_BYTES,
      importBodyLimitBytes: config.TANDEM_IMPORT_LIMIT_BYTES,
      ...(config.TANDEM_WEBHOOK_SECRET ? { webhookSecret: config.TANDEM_WEBHOOK_SECRET } : {}),
      replies: replyHandler({ db: database.db, providers: channels, sender, logger }),
      ...(config.TANDEM_PUBLIC_URL ? { publicUrl: config.TANDEM_PUBLIC_URL } : {}),
      trustProxy: config.TANDEM_TRUST_PROXY,
      sessions,
      payloadKeys,
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
      paymentSecret: await paymentSecretFor(config.TANDEM_PAYMENT_SECRET, config.dataDir),
      publicUrl,
      trustProxy: config.TANDEM_TRUST_PROXY,
      ...(config.TANDEM_PUBLIC_URL ? { origin: new URL(config.TANDEM_PUBLIC_URL).origin } : {}),
    }),
  );
  // The Temporal Web UI decodes payloads through this (admins only, from the UI's origin).
  const uiOrigins = config.TANDEM_TEMPORAL_UI_ORIGIN ?? devUiOrigins(devServer?.uiUrl ?? null);
  app.route(
    '/',
    codecRoutes({
      db: database.db,
      codec: new PayloadEncryptionCodec(payloadKeys),
      logger,
      namespace: config.TEMPORAL_NAMESPACE,
      uiOrigins,
      bodyLimitBytes: config.TANDEM_BODY_LIMIT_BYTES,
      // An admin signed in to the web app on this origin decodes without typing the key again.
      sessionCaller: cookieSessionCaller(database.db, sessions),
    }),
  );
  // Idle claims back to the queue, SLA breaches recorded (and announced): docs/agents.md.
  const breachUrl = config.TANDEM_TASK_BREACH_WEBHOOK_URL;
  const stopSweeper = startTaskSweeper({
    db: database.db,
    everyMs: 30_000,
    claimIdleMs: config.TANDEM_TASK_CLAIM_IDLE_MINUTES * 60_000,
    ...(breachUrl && config.TANDEM_WEBHOOK_SECRET
      ? { onBreach: breachWebhook({ url: breachUrl, secret: config.TANDEM_WEBHOOK_SECRET }) }
      : {}),
    onError: (error) => logger.error({ err: error }, 'task sweep failed'),
  });
  // Days past due move with the calendar: live launches look at every account once a day.
  const stopAudiences = startDailyAudienceEvaluation(
    { db: database.db, journeys, now: () => new Date() },
    { logger },
  );
  // The webhook outbox, delivered to the lender's subscriptions (docs/webhooks.md).
  // Migration 0011's data step: secrets kept in plain text by earlier versions are sealed first.
  const sealed = await sealPlaintextWebhookSecrets(database.db, payloadKeys);
  if (sealed > 0) logger.info({ sealed }, 'webhook secrets sealed at rest');
  const stopWebhooks = startWebhookDispatcher({
    db: database.db,
    payloadKeys,
    everyMs: 2_000,
    onError: (error) => logger.error({ err: error }, 'webhook dispatch failed'),
  });
  const webAppDir = config.TANDEM_WEB_APP_DIR ?? defaultWebAppDir;
  const webAppBuilt = existsSync(join(webAppDir, 'index.html'));
  if (webAppBuilt) app.route('/', webAppRoutes(readAssetManifest(webAppDir)));
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const base = `http://${config.HOST}:${info.port}`;
    console.log(`\nTandem API      ${base}   (docs ${base}/docs, spec ${base}/openapi.json)`);
    console.log(
      webAppBuilt
        ? `Web app         ${base}${webAppBase}   (sign in with an API key)`
        : `Web app         not built (${webAppDir}): \`npm start\` builds it`,
    );
    console.log(
      `Database        ${database.driver === 'pglite' ? `PGlite in ${config.dataDir}/pglite` : 'Postgres (DATABASE_URL)'}`,
    );
    console.log(
      `Temporal        ${address}${devServer?.uiUrl ? `   (Web UI ${devServer.uiUrl})` : ''}` +
        `   worker: ${config.TANDEM_WORKER}, task queue ${config.TANDEM_TASK_QUEUE}`,
    );
    console.log(
      `Payloads        encrypted (key ${payloadKeys.activeKeyId}); decoded for admins at ${codecUrl}` +
        (uiOrigins.length ? `   (for ${uiOrigins.join(', ')})` : ''),
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
        await stopSweeper();
        await stopAudiences();
        await stopWebhooks();
        await eventRelay.stop();
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

/** The dev server's Web UI, by the two names a browser on this machine may use for it. */
function devUiOrigins(uiUrl: string | null): string[] {
  if (!uiUrl) return [];
  const url = new URL(uiUrl);
  return [url.origin, `${url.protocol}//localhost:${url.port}`];
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
