// The runtime's public surface, for the benches and for embedding Tandem's runtime in another
// Node process. The HTTP server (`server.ts`) and the worker process (`worker-main.ts`) are entry
// points, not exports.
export { createActivities } from './activities/index';
export type { ActivityDeps, CustomActivity, JourneyActivities } from './activities/index';
export { openDatabase } from './db/client';
export type { Database, OpenDatabase } from './db/client';
export {
  accounts,
  borrowers,
  contactLedger,
  enrollments,
  events,
  journeyVersions,
  messages,
} from './db/schema';
export { createApiKey } from './db/queries/api-keys';
export { createApp } from './http/app';
export type { AppDeps } from './http/app';
export { apiRoutes } from './http/routes/index';
export type { JourneyDriver, StartReport } from './journey-driver';
export { runtimeCatalogue } from './node-catalogue';
export { freePort, startDevServer } from './temporal/dev-server';
export type { DevServer, DevServerOptions } from './temporal/dev-server';
export { routeTemporalLogs } from './temporal/sdk-logs';
export { journeyDataConverter } from './temporal/data-converter';
export { PayloadEncryptionCodec } from './temporal/encryption-codec';
export { keyringOf, newPayloadKey } from './temporal/payload-keys';
export type { PayloadKeyring } from './temporal/payload-keys';
export {
  defaultTaskQueue,
  journeyClient,
  temporalJourneyDriver,
  workflowIdOf,
} from './temporal-client';
export { buildWorkflowBundle, loadWorkflowBundle, saveWorkflowBundle } from './workflow-bundle';
export { createJourneyWorker, NativeConnection, plainLinks } from './worker';
export type { JourneyWorker } from './worker';
export { sendRateLimitsFrom } from './channels/channel-config';
export { webhookProvider } from './channels/webhook-provider';
export { journeyWorkflowType } from './workflows/definitions';
export type {
  JourneyWorkflowInput,
  JourneyWorkflowResult,
  JourneyWorkflowView,
} from './workflows/definitions';
export { spawnWorkerProcess } from './temporal/worker-process';
export { SimulationPool } from './simulation/simulation-pool';
export { simulatePopulation, startPopulationPool } from './simulation/one-off-pool';
export type { PoolRunStats, SimulationPoolOptions } from './simulation/simulation-pool';
export type { CaseResult, PopulationInput } from './simulation/population';
export type { WorkerProcess } from './temporal/worker-process';
export { startCluster } from './cluster/cluster';
export type { Cluster, ClusterOptions } from './cluster/cluster';
export { freeTemporalPorts } from './cluster/free-temporal-ports';
export { temporalServerFiles } from './cluster/temporal-server-files';
