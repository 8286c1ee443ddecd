// The identity check in the request path: a gate before every page that shows the balance or
// personal data, and the /identity page that asks. The pass is a signed cookie scoped to this
// link (`Path=/p/<token>`, HttpOnly, SameSite=Lax), so it is remembered for the browser
// session and sent to no other link. Lax, not Strict: the borrower coming back from the lender's
// payment page (a cross-site navigation) keeps the pass; cross-site POSTs still carry no cookie,
// and every portal form is also checked by Origin and a per-form token.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { dateFromParts } from './date-entry';
import {
  checkIdentityPass,
  expectedFact,
  factsMatch,
  identityCookie,
  identityState,
  pagesWithoutCheck,
  recordFailure,
  recordSuccess,
  signIdentityPass,
} from './identity-check';
import { notice } from './page-kit';
import { identityLockedPage, identityPage, identityUnavailablePage } from './pages/identity-page';
import type { PortalEnv } from './portal-env';

export interface IdentityDeps {
  db: Database;
  logger: Logger;
  linkSecret: string;
  now: () => Date;
  /** Where the portal is reached (TANDEM_PUBLIC_URL): an https address marks the cookie Secure. */
  publicUrl?: string;
}

/** The pages a passed check may continue to (never an address the form could make up). */
const nextPages = new Set(['', 'pay', 'promise', 'plan', 'hardship']);

const pageOf = (c: Context<PortalEnv>) => c.req.path.split('/')[3] ?? '';
const factOf = (c: Context<PortalEnv>) => c.get('kit').lender?.settings.identityCheck?.fact;

function passed(c: Context<PortalEnv>, deps: IdentityDeps): boolean {
  const fact = factOf(c);
  if (!fact) return true;
  const value = getCookie(c, identityCookie);
  return checkIdentityPass(deps.linkSecret, c.get('session').enrollmentId, fact, value, deps.now());
}

async function askPage(c: Context<PortalEnv>, deps: IdentityDeps, next: string) {
  const kit = c.get('kit');
  const session = c.get('session');
  const fact = factOf(c)!;
  const state = await identityState(deps.db, session.enrollmentId, deps.now());
  if (state.locked) return lockedResponse(c, state.until, deps.now());
  if (expectedFact(fact, session) === null) return c.html(identityUnavailablePage(kit), 403);
  const csrf = c.get('form')('identity');
  return c.html(identityPage(kit, { fact, csrf, next }), 401);
}

function lockedResponse(c: Context<PortalEnv>, until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  c.header('retry-after', String(seconds));
  return c.html(identityLockedPage(c.get('kit'), until, c.get('session').borrower.timezone), 429);
}

/** Runs after the link is verified: pages that show personal data wait for the check. */
export function identityGate(deps: IdentityDeps): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const page = pageOf(c);
    if (pagesWithoutCheck.has(page) || passed(c, deps)) return next();
    // A form sent without the check (an old tab): nothing is done, the question is asked.
    return askPage(c, deps, nextPages.has(page) ? page : '');
  };
}

export function identityRoutes(deps: IdentityDeps): Hono<PortalEnv> {
  const app = new Hono<PortalEnv>();

  app.get('/identity', async (c) => {
    if (passed(c, deps)) return c.redirect(c.get('kit').href(), 303);
    return askPage(c, deps, '');
  });

  app.post('/identity', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const fact = factOf(c);
    if (!fact || passed(c, deps)) return c.redirect(kit.href(), 303);
    const now = deps.now();
    const state = await identityState(deps.db, session.enrollmentId, now);
    if (state.locked) return lockedResponse(c, state.until, now);
    const expected = expectedFact(fact, session);
    if (expected === null) return c.html(identityUnavailablePage(kit), 403);
    const body = await c.req.parseBody();
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : '');
    const typed =
      fact === 'dateOfBirth'
        ? (dateFromParts(
            { day: text(body.day), month: text(body.month), year: text(body.year) },
            { min: 1900, max: now.getUTCFullYear() },
          ) ?? '')
        : text(body.answer);
    const next = nextPages.has(text(body.next)) ? text(body.next) : '';
    if (typed !== '' && factsMatch(fact, typed, expected)) {
      await recordSuccess(deps.db, session.enrollmentId, now);
      const secure =
        new URL(c.req.url).protocol === 'https:' || deps.publicUrl?.startsWith('https://') === true;
      setCookie(
        c,
        identityCookie,
        signIdentityPass(deps.linkSecret, session.enrollmentId, fact, now),
        {
          path: `/p/${c.get('token')}`,
          httpOnly: true,
          sameSite: 'Lax',
          secure,
        },
      );
      return c.redirect(kit.href(next ? `/${next}` : ''), 303);
    }
    const outcome = await recordFailure(deps.db, session.enrollmentId, now);
    if (outcome.locked) {
      // Which link, never what was typed.
      deps.logger.warn({ enrollmentId: session.enrollmentId }, 'portal identity check locked');
      return lockedResponse(c, outcome.until, now);
    }
    const csrf = c.get('form')('identity');
    const result = notice('error', kit.t.identity.wrong(outcome.triesLeft));
    return c.html(identityPage(kit, { fact, csrf, next, result, invalid: true }), 401);
  });

  return app;
}
