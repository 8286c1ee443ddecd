// The borrower portal, server-rendered at /p/<token>/…: no script, no third-party requests, every
// form protected twice (Origin check and a per-form token), every request counted per link and
// per client IP. A bad, expired or someone else's link gets the same friendly page and learns
// nothing.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import type { JourneyDriver } from '../journey-driver';
import { copies, portalLocale, type PortalLocale } from './copy/index';
import { checkFormToken, formToken } from './form-token';
import { checkLinkToken, readLinkToken } from './link-token';
import { messagePage, pageKit } from './page-kit';
import { portalCss } from './portal-css';
import { lenderSource, mountLenderAssets, type PortalLender } from './portal-lender';
import { enrollmentOwner, loadSession } from './portal-session';
import { RateLimiter, type RateLimit } from './rate-limiter';
import { baseCsp, type PortalEnv } from './portal-env';
import { errorLogFields } from '../http/error-log-fields';
import { portalPages } from './portal-pages';
import { identityGate, identityRoutes } from './identity-routes';

export interface PortalOptions {
  db: Database;
  journeys?: JourneyDriver;
  logger: Logger;
  /** The secret links are signed with (TANDEM_LINK_SECRET). */
  linkSecret: string;
  now?: () => Date;
  /** Requests per link, and per client IP, per window. */
  limits?: { perLink: RateLimit; perIp: RateLimit };
  /** Read the client IP from X-Forwarded-For (behind a proxy you run); else the socket's. */
  trustProxy?: boolean;
  /** Origins forms may be posted from (default: the request's own). */
  origin?: string;
  /** Signs the hand-over to the lender's payment page (TANDEM_PAYMENT_SECRET). */
  paymentSecret?: string;
  /** Where the portal is reached (TANDEM_PUBLIC_URL): the payment page sends borrowers back here. */
  publicUrl?: string;
}

export const defaultPortalLimits = {
  perLink: { max: 60, windowMs: 60_000 },
  perIp: { max: 300, windowMs: 60_000 },
};

function clientIp(
  forwardedFor: string | undefined,
  socketAddress: () => string | undefined,
): string {
  const forwarded = forwardedFor?.split(',')[0]?.trim();
  if (forwarded) return forwarded;
  try {
    return socketAddress() ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.request in tests)
  }
}

/** ?lang=, then the borrower's language, then English. */
function chooseLocale(query: string | undefined, fallback: string | null): PortalLocale {
  return portalLocale(query) ?? portalLocale(fallback) ?? 'en';
}

type Refusal = 'link' | 'rate' | 'form' | 'tooLarge' | 'server';

/** The largest form a borrower can send (the hardship note is the longest field): 16 KiB. */
export const portalFormLimitBytes = 16 * 1024;

/** The page for a request the portal will not serve; it names no borrower (only the lender). */
function refusalPage(
  kind: Refusal,
  locale: PortalLocale,
  lender: PortalLender | null,
  path: string,
) {
  const e = copies[locale].errors;
  const pages: Record<Refusal, [string, string]> = {
    link: [e.linkTitle, e.linkBody],
    rate: [e.rateTitle, e.rateBody],
    form: [e.formTitle, e.formBody],
    tooLarge: [e.tooLargeTitle, e.tooLargeBody],
    server: [e.serverTitle, e.serverBody],
  };
  const [title, body] = pages[kind];
  // The language switch reopens the same address, so it shows this page in that language.
  return messagePage(pageKit(locale, path, undefined, lender), title, body);
}

/**
 * @example app.route('/', portalRoutes({ db, journeys, logger, linkSecret }))
 */
export function portalRoutes(options: PortalOptions): Hono<PortalEnv> {
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? defaultPortalLimits;
  const perLink = new RateLimiter(limits.perLink);
  const perIp = new RateLimiter(limits.perIp);
  const app = new Hono<PortalEnv>();
  const lender = lenderSource(options.db, 5_000, () => now().getTime());
  const refusal = async (kind: Refusal, locale: PortalLocale, path: string) =>
    refusalPage(kind, locale, await lender().catch(() => null), path);

  mountLenderAssets(app, lender);
  app.get('/portal.css', (c) =>
    c.body(portalCss, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    }),
  );

  app.use(
    '/p/*',
    secureHeaders({
      contentSecurityPolicy: {},
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: 'require-corp',
      overwrite: false,
    }),
  );
  app.use('/p/*', async (c, next) => {
    await next();
    // Tokens are in the URL: nothing is cached, nothing is indexed, nothing is sent on.
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-robots-tag', 'noindex, nofollow');
    if (!c.res.headers.has('content-security-policy'))
      c.res.headers.set('content-security-policy', baseCsp);
  });

  app.use('/p/:token/*', async (c, next) => {
    const token = c.req.param('token');
    const locale = chooseLocale(c.req.query('lang'), null);
    const at = now().getTime();
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for') : undefined;
    const byIp = perIp.hit(
      clientIp(forwarded, () => getConnInfo(c as Context).remote.address),
      at,
    );
    const byLink = byIp.ok ? perLink.hit(token, at) : byIp;
    if (!byLink.ok) {
      c.header('retry-after', String(byLink.retryAfterSeconds));
      return c.html(await refusal('rate', locale, c.req.path), 429);
    }
    return next();
  });

  // Before anything reads the body: a 20 MB form is refused from its Content-Length (or while
  // streaming, when there is none), never parsed.
  app.use(
    '/p/:token/*',
    bodyLimit({
      maxSize: portalFormLimitBytes,
      onError: async (c) =>
        c.html(await refusal('tooLarge', chooseLocale(c.req.query('lang'), null), c.req.path), 413),
    }),
  );

  app.use('/p/:token/*', csrf(options.origin ? { origin: options.origin } : {}));

  app.use('/p/:token/*', async (c, next) => {
    const token = c.req.param('token');
    const enrollmentId = readLinkToken(token)?.enrollmentId ?? null;
    const owner = enrollmentId ? await enrollmentOwner(options.db, enrollmentId) : null;
    const check = checkLinkToken({
      secret: options.linkSecret,
      token,
      borrowerId: owner,
      now: now(),
    });
    if (!check.ok)
      return c.html(
        await refusal('link', chooseLocale(c.req.query('lang'), null), c.req.path),
        404,
      );
    const session = await loadSession(options.db, options.journeys, check.claims.enrollmentId);
    if (!session)
      return c.html(
        await refusal('link', chooseLocale(c.req.query('lang'), null), c.req.path),
        404,
      );
    const locale = chooseLocale(c.req.query('lang'), session.borrower.locale);
    c.set('token', token);
    c.set('session', session);
    c.set('kit', pageKit(locale, `/p/${token}`, session.borrower.locale, await lender()));
    c.set('form', (name) => formToken(options.linkSecret, token, name));
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      const form = c.req.path.split('/')[3] ?? 'home';
      if (!checkFormToken(options.linkSecret, token, form, body.csrf))
        return c.html(await refusal('form', locale, c.req.path), 403);
    }
    return next();
  });

  const identity = {
    db: options.db,
    logger: options.logger,
    linkSecret: options.linkSecret,
    now,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };
  app.use('/p/:token/*', identityGate(identity));
  app.route('/p/:token', identityRoutes(identity));
  app.route(
    '/p/:token',
    portalPages({
      db: options.db,
      ...(options.journeys ? { journeys: options.journeys } : {}),
      now,
      logger: options.logger,
      ...(options.paymentSecret ? { paymentSecret: options.paymentSecret } : {}),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    }),
  );

  // Unknown pages under a link, and paths that are no link at all.
  app.all('/p/*', async (c) =>
    c.html(await refusal('link', chooseLocale(c.req.query('lang'), null), c.req.path), 404),
  );

  app.onError(async (error, c) => {
    const locale = chooseLocale(c.req.query('lang'), null);
    if (error instanceof HTTPException && error.status === 403)
      return c.html(await refusal('form', locale, c.req.path), 403);
    // The route, not the path: the path carries the borrower's link token.
    options.logger.error(
      { ...errorLogFields(error), route: c.req.routePath },
      'portal request failed',
    );
    return c.html(refusalPage('server', locale, null, c.req.path), 500);
  });
  return app;
}
