import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../db/queries/api-keys';
import { openTestDatabase } from '../db/test-databases';
import type { OpenDatabase } from '../db/client';
import { createLogger } from '../logger';
import type { Operation } from './access/access-matrix';
import { createApp } from './app';
import { newRouter } from './router';

// Marked values stand in for a borrower's name: none may reach a log line.
const MARK = 'ZZMARK';

const person = createRoute({
  method: 'post',
  path: '/people/{name}',
  request: {
    params: z.object({ name: z.string() }),
    body: { content: { 'application/json': { schema: z.object({ firstName: z.string() }) } } },
  },
  responses: { 200: { description: 'never' } },
});
const accessMatrix: Operation[] = [
  { operationId: 'person', method: 'post', path: '/v1/people/{name}', roles: [], why: 'test' },
  { operationId: 'thrown', method: 'post', path: '/v1/thrown', roles: [], why: 'test' },
];

describe('error logs', () => {
  let database: OpenDatabase;
  let key: string;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    key = (await createApiKey(database.db, { name: 'admin', role: 'admin' })).key;
  });
  afterAll(async () => {
    await database.close();
  });

  const app = () =>
    createApp(
      {
        db: database.db,
        logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
        accessMatrix,
      },
      [
        () => {
          const router = newRouter();
          // A failed query: the driver's message quotes the parameter, drizzle's adds the SQL.
          router.openapi(person, async (c) => {
            const { firstName } = c.req.valid('json');
            await database.db.execute(sql`select ${firstName}::int as n`);
            return c.json({}, 200);
          });
          router.post('/thrown', async (c) => {
            const body = await c.req.json<{ firstName: string }>();
            throw new Error(`could not greet ${body.firstName}`);
          });
          return router;
        },
      ],
    );

  it('log request id, route and error class/code, never SQL parameters, bodies or paths', async () => {
    const post = (path: string) =>
      app().request(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: `${MARK}-ALICE` }),
      });
    const failedQuery = await post(`/v1/people/${MARK}-BOB`);
    expect(failedQuery.status).toBe(500);
    expect(await failedQuery.text()).not.toContain(MARK);
    const thrown = await post('/v1/thrown');
    expect(thrown.status).toBe(500);

    expect(lines).toHaveLength(2);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({
      msg: 'request failed',
      method: 'POST',
      route: '/v1/people/:name',
      requestId: failedQuery.headers.get('x-request-id'),
      errorClass: expect.stringMatching(/Error$/) as string,
      cause: { code: '22P02' }, // invalid_text_representation, from Postgres itself
    });
    expect(records[1]).toMatchObject({ route: '/v1/thrown', errorClass: 'Error' });
    for (const line of lines) expect(line).not.toContain(MARK);
  });
});
