// The built web app over real HTTP, mounted as server.ts mounts it (beside the API, its docs and
// the borrower portal): cache headers, precompressed encodings, the fallback to index.html for
// the app's own routes only, and nothing else in the checkout reachable, however it is spelled.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/client';
import { openTestDatabase } from '../db/test-databases';
import { createApp } from '../http/app';
import { portalRoutes } from '../portal/portal-routes';
import { readAssetManifest } from './asset-manifest';
import {
  fixtureFiles,
  planted,
  rawRequest,
  writeCheckoutFixture,
  type RawResponse,
} from './testing';
import { webAppRoutes } from './web-app-routes';

let root: string;
let database: OpenDatabase;
let server: ServerType;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tandem-web-app-'));
  const dist = writeCheckoutFixture(root);
  database = await openTestDatabase('pglite');
  const logger = pino({ level: 'silent' });
  const app = createApp({ db: database.db, logger });
  app.route('/', portalRoutes({ db: database.db, logger, linkSecret: 'x'.repeat(32) }));
  app.route('/', webAppRoutes(readAssetManifest(dist)));
  server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(port, path, { headers });
const text = (response: RawResponse) => response.body.toString('utf8');
const leaks = (response: RawResponse) =>
  Object.values(planted).filter((secret) => text(response).includes(secret));

describe('the web app, served by the API server', () => {
  it('sends hashed assets with a year-long immutable cache and index.html with no-cache', async () => {
    const script = await get('/app/assets/index-3f2a9c.js');
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(text(script)).toBe(fixtureFiles.script);

    const index = await get('/app/');
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(text(index)).toBe(fixtureFiles.index);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');

    // A file outside assets/ keeps its name across builds: it is revalidated, not kept.
    expect((await get('/app/icon.svg')).headers['cache-control']).toBe('no-cache');
    expect((await get('/app/index.html')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of index.html with 304 when it has not changed', async () => {
    const first = await get('/app/');
    const etag = String(first.headers.etag);
    const again = await get('/app/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('chooses brotli, then gzip, by Accept-Encoding, and says it varies by it', async () => {
    const chrome = await get('/app/assets/index-3f2a9c.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(chrome.headers['content-encoding']).toBe('br');
    expect(chrome.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(chrome.body).toString()).toBe(fixtureFiles.script);
    expect(Number(chrome.headers['content-length'])).toBe(chrome.body.length);
    expect(chrome.body.length).toBeLessThan(fixtureFiles.script.length / 4);

    const gzipOnly = await get('/app/assets/index-3f2a9c.js', { 'accept-encoding': 'gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipOnly.body).toString()).toBe(fixtureFiles.script);

    const refusesBrotli = await get('/app/assets/index-3f2a9c.js', {
      'accept-encoding': 'br;q=0, gzip;q=0.5',
    });
    expect(refusesBrotli.headers['content-encoding']).toBe('gzip');

    const plain = await get('/app/assets/index-3f2a9c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(text(plain)).toBe(fixtureFiles.script);

    const noneWanted = await get('/app/assets/index-3f2a9c.js', {
      'accept-encoding': 'identity, br;q=0, gzip;q=0',
    });
    expect(noneWanted.headers['content-encoding']).toBeUndefined();

    // The stylesheet was compressed with gzip only: a brotli-only client gets it plain.
    const style = await get('/app/assets/app-77b1.css', { 'accept-encoding': 'br' });
    expect(style.headers['content-encoding']).toBeUndefined();
    expect(text(style)).toBe(fixtureFiles.style);

    const index = await get('/app/journeys/first-time', { 'accept-encoding': 'br' });
    expect(index.headers['content-encoding']).toBe('br');
    expect(index.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(index.body).toString()).toBe(fixtureFiles.index);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await rawRequest(port, '/app/assets/index-3f2a9c.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });

  it("falls back to index.html for the app's own routes, and redirects / to the app", async () => {
    for (const route of ['/app/journeys', '/app/journeys/first-time', '/app/settings/keys/']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(text(response), route).toBe(fixtureFiles.index);
      expect(response.headers['cache-control'], route).toBe('no-cache');
    }
    const home = await get('/');
    expect(home.status).toBe(302);
    expect(home.headers.location).toBe('/app/');
    expect((await get('/app')).headers.location).toBe('/app/');
  });

  it('does not fall back for the API, the portal, the docs, unknown assets or files', async () => {
    // The API answers for itself, in its error shape (404 here, or 401 once access is checked
    // before routing), never with the app's page.
    for (const path of ['/v1/journeys', '/v1/nothing-here', '/v1/']) {
      const api = await get(path);
      expect([401, 404], path).toContain(api.status);
      expect(api.headers['content-type'], path).toMatch(/^application\/json/);
      expect(JSON.parse(text(api)), path).toHaveProperty('error.code');
    }

    const portal = await get('/p/not-a-token/');
    expect(text(portal)).not.toBe(fixtureFiles.index);
    expect(portal.headers['cache-control']).toBe('no-store');

    const docs = await get('/docs');
    expect(docs.status).toBe(200);
    expect(text(docs)).toContain('<title>Tandem API</title>');

    for (const path of [
      '/app/assets/index-deadbeef.js',
      '/app/assets/nothing',
      '/app/missing.js',
      '/app/journeys/x.json',
      '/app/favicon.ico',
      '/journeys',
      '/settings/keys',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(text(response), path).not.toContain('<div id="root">');
    }
  });

  it('lists no directory and serves no compressed variant or dot-file by its own name', async () => {
    for (const path of [
      '/app/assets',
      '/app/assets/',
      '/app/assets/index-3f2a9c.js.br',
      '/app/assets/index-3f2a9c.js.gz',
      '/app/index.html.gz',
      '/app/.inputs-hash',
      '/app/%2einputs-hash',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      // A listing would name the other files; the 404 names only the path asked for.
      expect(text(response), path).not.toContain('app-77b1');
      expect(response.headers['content-type'], path).toMatch(/^application\/json/);
      expect(leaks(response), path).toEqual([]);
    }
  });

  it('never serves the data folder, the sources, package.json or node_modules, however spelled', async () => {
    const attempts = [
      '/.data/link-secret',
      '/../.data/link-secret',
      '/app/../.data/link-secret',
      '/app/../../../.data/link-secret',
      '/app/%2e%2e/%2e%2e/%2e%2e/.data/link-secret',
      '/app/%2E%2E%2F%2E%2E%2F%2E%2E%2F.data%2Flink-secret',
      '/app/assets/..%2f..%2f..%2f..%2f.data%2flink-secret',
      '/app/..%5c..%5c..%5c.data%5clink-secret',
      '/app/..\\..\\..\\.data\\link-secret',
      '/app/assets/index-3f2a9c.js%00.html',
      '/app/%00/../../.data/link-secret',
      '/%2e%2e/.data/link-secret',
      '/%2e%2e/%2e%2e/package.json',
      '/apps/editor/src/main.tsx',
      '/app/../src/main.tsx',
      '/app/%2e%2e/src/main.tsx',
      '/package.json',
      '/app/../../../package.json',
      '/app/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/node_modules/left-pad/index.js',
      '/app/../../../node_modules/left-pad/index.js',
      '/app/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/node_modules/left-pad/index.js',
      '/app//etc/passwd',
      '/app/assets//etc/passwd',
    ];
    for (const path of attempts) {
      const response = await get(path, { 'accept-encoding': 'identity' });
      expect(leaks(response), path).toEqual([]);
      expect(response.status, path).toBeGreaterThanOrEqual(300);
      expect(text(response), path).not.toContain('root:');
    }
  });
});
