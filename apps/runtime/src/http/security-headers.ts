// Response headers every answer gets, in one place: the API, the portal, the docs and whatever
// static files the server hands out. Route modules set none of these themselves.
import type { MiddlewareHandler } from 'hono';
import { isHttps, type OriginSettings } from './access/request-origin';

/**
 * The docs page runs swagger-ui from our own files: scripts and styles only from this origin,
 * images from here or data: URIs (its icons), nothing from anywhere else, and no framing.
 * (swagger-ui sets styles through the DOM, which style-src does not govern, so it needs no
 * 'unsafe-inline'; docs-page.test.ts checks that in Chromium.)
 */
export const docsCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year, subdomains included: once a lender serves Tandem over https it stays there. */
export const hstsValue = 'max-age=31536000; includeSubDomains';

const isDocs = (path: string) => path === '/docs' || path.startsWith('/docs/');
const isApi = (path: string) => path === '/v1' || path.startsWith('/v1/');

/**
 * - `X-Content-Type-Options: nosniff` on everything;
 * - `Cache-Control: no-store` on every answer under /v1 (they carry personal data; simpler and
 *   safer than choosing which do);
 * - `Referrer-Policy: no-referrer` everywhere (portal links carry tokens);
 * - a strict CSP on /docs;
 * - `Strict-Transport-Security` only when the browser came over https (and removed otherwise,
 *   whatever a route set: over plain HTTP it would be ignored at best, a trap at worst).
 * @example app.use('*', securityHeaders({ publicUrl }))
 */
export function securityHeaders(settings: OriginSettings): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const path = c.req.path;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    if (isApi(path)) headers.set('Cache-Control', 'no-store');
    if (isDocs(path)) headers.set('Content-Security-Policy', docsCsp);
    if (isHttps(c, settings)) headers.set('Strict-Transport-Security', hstsValue);
    else headers.delete('Strict-Transport-Security');
  };
}
