import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Runtime settings, read once from the environment (never at import time) and checked, so a bad
 * value stops the server with a message naming the variable.
 */
export const runtimeConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .optional()
    .describe('Postgres; without it the embedded PGlite under TANDEM_DATA_DIR is used'),
  TANDEM_DATA_DIR: z
    .string()
    .default('.data')
    .describe('Where PGlite (and later Temporal) keep their files'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  TANDEM_WEBHOOK_SECRET: z
    .string()
    .min(16, 'at least 16 characters')
    .optional()
    .describe('Shared secret for HMAC-signed event webhooks'),
  TANDEM_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  TANDEM_IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024)
    .describe('Body limit for /v1/imports (whole files)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema> & { dataDir: string };

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.TANDEM_DATA_DIR) };
}
