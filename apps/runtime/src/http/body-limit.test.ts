// The body limit over real HTTP (@hono/node-server on a port), where the request's body is a
// socket stream: by the Content-Length header without turning the request into a web stream,
// and by counting for a chunked body.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitByLength } from './body-limit';

// @hono/node-server keeps the full Request it builds on first use of `body` under this symbol.
const materialized = (raw: Request) =>
  Object.getOwnPropertySymbols(raw).some((s) => s.description === 'requestCache');

let server: ServerType;
let port = 0;
beforeAll(async () => {
  const app = new Hono();
  app.use('*', bodyLimitByLength({ maxSize: 100, onError: (c) => c.text('too large', 413) }));
  app.post('/echo', async (c) => {
    const text = await c.req.text();
    return c.json({ length: text.length, materialized: materialized(c.req.raw) });
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** POSTs `body` with a Content-Length, or chunked (no length) when `chunked`. */
function post(body: string, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/echo', method: 'POST' }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    if (!chunked) req.setHeader('content-length', Buffer.byteLength(body));
    req.end(body);
  });
}

describe('bodyLimitByLength', () => {
  it('passes a body within the limit by its Content-Length, read directly (no web stream)', async () => {
    const res = await post('x'.repeat(100));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ length: 100, materialized: false });
  });

  it('refuses a body over the limit by its Content-Length', async () => {
    expect((await post('x'.repeat(101))).status).toBe(413);
  });

  it('counts a chunked body: within the limit passes, over it is refused', async () => {
    const small = await post('x'.repeat(60), true);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.text)).toMatchObject({ length: 60 });
    expect((await post('x'.repeat(101), true)).status).toBe(413);
  });
});
