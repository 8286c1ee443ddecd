// What `npm run cluster` reads from the environment, checked like config.ts: a bad value stops it
// with a message naming the variable.
import { z } from 'zod';
import { databaseNameSchema } from './postgres-target';

export const clusterSettingsSchema = z.object({
  TANDEM_CLUSTER_DIR: z
    .string()
    .default('.data/cluster')
    .describe("The Temporal server's config and logs, the kept secrets, the workflow bundle"),
  TANDEM_CLUSTER_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/postgres')
    .describe("The Postgres server (any database on it): the cluster's databases are made there"),
  TANDEM_CLUSTER_DATABASE: databaseNameSchema
    .default('tandem')
    .describe("Tandem's database; Temporal's are <name>_temporal and <name>_temporal_visibility"),
  TANDEM_CLUSTER_WORKERS: z.coerce.number().int().min(1).max(32).default(2),
  TANDEM_CLUSTER_TEMPORAL_PORT: z.coerce
    .number()
    .int()
    // Membership ports run from 300 below to 10 above, and Temporal stores them as smallint.
    .min(1324, 'at least 1324 (membership ports run 300 below it)')
    .max(32_757, 'at most 32757 (Temporal stores its ports as smallint)')
    .default(7433)
    .describe("The Temporal frontend's gRPC port (the dev server's is 7233); others follow it"),
  TANDEM_CLUSTER_HISTORY_SHARDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(16_384)
    .default(4)
    .describe('Fixed when the Temporal database is made: changing it later needs a new one'),
  TANDEM_CLUSTER_API_PORT: z.coerce.number().int().min(1).max(65_535).default(8788),
});
export type ClusterSettings = z.infer<typeof clusterSettingsSchema>;

/** The settings, or the list of what is wrong with them. */
export function loadClusterSettings(env: NodeJS.ProcessEnv = process.env): ClusterSettings {
  const parsed = clusterSettingsSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new Error(
    parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
  );
}
