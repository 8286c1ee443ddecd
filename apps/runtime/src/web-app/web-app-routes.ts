// The built web app (apps/editor/dist), served by the API's own server under /app/: one origin
// and one port for the API (/v1), the borrower portal (/p), the API docs (/docs) and the app.
// Under /app/ the app owns every path, so the fallback to index.html never shadows a server
// route, and a new screen needs no change here.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Asset, AssetManifest, ContentEncoding } from './asset-manifest';
import { chooseEncoding } from './content-encoding';

/** Where the app lives; Vite builds it with this `base`. */
export const webAppBase = '/app/';

/** Vite writes hashed file names here: they never change content, so caches keep them a year. */
const hashedFolder = 'assets';
const hashedPrefix = `${hashedFolder}/`;
const immutable = 'public, max-age=31536000, immutable';

/**
 * A path the app's router may own: `/app/`, `/app/journeys/first-time`, `/app/settings/keys`.
 * Segments of letters, digits, `-` and `_` only: no file extension, no dot segment, no encoded
 * character, no backslash. Anything else that is not a built file is a 404, not the app.
 */
const appRoute = /^(?:\/[A-Za-z0-9_-]+)*\/?$/;

/** The app's CSP: its own scripts only; inline styles for React Flow and Monaco positioning. */
const appSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  strictTransportSecurity: false,
});

function send(c: Context, asset: Asset, cacheControl: string): Response {
  const available = Object.keys(asset.encoded) as ContentEncoding[];
  const encoding = chooseEncoding(c.req.header('accept-encoding'), available);
  const variant = encoding === 'identity' ? asset : asset.encoded[encoding];
  const headers = new Headers({
    'content-type': asset.contentType,
    'cache-control': cacheControl,
    etag: asset.etag,
  });
  if (available.length > 0) headers.set('vary', 'Accept-Encoding');
  if (encoding !== 'identity') headers.set('content-encoding', encoding);
  if (c.req.header('if-none-match') === asset.etag) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('content-length', String(variant!.size));
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(variant!.file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

/**
 * Serves the app from a manifest of its built files (see `readAssetManifest`): hashed assets
 * with a year's cache, `index.html` with `no-cache`, brotli or gzip as the client accepts,
 * and index.html for the app's own routes.
 * @example app.route('/', webAppRoutes(readAssetManifest('apps/editor/dist')))
 */
export function webAppRoutes(manifest: AssetManifest): Hono {
  const app = new Hono();
  const index = manifest.get('index.html');
  if (!index) throw new Error('the built web app has no index.html');
  app.get('/', (c) => c.redirect(webAppBase, 302));
  app.get('/app', (c) => c.redirect(webAppBase, 301));
  app.use('/app/*', appSecurityHeaders);
  app.get('/app/*', (c) => {
    const name = c.req.path.slice(webAppBase.length);
    const asset = manifest.get(name);
    if (asset) {
      return send(c, asset, name.startsWith(hashedPrefix) ? immutable : 'no-cache');
    }
    const route = c.req.path.slice(webAppBase.length - 1);
    const inAssets = name === hashedFolder || name.startsWith(hashedPrefix);
    if (inAssets || !appRoute.test(route)) return c.notFound();
    return send(c, index, 'no-cache');
  });
  return app;
}
