// `npm start` runs this: the HTTP API on PGlite under .data/ (or Postgres with DATABASE_URL).
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { ensureAdminKey } from './http/api-keys';
import { createApp } from './http/app';
import { apiRoutes } from './http/routes/index';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : {}),
    dataDir: config.dataDir,
  });
  logger.info({ driver: database.driver }, 'database ready');
  const adminKey = await ensureAdminKey(database.db);
  const app = createApp(
    {
      db: database.db,
      logger,
      bodyLimitBytes: config.TANDEM_BODY_LIMIT_BYTES,
      importBodyLimitBytes: config.TANDEM_IMPORT_LIMIT_BYTES,
      ...(config.TANDEM_WEBHOOK_SECRET ? { webhookSecret: config.TANDEM_WEBHOOK_SECRET } : {}),
    },
    apiRoutes,
  );
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const base = `http://${config.HOST}:${info.port}`;
    console.log(`\nTandem API      ${base}   (docs ${base}/docs, spec ${base}/openapi.json)`);
    console.log(
      `Database        ${database.driver === 'pglite' ? `PGlite in ${config.dataDir}/pglite` : 'Postgres (DATABASE_URL)'}`,
    );
    if (adminKey) console.log(`Admin API key   ${adminKey}   (shown once: keep it)`);
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void database.close().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
