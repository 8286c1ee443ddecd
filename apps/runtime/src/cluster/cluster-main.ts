// `npm run cluster` (or `npm start -- --cluster`): Tandem on a real Temporal server on Postgres,
// with the API and TANDEM_CLUSTER_WORKERS journey workers as processes of their own, supervised
// together until Ctrl-C or SIGTERM stops them all. docs/scaling.md says how production differs.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { startCluster } from './cluster';
import { loadClusterSettings } from './cluster-settings';
import { temporalServerFiles } from './temporal-server-files';

async function main(): Promise<void> {
  const settings = loadClusterSettings();
  // The API's and workers' own settings, checked before anything starts.
  const config = loadConfig();
  // The cluster's processes talk to the server it starts, which takes neither TLS nor API keys.
  if (config.temporalConnection.tls || config.temporalConnection.apiKey)
    throw new ConfigError([
      'TEMPORAL_TLS / TEMPORAL_API_KEY: `npm run cluster` runs its own Temporal server without TLS; ' +
        'these are for a Temporal you run elsewhere or Temporal Cloud (`npm start` with TEMPORAL_ADDRESS)',
    ]);
  const files = temporalServerFiles();
  const stamp = () => new Date().toISOString().slice(11, 19);
  const stateDir = resolve(settings.TANDEM_CLUSTER_DIR);
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  // The server's own lines (JSON with Go stack traces, many at every start and stop) go to a file;
  // Tandem's processes' lines to the console.
  const serverLogFile = join(stateDir, 'temporal-server.log');
  const serverLog = createWriteStream(serverLogFile, { flags: 'a', mode: 0o600 });
  console.log(`cluster: preparing Postgres and starting Temporal ${files.server}…`);
  const cluster = await startCluster({
    files,
    stateDir,
    postgresUrl: settings.TANDEM_CLUSTER_POSTGRES_URL,
    databases: {
      app: settings.TANDEM_CLUSTER_DATABASE,
      temporal: `${settings.TANDEM_CLUSTER_DATABASE}_temporal`,
      visibility: `${settings.TANDEM_CLUSTER_DATABASE}_temporal_visibility`,
    },
    temporalPorts: settings.TANDEM_CLUSTER_TEMPORAL_PORT,
    historyShards: settings.TANDEM_CLUSTER_HISTORY_SHARDS,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TANDEM_TASK_QUEUE,
    host: config.HOST,
    apiPort: settings.TANDEM_CLUSTER_API_PORT,
    workers: settings.TANDEM_CLUSTER_WORKERS,
    payloadKeys: { keys: config.TANDEM_PAYLOAD_KEYS, activeKeyId: config.TANDEM_PAYLOAD_KEY_ID },
    onLine: (name, line) =>
      name === 'temporal' ? serverLog.write(`${line}\n`) : console.log(`[${name}] ${line}`),
    onEvent: (name, event) => console.log(`${stamp()} cluster: ${name} ${event}`),
  });
  console.log(
    `\nCluster running: Temporal ${cluster.temporalAddress} (namespace ${config.TEMPORAL_NAMESPACE}, ` +
      `Postgres ${settings.TANDEM_CLUSTER_DATABASE}_temporal), API ${cluster.apiUrl}, ` +
      `${cluster.workers.length} workers on ${config.TANDEM_TASK_QUEUE}; the server logs to ${serverLogFile}. Ctrl-C stops them all.`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${stamp()} cluster: ${signal}: stopping the API, the workers, then Temporal…`);
    void cluster.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
