import { resolve } from 'node:path';
import { z } from 'zod';
import { channelSettingsText } from './channels/channel-config';
import {
  crossCheckConnection,
  temporalConnectionSettings,
  temporalConnectionVariables,
  type TemporalConnectionSettings,
} from './temporal/connection-settings';
import { payloadKeyIdSchema, payloadKeysText } from './temporal/payload-keys';

/**
 * Runtime settings, read once from the environment (never at import time) and checked, so a bad
 * value stops the server with a message naming the variable.
 */
export const runtimeConfigSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
      .optional()
      .describe('Postgres; without it the embedded PGlite under TANDEM_DATA_DIR is used'),
    TANDEM_DB_POOL_SIZE: z.coerce
      .number()
      .int()
      .min(1)
      .max(500)
      .default(20)
      .describe('Postgres connections each process keeps (PGlite has one)'),
    TANDEM_DATA_DIR: z
      .string()
      .default('.data')
      .describe('Where PGlite (and later Temporal) keep their files'),
    TANDEM_WEB_APP_DIR: z
      .string()
      .optional()
      .describe('The built web app (default apps/editor/dist); served under /app/ when present'),
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
    ...temporalConnectionVariables,
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
      .describe(
        'Enrollments a worker keeps in memory (~270 KiB each); the rest replay when they wake',
      ),
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
      .describe(
        'Signs portal links; without it one is made and kept in TANDEM_DATA_DIR/link-secret',
      ),
    TANDEM_PAYMENT_SECRET: z
      .string()
      .min(32, 'at least 32 characters')
      .optional()
      .describe(
        "Signs the portal's hand-over to the lender's payment page; without it one is made and kept in TANDEM_DATA_DIR/payment-secret",
      ),
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
      .describe(
        "Read the client's IP from X-Forwarded-For and https from X-Forwarded-Proto (only behind a proxy you run)",
      ),
    TANDEM_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(8 * 60)
      .describe('A signed-in web session nobody uses for this long ends'),
    TANDEM_SESSION_MAX_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe('Every web session ends this long after sign-in, however busy'),
    TANDEM_PAYLOAD_KEYS: payloadKeysText
      .optional()
      .describe(
        'JSON { "<key id>": "<base64 of 32 bytes>" }: the keys workflow payloads are encrypted with; ' +
          'without it one is made and kept in TANDEM_DATA_DIR/payload-keys.json',
      ),
    TANDEM_PAYLOAD_KEY_ID: payloadKeyIdSchema
      .optional()
      .describe(
        'The key of TANDEM_PAYLOAD_KEYS that encrypts new payloads (the others only decrypt)',
      ),
    TANDEM_TEMPORAL_UI_ORIGIN: z
      .string()
      .transform((text) => text.split(',').map((origin) => origin.trim()))
      .pipe(
        z.array(
          z
            .string()
            .refine(isOrigin, 'each an origin: http(s)://host[:port], nothing after it')
            .transform((url) => new URL(url).origin),
        ),
      )
      .optional()
      .describe(
        "The operator's Temporal Web UI (comma-separated origins) that may call the codec " +
          "endpoint; default: the dev server's UI",
      ),
    TANDEM_TASK_CLAIM_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(30)
      .describe('A claimed task nobody touches for this long goes back to its queue'),
    TANDEM_TASK_BREACH_WEBHOOK_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe(
        'POSTed (signed with TANDEM_WEBHOOK_SECRET) once for each task that passes its SLA',
      ),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((config, ctx) => {
    for (const [path, message] of crossCheckConnection(
      config,
      config.TEMPORAL_ADDRESS,
      config.TEMPORAL_NAMESPACE,
    ))
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (config.TANDEM_TASK_BREACH_WEBHOOK_URL && !config.TANDEM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TANDEM_TASK_BREACH_WEBHOOK_URL'],
        message: 'set TANDEM_WEBHOOK_SECRET too: breach announcements are signed with it',
      });
    }
    const keys = config.TANDEM_PAYLOAD_KEYS;
    const active = config.TANDEM_PAYLOAD_KEY_ID;
    if (!keys) {
      if (active)
        ctx.addIssue({
          code: 'custom',
          path: ['TANDEM_PAYLOAD_KEY_ID'],
          message: 'set TANDEM_PAYLOAD_KEYS too (the key it names)',
        });
      return;
    }
    if (active === undefined && Object.keys(keys).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['TANDEM_PAYLOAD_KEY_ID'],
        message: 'TANDEM_PAYLOAD_KEYS has several keys: name the one that encrypts',
      });
    }
    if (active !== undefined && !(active in keys)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TANDEM_PAYLOAD_KEY_ID'],
        message: `not a key id of TANDEM_PAYLOAD_KEYS (${Object.keys(keys).join(', ')})`,
      });
    }
  });
/** `https://temporal.example.com`, not a page under it (browsers send exactly the origin). */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text.replace(/\/$/, '');
  } catch {
    return false;
  }
}

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema> & {
  dataDir: string;
  /** TLS and API key for Connection.connect / NativeConnection.connect, PEM files read. */
  temporalConnection: TemporalConnectionSettings;
};

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
  const connection = temporalConnectionSettings(parsed.data);
  if (!connection.ok)
    throw new ConfigError(
      connection.issues.map(([variable, message]) => `${variable}: ${message}`),
    );
  return {
    ...parsed.data,
    dataDir: resolve(parsed.data.TANDEM_DATA_DIR),
    temporalConnection: connection.value,
  };
}
