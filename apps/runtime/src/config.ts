import { resolve } from 'node:path';
import { z } from 'zod';
import { channelSettingsText } from './channels/channel-config';

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
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'host:port')
    .optional()
    .describe('A Temporal frontend; without it `npm start` runs the dev server itself'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TANDEM_TEMPORAL_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(7233)
    .describe("The dev server's gRPC port (its Web UI listens 1000 above)"),
  TANDEM_TEMPORAL_CLI: z
    .string()
    .optional()
    .describe('Path to the Temporal CLI for the dev server (scripts/temporal-cli.mjs finds it)'),
  TANDEM_TASK_QUEUE: z.string().min(1).default('tandem-journeys'),
  TANDEM_WORKER: z
    .enum(['in-process', 'off'])
    .default('in-process')
    .describe('Run a journey worker inside the API process (PGlite needs this), or not'),
  TANDEM_WORKFLOW_BUNDLE: z
    .string()
    .optional()
    .describe('A prebuilt workflow bundle (JSON) for worker-main.ts; built at start when absent'),
  TANDEM_WORKER_CACHE_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .default(250)
    .describe('Enrollments a worker keeps in memory (~2 MB each); the rest replay when they wake'),
  TANDEM_PUBLIC_URL: z
    .url()
    .optional()
    .describe("Base of the links in borrowers' messages; default http://HOST:PORT"),
  TANDEM_CHANNELS: channelSettingsText
    .optional()
    .describe(
      'JSON: the provider of each channel (outbox, webhook, smtp); unnamed channels use the outbox',
    ),
  TANDEM_LINK_SECRET: z
    .string()
    .min(32, 'at least 32 characters')
    .optional()
    .describe('Signs portal links; without it one is made and kept in TANDEM_DATA_DIR/link-secret'),
  TANDEM_LINK_TTL_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(30)
    .describe('How long a portal link in a message stays valid'),
  TANDEM_SENDER_NAME: z
    .string()
    .min(1)
    .max(60)
    .default('Tandem')
    .describe('Who borrowers hear from, in STOP and HELP answers'),
  TANDEM_SENDER_CONTACT: z
    .string()
    .min(3)
    .max(100)
    .optional()
    .describe('A phone number or address for questions, in HELP answers'),
  TANDEM_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe("Read the portal client's IP from X-Forwarded-For (only behind a proxy you run)"),
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
