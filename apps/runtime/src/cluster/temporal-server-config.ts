// The Temporal server's config, made from the module's config/development-postgres12.yaml:
// Tandem's databases and credentials, ports of its own (so it runs beside `npm start`'s dev
// server), no pprof, metrics or archival listeners, and a dynamic config file in the state dir.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { TemporalDatabaseNames } from './temporal-databases';
import type { PostgresTarget } from './postgres-target';
import type { TemporalServerFiles } from './temporal-server-files';

const services = ['frontend', 'history', 'matching', 'worker'] as const;
type Service = (typeof services)[number];

export interface TemporalServerPorts {
  /** gRPC of each service; the frontend's is the address clients and workers use. */
  grpc: Record<Service, number>;
  /** Ringpop membership of each service. */
  membership: Record<Service, number>;
  /** The frontend's HTTP API. */
  http: number;
}

/**
 * The development config's layout moved to `base` (7233 there): gRPC base+0…+6, HTTP base+10,
 * membership base-300…-294. The default base 7433 keeps clear of the dev server (7233, UI 8233).
 */
export function temporalServerPorts(base: number): TemporalServerPorts {
  return {
    grpc: { frontend: base, history: base + 1, matching: base + 2, worker: base + 6 },
    membership: {
      frontend: base - 300,
      history: base - 299,
      matching: base - 298,
      worker: base - 294,
    },
    http: base + 10,
  };
}

/** What of the template this file relies on; anything else in it is kept as it is. */
const templateSchema = z.looseObject({
  persistence: z.looseObject({
    numHistoryShards: z.number(),
    datastores: z.record(z.string(), z.looseObject({ sql: z.looseObject({}) })),
  }),
  global: z.looseObject({}),
  services: z.record(z.string(), z.looseObject({ rpc: z.looseObject({}) })),
  clusterMetadata: z.looseObject({
    clusterInformation: z.record(z.string(), z.looseObject({ rpcAddress: z.string() })),
  }),
});

/** Temporal's limits the dev server sets too (ids up to 255 characters). */
const dynamicConfig = {
  'limit.maxIDLength': [{ value: 255, constraints: {} }],
  // A search attribute added at start is usable at once, not after the cache's next refresh.
  'system.forceSearchAttributesCacheRefreshOnRead': [{ value: true, constraints: {} }],
};

/**
 * Writes `<rootDir>/config/development.yaml` (and its dynamic config) for
 * `temporal-server --root <rootDir> --config config --env development start`.
 */
export async function writeTemporalServerConfig(options: {
  files: TemporalServerFiles;
  rootDir: string;
  target: PostgresTarget;
  databases: TemporalDatabaseNames;
  ports: TemporalServerPorts;
  historyShards: number;
}): Promise<void> {
  const { target, ports } = options;
  const config = templateSchema.parse(parse(await readFile(options.files.configTemplate, 'utf8')));
  config.persistence.numHistoryShards = options.historyShards;
  const names: Record<string, string> = {
    'postgres-default': options.databases.main,
    'postgres-visibility': options.databases.visibility,
  };
  for (const [store, entry] of Object.entries(config.persistence.datastores)) {
    Object.assign(entry.sql, {
      databaseName: names[store] ?? entry.sql.databaseName,
      connectAddr: `${target.host}:${target.port}`,
      user: target.user,
      password: target.password,
      // Each of the four services opens its own pools: the template's 20 + 2 apiece would take
      // 88 of a default Postgres's 100 connections. A local cluster needs few (docs/scaling.md
      // has production's numbers).
      ...(store === 'postgres-default' ? { maxConns: 6, maxIdleConns: 2 } : {}),
    });
  }
  // Listeners a local cluster does not need, each a port that could clash.
  delete config.global.pprof;
  delete config.global.metrics;
  delete config.archival;
  delete config.namespaceDefaults;
  for (const service of services) {
    config.services[service] = {
      rpc: {
        grpcPort: ports.grpc[service],
        membershipPort: ports.membership[service],
        bindOnLocalHost: true,
        ...(service === 'frontend' ? { httpPort: ports.http } : {}),
      },
    };
  }
  for (const cluster of Object.values(config.clusterMetadata.clusterInformation)) {
    cluster.rpcAddress = `127.0.0.1:${ports.grpc.frontend}`;
  }
  const configDir = join(options.rootDir, 'config');
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  const dynamicConfigFile = join(configDir, 'dynamicconfig.yaml');
  config.dynamicConfigClient = { filepath: dynamicConfigFile, pollInterval: '10s' };
  config.log = { stdout: true, level: 'warn' };
  // 0600: it holds the database password.
  await writeFile(join(configDir, 'development.yaml'), stringify(config), { mode: 0o600 });
  await writeFile(dynamicConfigFile, stringify(dynamicConfig), { mode: 0o600 });
}
