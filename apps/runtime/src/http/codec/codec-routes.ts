// The remote codec endpoint for an operator's Temporal Web UI (and `temporal --codec-endpoint`):
// POST /codec/decode and /codec/encode with `{ payloads: [...] }`, as Temporal's codec server
// protocol has it. Admins only (codec-access.ts); browsers only from the configured Web UI
// origins. Decoded payloads hold personal data: never cached, never logged.
import { errorLogFields } from '../error-log-fields';
import type { PayloadCodec } from '@temporalio/common';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import type { Database } from '../../db/client';
import { PayloadDecryptionError } from '../../temporal/encryption-codec';
import { ApiError, errorBody, handleError, zodDetails } from '../errors';
import { requireCodecCaller, type SessionCaller } from './codec-access';
import { codecPageCsp, codecSignedInPage } from './codec-page';
import { codecRequestSchema, payloadFromJson, payloadToJson } from './payload-json';

export interface CodecRouteOptions {
  db: Database;
  codec: PayloadCodec;
  logger: Logger;
  /** The Temporal namespace the codec serves (a call naming another in X-Namespace is refused). */
  namespace: string;
  /** Origins of the Temporal Web UIs allowed to call from a browser (CORS). */
  uiOrigins: readonly string[];
  bodyLimitBytes?: number;
  /** The web app's signed-in session, accepted like a key (codec-access.ts). */
  sessionCaller?: SessionCaller;
}

export const codecPath = '/codec';

/**
 * Mount at the root: `app.route('/', codecRoutes({ db, codec, logger, namespace, uiOrigins }))`.
 */
export function codecRoutes(options: CodecRouteOptions): Hono {
  const app = new Hono();
  app.onError((error, c) =>
    handleError(error, c, (e) =>
      options.logger.error(
        { ...errorLogFields(e), route: c.req.routePath },
        'codec request failed',
      ),
    ),
  );
  app.use(
    `${codecPath}/*`,
    cors({
      origin: [...options.uiOrigins],
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type', 'X-Namespace', 'Authorization', 'Authorization-Extras'],
      credentials: true,
      maxAge: 600,
    }),
  );
  // A browser on another page may still send a "simple" POST with the credentials it holds
  // for us; CORS keeps the answer from that page, and this refuses the request itself.
  app.use(`${codecPath}/*`, async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && !options.uiOrigins.includes(origin)) {
      throw new ApiError(
        403,
        'ORIGIN_NOT_ALLOWED',
        `the origin ${origin} is not a configured Temporal Web UI (TANDEM_TEMPORAL_UI_ORIGIN)`,
      );
    }
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use(
    `${codecPath}/*`,
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? 5 * 1024 * 1024,
      onError: () => {
        throw new ApiError(413, 'BODY_TOO_LARGE', 'the payloads are too large for one call');
      },
    }),
  );

  // Where an admin's browser signs in (HTTP Basic) before the Web UI decodes through it.
  app.get(`${codecPath}/`, async (c) => {
    const caller = await requireCodecCaller(c, options.db, options.sessionCaller);
    c.header('Content-Security-Policy', codecPageCsp);
    const endpoint = `${new URL(c.req.url).origin}${codecPath}`;
    return c.html(codecSignedInPage({ name: caller.name, endpoint }));
  });
  app.post(`${codecPath}/decode`, (c) => convert(c, 'decode'));
  app.post(`${codecPath}/encode`, (c) => convert(c, 'encode'));

  async function convert(c: Context, direction: 'decode' | 'encode'): Promise<Response> {
    await requireCodecCaller(c, options.db, options.sessionCaller);
    // The Temporal CLI sends the header empty: only a namespace actually named is checked.
    const namespace = c.req.header('x-namespace');
    if (namespace && namespace !== options.namespace) {
      throw new ApiError(
        400,
        'WRONG_NAMESPACE',
        `X-Namespace: this codec serves the namespace "${options.namespace}"`,
      );
    }
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the payloads as application/json');
    }
    const parsed = codecRequestSchema.safeParse(await c.req.json());
    if (!parsed.success) {
      const details = zodDetails(parsed.error);
      return c.json(
        errorBody('VALIDATION', `${details[0]?.path || 'body'}: ${details[0]?.message}`, details),
        400,
      );
    }
    const payloads = parsed.data.payloads.map(payloadFromJson);
    const converted = [];
    // One at a time, so that a payload that does not decrypt is named by its index.
    for (const [index, payload] of payloads.entries()) {
      try {
        const [out] = await options.codec[direction]([payload]);
        converted.push(payloadToJson(out!));
      } catch (error) {
        if (!(error instanceof PayloadDecryptionError)) throw error;
        throw new ApiError(422, 'UNDECRYPTABLE_PAYLOAD', error.message, [
          { path: `payloads.${index}`, message: error.message },
        ]);
      }
    }
    return c.json({ payloads: converted });
  }

  return app;
}
