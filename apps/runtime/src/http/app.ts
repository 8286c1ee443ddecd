import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import type { ReplyHandler } from '../channels/reply-handler';
import type { Database } from '../db/client';
import type { EventRelay } from '../event-relay/event-relay';
import type { JourneyDriver } from '../journey-driver';
import type { PayloadKeyring } from '../temporal/payload-keys';
import { accessMatrix, type Operation } from './access/access-matrix';
import { bodyLimitByLength } from './body-limit';
import { accessControl } from './access/authenticate';
import { defaultSessionSettings, type SessionSettings } from './access/credentials';
import { withAccess, type OpenApiDocument } from './access/openapi-access';
import type { AppEnv } from './auth';
import { mountDocsPage } from './docs-page';
import { inputGate } from './input/input-gate';
import { withInputRules } from './input/openapi-input';
import { errorLogFields } from './error-log-fields';
import { ApiError, errorBody, handleError } from './errors';
import { newRouter } from './router';
import { securityHeaders } from './security-headers';

export interface AppDeps {
  db: Database;
  logger: Logger;
  /** Shared secret for HMAC-signed event webhooks; signed requests are refused without it. */
  webhookSecret?: string;
  bodyLimitBytes?: number;
  /** Body limit for /v1/imports/* (files); default 64 MiB. */
  importBodyLimitBytes?: number;
  /** The clock, so tests can move time (signature ages, hold ends). */
  now?: () => Date;
  /**
   * Durable execution: starts, signals and cancels enrollment workflows. Without it (route unit
   * tests) enrollments stay pending and events are only stored.
   */
  journeys?: JourneyDriver;
  /**
   * Signals stored events to their journeys after POST /v1/events has answered, and again after a
   * crash (event-relay/event-relay.ts). Without it the route signals them before answering.
   */
  eventRelay?: Pick<EventRelay, 'nudge'> &
    Partial<Pick<EventRelay, 'handOff' | 'handOffLeaseMs' | 'storing'>>;
  /** Answers STOP and HELP replies among new events (channels/reply-handler.ts). */
  replies?: ReplyHandler;
  /** TANDEM_PUBLIC_URL: how browsers reach us (https there means Secure cookies and HSTS). */
  publicUrl?: string;
  /** TANDEM_TRUST_PROXY: believe X-Forwarded-Proto. */
  trustProxy?: boolean;
  /** Web sessions' idle timeout and absolute lifetime. */
  sessions?: SessionSettings;
  /**
   * The payload keyring (temporal/payload-keys.ts): also seals webhook signing secrets at rest.
   * Without it, creating a webhook subscription is refused (503).
   */
  payloadKeys?: PayloadKeyring;
  /** Who may call what; the real matrix unless a test mounts routes of its own. */
  accessMatrix?: readonly Operation[];
}

/** Route modules add themselves here (one per resource, under /v1). */
export type RouteModule = (deps: AppDeps & { now: () => Date }) => ReturnType<typeof newRouter>;

/**
 * The HTTP API: JSON in and out, validated with zod, documented at /openapi.json and /docs.
 * @example const app = createApp({ db, logger }, [journeysRoutes]); await app.request('/v1/journeys')
 */
export function createApp(deps: AppDeps, routes: RouteModule[] = []): ReturnType<typeof newRouter> {
  const full = { ...deps, now: deps.now ?? (() => new Date()) };
  const origins = { publicUrl: deps.publicUrl, trustProxy: deps.trustProxy };
  const matrix = deps.accessMatrix ?? accessMatrix;
  const app = newRouter();
  app.use('*', securityHeaders(origins));
  app.use('*', requestId());
  // Imports carry whole files (100,000 CSV rows is ~15 MB); everything else stays small.
  const limit = (maxSize: number): MiddlewareHandler<AppEnv> =>
    bodyLimitByLength({
      maxSize,
      onError: () => {
        throw new ApiError(
          413,
          'BODY_TOO_LARGE',
          `the request body is larger than ${maxSize} bytes`,
        );
      },
    });
  const importLimit = limit(deps.importBodyLimitBytes ?? 64 * 1024 * 1024);
  const requestLimit = limit(deps.bodyLimitBytes ?? 5 * 1024 * 1024);
  app.use('/v1/imports/*', importLimit);
  app.use('/v1/*', async (c, next) => {
    if (c.req.path.startsWith('/v1/imports/')) return next();
    return requestLimit(c as Parameters<typeof requestLimit>[0], next);
  });
  app.use(
    '/v1/*',
    accessControl({
      ...origins,
      db: deps.db,
      matrix,
      sessions: deps.sessions ?? defaultSessionSettings,
      now: full.now,
      ...(deps.webhookSecret ? { webhookSecret: deps.webhookSecret } : {}),
    }),
  );
  app.use('/v1/*', inputGate());
  app.onError((error, c) =>
    handleError(error, c, (e) =>
      // Ids and codes only: no path (it carries external ids), no body, no SQL parameters.
      deps.logger.error(
        {
          ...errorLogFields(e),
          requestId: c.get('requestId'),
          method: c.req.method,
          route: c.req.routePath,
        },
        'request failed',
      ),
    ),
  );
  app.notFound((c) =>
    c.json(errorBody('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`), 404),
  );
  app.get('/health', (c) => c.json({ ok: true }));
  for (const route of routes) app.route('/v1', route(full));
  let document: OpenApiDocument | undefined;
  app.get('/openapi.json', (c) => {
    document ??= withInputRules(
      withAccess(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Tandem API',
            version: '1.0.0',
            description:
              'Journeys, borrowers, enrollments, events, messages and tasks. Input rules (string ' +
              'content, nesting depth, body limits, the error shape) are in docs/api.md.',
            // An SPDX LicenseRef (OpenAPI 3.1 `identifier`; the generator's types predate it).
            license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as {
              name: string;
            },
          },
          // Relative unless TANDEM_PUBLIC_URL says where browsers reach us.
          servers: [{ url: deps.publicUrl ?? '/', description: 'This Tandem server' }],
        }),
        matrix,
      ),
    );
    return c.json(document);
  });
  mountDocsPage(app, '/openapi.json');
  return app;
}
