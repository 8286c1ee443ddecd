// Cluster mode: the Temporal server on Postgres (not the dev server), the API on Postgres with no
// worker of its own, and N journey worker processes, started in that order, supervised (a dead
// process is restarted) and stopped together in reverse order. `npm run cluster` runs this, the
// cluster test suite drives it.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import {
  payloadKeyringFor,
  type ConfiguredPayloadKeys,
  type PayloadKeyring,
} from '../temporal/payload-keys';
import { workerProcessCommand } from '../temporal/worker-process-command';
import { buildWorkflowBundle, saveWorkflowBundle } from '../workflow-bundle';
import { frontendAnswers, registerJourneyNamespace } from './journey-namespace';
import { postgresTarget, databaseNameSchema, type PostgresTarget } from './postgres-target';
import { supervise, type Supervised } from './supervised-process';
import { prepareTemporalDatabases } from './temporal-databases';
import {
  temporalServerPorts,
  writeTemporalServerConfig,
  type TemporalServerPorts,
} from './temporal-server-config';
import type { TemporalServerFiles } from './temporal-server-files';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const serverMain = fileURLToPath(new URL('../server.ts', import.meta.url));

export interface ClusterOptions {
  files: TemporalServerFiles;
  /** Config, logs, kept secrets and the workflow bundle. */
  stateDir: string;
  /** Any database on the Postgres server; the cluster's databases are made beside it. */
  postgresUrl: string;
  databases: { app: string; temporal: string; visibility: string };
  /** The frontend's gRPC port (the rest follow it), or every port spelled out. */
  temporalPorts: number | TemporalServerPorts;
  historyShards: number;
  namespace: string;
  taskQueue: string;
  host: string;
  apiPort: number;
  workers: number;
  /** More settings for the API and the workers (TANDEM_CHANNELS, LOG_LEVEL, …). */
  env?: NodeJS.ProcessEnv;
  /** TANDEM_PAYLOAD_KEYS as configured; without them a key is made and kept in the state dir. */
  payloadKeys?: ConfiguredPayloadKeys;
  /** A workflow bundle built before (else one is built into the state dir). */
  workflowBundlePath?: string;
  onLine?: (name: string, line: string) => void;
  onEvent?: (name: string, event: string) => void;
}

export interface Cluster {
  temporal: Supervised;
  temporalAddress: string;
  api: Supervised;
  apiUrl: string;
  workers: Supervised[];
  appDatabaseUrl: string;
  payloadKeys: PayloadKeyring;
  stop(): Promise<void>;
}

async function ensureDatabase(target: PostgresTarget, name: string): Promise<void> {
  const admin = postgres(target.urlOf('postgres'), { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) await admin.unsafe(`create database ${databaseNameSchema.parse(name)}`);
  } finally {
    await admin.end();
  }
}

/** The keyring as TANDEM_PAYLOAD_KEYS / TANDEM_PAYLOAD_KEY_ID, so every process has the same. */
function payloadKeyEnv(ring: PayloadKeyring): NodeJS.ProcessEnv {
  const keys = Object.fromEntries(
    [...ring.keys].map(([id, key]) => [id, key.export().toString('base64')]),
  );
  return { TANDEM_PAYLOAD_KEYS: JSON.stringify(keys), TANDEM_PAYLOAD_KEY_ID: ring.activeKeyId };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const target = postgresTarget(options.postgresUrl);
  const ports =
    typeof options.temporalPorts === 'number'
      ? temporalServerPorts(options.temporalPorts)
      : options.temporalPorts;
  const temporalRoot = join(options.stateDir, 'temporal');
  const dataDir = join(options.stateDir, 'data');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });

  await ensureDatabase(target, options.databases.app);
  await prepareTemporalDatabases(options.files, target, {
    main: options.databases.temporal,
    visibility: options.databases.visibility,
  });
  await writeTemporalServerConfig({
    files: options.files,
    rootDir: temporalRoot,
    target,
    databases: { main: options.databases.temporal, visibility: options.databases.visibility },
    ports,
    historyShards: options.historyShards,
  });
  const temporalAddress = `127.0.0.1:${ports.grpc.frontend}`;
  const common = { cwd: repoRoot, onLine: options.onLine, onEvent: options.onEvent };
  const started: Supervised[] = [];
  const stopAll = async () => {
    // Nothing restarts once stopping begins (Ctrl-C reaches every process of the group at once).
    for (const part of started) part.retire();
    // Reverse order: workers drain, the API stops taking work, then the server goes.
    for (const part of [...started].reverse()) await part.stop();
  };
  try {
    const temporal = await supervise({
      ...common,
      name: 'temporal',
      command: options.files.server,
      args: [
        '--root',
        temporalRoot,
        '--config',
        'config',
        '--env',
        'development',
        '--allow-no-auth',
        'start',
      ],
      env: process.env,
      ready: () => frontendAnswers(temporalAddress),
    });
    started.push(temporal);
    await registerJourneyNamespace({ address: temporalAddress, namespace: options.namespace });

    const payloadKeys = await payloadKeyringFor(options.payloadKeys ?? {}, dataDir, {
      create: true,
    });
    let bundlePath = options.workflowBundlePath;
    if (!bundlePath) {
      // Built once here, so every worker of this start runs the same code.
      bundlePath = join(options.stateDir, 'workflow-bundle.json');
      await saveWorkflowBundle(await buildWorkflowBundle(), bundlePath);
    }
    const appDatabaseUrl = target.urlOf(options.databases.app);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      ...payloadKeyEnv(payloadKeys),
      DATABASE_URL: appDatabaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: options.namespace,
      TANDEM_TASK_QUEUE: options.taskQueue,
      TANDEM_DATA_DIR: dataDir,
      TANDEM_WORKER: 'off',
      TANDEM_WORKFLOW_BUNDLE: bundlePath,
      HOST: options.host,
      PORT: String(options.apiPort),
    };
    const api = await supervise({
      ...common,
      name: 'api',
      command: process.execPath,
      args: ['--import', 'tsx', serverMain],
      env,
      ready: (output) => output.includes('Tandem API'),
    });
    started.push(api);
    const worker = workerProcessCommand(env);
    const workers = await Promise.all(
      Array.from({ length: options.workers }, (_, index) =>
        supervise({
          ...common,
          name: `worker-${index + 1}`,
          ...worker,
          ready: (output) => output.includes('worker ready'),
        }),
      ),
    );
    started.push(...workers);
    return {
      temporal,
      temporalAddress,
      api,
      apiUrl: `http://${options.host}:${options.apiPort}`,
      workers,
      appDatabaseUrl,
      payloadKeys,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
