// The lender as portal pages show it: name in the title and header, logo, brand colour, and the
// contact footer. Read from the lender settings at most every few seconds (every page needs it);
// the logo and the brand stylesheet are served from our own origin, the only one the CSP allows.
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Database } from '../db/client';
import { readLenderSettings } from '../lender/lender-settings';
import type { LenderSettings } from '../lender/lender-settings-schema';
import type { PortalEnv } from './portal-env';

export interface PortalLender {
  name: string;
  settings: LenderSettings;
  /** `/portal-logo?v=…` when there is a logo (the version changes with it, so it can be cached). */
  logoHref: string | null;
  /** `/portal-brand.css?v=…` when there is a brand colour. */
  brandCssHref: string | null;
}

const version = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 12);

export function toPortalLender(settings: LenderSettings): PortalLender {
  return {
    name: settings.tradingName ?? settings.legalName,
    settings,
    logoHref: settings.logo ? `/portal-logo?v=${version(settings.logo)}` : null,
    brandCssHref: settings.brandColour
      ? `/portal-brand.css?v=${version(settings.brandColour)}`
      : null,
  };
}

/** White text on the brand colour: the settings refuse a colour below 4.5:1 against white. */
export const brandCss = (colour: string) =>
  `.brand{background:${colour}}button{background:${colour}}button:hover{background:${colour};filter:brightness(.88)}`;

/**
 * The current lender, cached for `ttlMs` so a busy portal reads the row a few times a minute.
 * @example const lender = lenderSource(db); const now = await lender();
 */
export function lenderSource(
  db: Database,
  ttlMs = 5_000,
  clock: () => number = Date.now,
): () => Promise<PortalLender | null> {
  let cached: { at: number; value: PortalLender | null } | undefined;
  return async () => {
    const at = clock();
    if (cached && at - cached.at < ttlMs) return cached.value;
    const stored = await readLenderSettings(db);
    cached = { at, value: stored ? toPortalLender(stored.settings) : null };
    return cached.value;
  };
}

/** GET /portal-logo and /portal-brand.css: 404 when the lender has none. */
export function mountLenderAssets(
  app: Hono<PortalEnv>,
  lender: () => Promise<PortalLender | null>,
): void {
  const cache = { 'cache-control': 'public, max-age=86400' };
  app.get('/portal-logo', async (c) => {
    const logo = (await lender())?.settings.logo;
    const match = logo ? /^data:(image\/(?:png|jpeg|webp));base64,(.*)$/.exec(logo) : null;
    if (!match?.[1] || match[2] === undefined) return c.body(null, 404);
    return c.body(Buffer.from(match[2], 'base64'), 200, {
      ...cache,
      'content-type': match[1],
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
    });
  });
  app.get('/portal-brand.css', async (c) => {
    const colour = (await lender())?.settings.brandColour;
    if (!colour) return c.body(null, 404);
    return c.body(brandCss(colour), 200, { ...cache, 'content-type': 'text/css; charset=utf-8' });
  });
}
