import pino from 'pino';
import { z } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/client';
import { openTestDatabase } from '../db/test-databases';
import { createApiKey } from '../db/queries/api-keys';
import { ensureAdminKey } from '../keys/key-actions';
import { createApp } from './app';
import type { Operation } from './access/access-matrix';
import { newRouter } from './router';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(async () => {
  await database.close();
});

const echo = createRoute({
  method: 'post',
  path: '/echo',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ name: z.string().min(1), count: z.number().int() }),
        },
      },
    },
  },
  responses: { 200: { description: 'echo' } },
});
// Who may call the test routes: the access middleware knows no other source.
const accessMatrix: Operation[] = [
  { operationId: 'echo', method: 'post', path: '/v1/echo', roles: ['designer'], why: 'test' },
  { operationId: 'boom', method: 'get', path: '/v1/boom', roles: [], why: 'test' },
];
const app = () =>
  createApp(
    { db: database.db, logger: pino({ level: 'silent' }), bodyLimitBytes: 2048, accessMatrix },
    [
      () => {
        const router = newRouter();
        router.openapi(echo, (c) => c.json(c.req.valid('json'), 200));
        router.get('/boom', () => {
          throw new Error('secret stack detail');
        });
        return router;
      },
    ],
  );

describe('the HTTP skeleton', () => {
  it('creates one admin key on first start, never a second', async () => {
    const key = await ensureAdminKey(database.db);
    expect(key).toMatch(/^tdm_/);
    expect(await ensureAdminKey(database.db)).toBeNull();
  });

  it('401 without a key or with an unknown one, 403 with the wrong role, 200 with the right one', async () => {
    const body = JSON.stringify({ name: 'x', count: 1 });
    const post = (key?: string) =>
      app().request('/v1/echo', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
      });
    expect((await post()).status).toBe(401);
    expect(await (await post('tdm_nope')).json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'this API key is unknown' },
    });
    const agent = await createApiKey(database.db, { name: 'agent', role: 'agent' });
    const forbidden = await post(agent.key);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const designer = await createApiKey(database.db, { name: 'designer', role: 'designer' });
    expect((await post(designer.key)).status).toBe(200);
  });

  it('names each bad field, refuses malformed JSON and oversized bodies, and hides internal errors', async () => {
    const { key } = await createApiKey(database.db, { name: 'd2', role: 'designer' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
    const bad = await app().request('/v1/echo', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: '', count: 1.5 }),
    });
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as {
      error: { code: string; details: Array<{ path: string }> };
    };
    expect(badBody.error.code).toBe('VALIDATION');
    expect(badBody.error.details.map((d) => d.path).sort()).toEqual(['count', 'name']);
    const malformed = await app().request('/v1/echo', {
      method: 'POST',
      headers,
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    const huge = await app().request('/v1/echo', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'x'.repeat(5000), count: 1 }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
    const admin = await createApiKey(database.db, { name: 'admin', role: 'admin' });
    const boom = await app().request('/v1/boom', {
      headers: { authorization: `Bearer ${admin.key}` },
    });
    expect(boom.status).toBe(500);
    expect(JSON.stringify(await boom.json())).not.toContain('secret stack detail');
  });

  it('documents itself as OpenAPI 3.1 with a local docs page', async () => {
    const spec = (await (await app().request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/v1/echo');
    const page = await (await app().request('/docs')).text();
    expect(page).toContain('/docs/assets/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\/(?!127)/);
    const bundle = await app().request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
  });

  it('answers unknown routes in the error shape, and only to a caller with a working key', async () => {
    expect((await app().request('/v1/nothing-here')).status).toBe(401);
    const { key } = await createApiKey(database.db, { name: 'd3', role: 'designer' });
    const res = await app().request('/v1/nothing-here', {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
