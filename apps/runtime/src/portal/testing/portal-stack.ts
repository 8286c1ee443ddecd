// The whole borrower side for end-to-end tests: the journey stack (real Postgres/PGlite, API,
// Temporal dev server and worker) with signed links, opt-out notices, STOP/HELP answers and the
// portal, served over real HTTP so a real browser can open the links from the messages.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { replyHandler } from '../../channels/reply-handler';
import type { ChannelProviders } from '../../channels/provider';
import { openJourneyStack, type JourneyStack } from '../../testing/journey-stack';
import { signedLinks } from '../link-token';
import { portalRoutes } from '../portal-routes';

export const portalTestSecret = 'portal-e2e-secret-portal-e2e-secret!';
/** Signs the hand-over to a stand-in payment provider (testing/stand-in-provider.ts). */
export const portalTestPaymentSecret = 'portal-e2e-payment-secret-portal-e2e!';

export interface PortalStack extends JourneyStack {
  /** http://127.0.0.1:<port>: the portal and the API. */
  url: string;
}

export async function openPortalStack(
  options: { channels?: ChannelProviders } = {},
): Promise<PortalStack> {
  let fetchApp: (request: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = serve({ fetch: (request) => fetchApp(request), hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const logger = pino({ level: process.env.TANDEM_TEST_LOG ?? 'silent' });
  const channels = options.channels ?? {};
  const stack = await openJourneyStack({
    links: signedLinks({ secret: portalTestSecret, publicUrl: url, ttlMs: 86_400_000 }),
    channels,
    optOutNotices: true,
    appDeps: ({ database }) => ({
      replies: replyHandler({
        db: database.db,
        providers: channels,
        sender: { name: 'Acme Lending' },
        logger,
      }),
    }),
    mount: (app, { database, journeys }) => {
      app.route(
        '/',
        portalRoutes({
          db: database.db,
          journeys,
          logger,
          linkSecret: portalTestSecret,
          paymentSecret: portalTestPaymentSecret,
          publicUrl: url,
          limits: {
            perLink: { max: 500, windowMs: 60_000 },
            perIp: { max: 2000, windowMs: 60_000 },
          },
        }),
      );
    },
  });
  fetchApp = (request) => stack.api.app.fetch(request);
  return {
    ...stack,
    url,
    async close() {
      await stack.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
