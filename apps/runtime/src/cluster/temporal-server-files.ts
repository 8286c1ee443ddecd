// The Temporal server, temporal-sql-tool, the Postgres schema and the sample config, as
// scripts/temporal-server.mjs finds or builds them (once, with Go, into ~/.cache/tandem/bin).
// No Go and no cache means a loud failure with the reason: cluster mode has no fallback.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const script = fileURLToPath(new URL('../../../../scripts/temporal-server.mjs', import.meta.url));

export const temporalServerFilesSchema = z.strictObject({
  server: z.string().min(1),
  sqlTool: z.string().min(1),
  /** schema/postgresql/v12 of the server module: temporal/ and visibility/ below it. */
  schemaDir: z.string().min(1),
  /** The module's config/development-postgres12.yaml. */
  configTemplate: z.string().min(1),
});
export type TemporalServerFiles = z.infer<typeof temporalServerFilesSchema>;

/** The files, building them first when the cache has none (several minutes, once). */
export function temporalServerFiles(): TemporalServerFiles {
  const found = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (found.status !== 0) {
    throw new Error(
      'Cluster mode needs the Temporal server and temporal-sql-tool, and scripts/temporal-server.mjs ' +
        'could neither find nor build them (is Go installed? see its message above)',
    );
  }
  return temporalServerFilesSchema.parse(JSON.parse(found.stdout));
}
