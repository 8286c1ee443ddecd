import { journeySchema } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { contentHash } from './journey-content';
import { journeysRoutes } from './journeys';
import { ladder, withVietnamese, type ErrorBody, type VersionBody } from './journeys.fixtures';

const errorOf = (body: unknown) => (body as ErrorBody).error;

describe.each(testDrivers)('publishing and versions on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([journeysRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  const create = async (document: unknown) => {
    const res = await api.call('POST', '/v1/journeys', { role: 'designer', body: { document } });
    expect(res.status).toBe(201);
  };
  const save = (id: string, document: unknown) =>
    api.call('PUT', `/v1/journeys/${id}/draft`, { role: 'designer', body: { document } });
  const publish = (id: string, note?: string) =>
    api.call('POST', `/v1/journeys/${id}/publish`, {
      role: 'designer',
      ...(note === undefined ? {} : { body: { note } }),
    });
  const versions = async (id: string) =>
    (
      (await api.call('GET', `/v1/journeys/${id}/versions`, { role: 'agent' })).body as {
        versions: VersionBody[];
      }
    ).versions;

  it('publishes the draft as version 1, with its hash, author, note and time', async () => {
    await create(ladder());
    api.setNow(new Date('2026-03-04T08:30:00Z'));
    const res = await publish('ladder', "first cut'); drop table journey_versions;--");
    api.setNow(new Date('2026-03-02T09:00:00Z'));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      journeyId: 'ladder',
      version: 1,
      contentHash: contentHash(journeySchema.parse(ladder())),
      author: 'test designer',
      note: "first cut'); drop table journey_versions;--",
      publishedAt: '2026-03-04T08:30:00.000Z',
      created: true,
      warnings: [],
    });
  });

  it('returns the existing version, with 200, for content already published, even moved on the canvas', async () => {
    const again = await publish('ladder', 'again');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      version: 1,
      created: false,
      note: "first cut'); drop table journey_versions;--",
    });
    const moved = ladder({
      layout: { hello: { x: 40, y: 400 } },
      nodes: [...ladder().nodes].reverse(),
    });
    expect((await save('ladder', moved)).status).toBe(200);
    const same = await publish('ladder');
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ version: 1, created: false });
    expect((await versions('ladder')).map((v) => v.version)).toEqual([1]);
  });

  it('publishes changed content as the next version and keeps the old one as it was', async () => {
    await save('ladder', withVietnamese(ladder(), 'Xin chào {{ borrower.firstName }}'));
    const res = await publish('ladder', 'warmer vi');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, created: true, note: 'warmer vi' });
    const list = await versions('ladder');
    expect(list.map((v) => [v.version, v.note])).toEqual([
      [2, 'warmer vi'],
      [1, "first cut'); drop table journey_versions;--"],
    ]);
    const first = await api.call('GET', '/v1/journeys/ladder/versions/1', { role: 'integration' });
    expect(first.status).toBe(200);
    const body = first.body as VersionBody & { journeyId: string };
    expect(body.journeyId).toBe('ladder');
    expect(body.document).toEqual(journeySchema.parse(ladder()));
    expect(body.contentHash).toBe(list[1]?.contentHash);
  });

  it('publishes an older content again as a version it already has, not a new one', async () => {
    await save('ladder', ladder());
    const res = await publish('ladder');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, created: false });
  });

  it('publishes with warnings but refuses a draft with errors (422, the problems in details)', async () => {
    const lonely = ladder({ id: 'lonely' });
    lonely.nodes.push({ id: 'orphan', type: 'end', config: { outcome: 'completed' } });
    await create(lonely);
    const warned = await publish('lonely');
    expect(warned.status).toBe(201);
    expect((warned.body as VersionBody).warnings?.map((w) => [w.code, w.severity])).toEqual([
      ['UNREACHABLE_NODE', 'warning'],
    ]);

    await save('lonely', { ...lonely, start: 'nowhere' });
    const refused = await publish('lonely');
    expect(refused.status).toBe(422);
    const error = errorOf(refused.body);
    expect(error.code).toBe('INVALID_JOURNEY');
    const details = error.details as unknown as Array<{ code: string; severity: string }>;
    expect(details).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_START', severity: 'error' }),
    );
    expect((await versions('lonely')).map((v) => v.version)).toEqual([1]);
  });

  it('400 for a bad note, 404 for an unknown journey', async () => {
    const long = await api.call('POST', '/v1/journeys/ladder/publish', {
      role: 'designer',
      body: { note: 'x'.repeat(1001) },
    });
    expect(long.status).toBe(400);
    expect((long.body as ErrorBody).error.details?.map((d) => d.path)).toEqual(['note']);
    const typed = await api.call('POST', '/v1/journeys/ladder/publish', {
      role: 'designer',
      body: { note: 3 },
    });
    expect(typed.status).toBe(400);
    const missing = await publish('ghost');
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('JOURNEY_NOT_FOUND');
  });

  it('creates one version when the same content is published many times at once', async () => {
    await create(ladder({ id: 'racing' }));
    const results = await Promise.all(Array.from({ length: 6 }, () => publish('racing')));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => (r.body as VersionBody).version))).toEqual(new Set([1]));
    expect((await versions('racing')).map((v) => v.version)).toEqual([1]);
  });

  it('never gives two versions one number or one content when saves and publishes interleave', async () => {
    const texts = ['Một', 'Hai', 'Ba'];
    const results = await Promise.all(
      texts.flatMap((text) => [
        save('racing', withVietnamese(ladder({ id: 'racing' }), text)),
        publish('racing'),
        publish('racing'),
      ]),
    );
    for (const res of results) expect([200, 201]).toContain(res.status);
    const list = await versions('racing');
    const numbers = list.map((v) => v.version).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(new Set(list.map((v) => v.contentHash)).size).toBe(list.length);
  });

  it('keeps versions of different journeys apart when they publish at once', async () => {
    await Promise.all([create(ladder({ id: 'twin-a' })), create(ladder({ id: 'twin-b' }))]);
    const [a, b] = await Promise.all([publish('twin-a'), publish('twin-b')]);
    expect([a?.status, b?.status]).toEqual([201, 201]);
    expect([(a?.body as VersionBody).version, (b?.body as VersionBody).version]).toEqual([1, 1]);
  });

  it('404 for an unknown version or journey, 400 for a version that is not a number', async () => {
    const version = await api.call('GET', '/v1/journeys/ladder/versions/9', { role: 'designer' });
    expect(version.status).toBe(404);
    expect(version.body).toEqual({
      error: {
        code: 'VERSION_NOT_FOUND',
        message: 'journey "ladder" has no version 9',
        details: [{ path: 'version', message: 'no such version' }],
      },
    });
    const journey = await api.call('GET', '/v1/journeys/ghost/versions/1', { role: 'designer' });
    expect(errorOf(journey.body).code).toBe('JOURNEY_NOT_FOUND');
    const list = await api.call('GET', '/v1/journeys/ghost/versions', { role: 'designer' });
    expect(list.status).toBe(404);
    for (const bad of ['abc', '0', '1.5', '99999999999']) {
      const res = await api.call('GET', `/v1/journeys/ladder/versions/${bad}`, {
        role: 'designer',
      });
      expect(res.status, bad).toBe(400);
      expect((res.body as ErrorBody).error.details?.map((d) => d.path)).toEqual(['version']);
    }
  });

  it('has no route that changes or deletes a version', async () => {
    const before = await api.call('GET', '/v1/journeys/ladder/versions/1', { role: 'designer' });
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const res = await api.call(method, '/v1/journeys/ladder/versions/1', {
        role: 'admin',
        body: { document: ladder({ name: 'Rewritten' }) },
      });
      expect(res.status, method).toBe(404);
    }
    expect((await api.call('DELETE', '/v1/journeys/ladder', { role: 'admin' })).status).toBe(404);
    const after = await api.call('GET', '/v1/journeys/ladder/versions/1', { role: 'designer' });
    expect(after.body).toEqual(before.body);
  });

  describe('diff', () => {
    const diff = async (query: string) => {
      const res = await api.call('GET', `/v1/journeys/ladder/diff?${query}`, { role: 'agent' });
      return res as {
        status: number;
        body: { from: unknown; to: unknown; diff: Record<string, unknown[]> };
      };
    };

    it('compares two versions node by node', async () => {
      const res = await diff('from=1&to=2');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        from: 1,
        to: 2,
        diff: {
          added: [],
          removed: [],
          rewired: [],
          journey: [],
          changed: [
            {
              nodeId: 'hello',
              type: 'remind',
              changes: [
                {
                  path: ['config', 'message', 'vi'],
                  before:
                    'Chào {{ borrower.firstName }}, khoản {{ account.amountDue | money }} đã đến hạn: {{ links.portal }}',
                  after: 'Xin chào {{ borrower.firstName }}',
                },
              ],
            },
          ],
        },
      });
    });

    it('compares a version with the draft (the default "to"), ignoring layout', async () => {
      const moved = ladder({ name: 'Ladder renamed', layout: { hello: { x: 1, y: 1 } } });
      moved.nodes = moved.nodes.filter((node) => node.id !== 'wait-2d');
      moved.nodes[0] = { ...moved.nodes[0]!, next: { sent: 'done', failed: 'done' } };
      expect((await save('ladder', moved)).status).toBe(200);
      const res = await diff('from=1');
      expect(res.status).toBe(200);
      expect(res.body.to).toBe('draft');
      expect(res.body.diff).toEqual({
        added: [],
        removed: [{ nodeId: 'wait-2d', type: 'wait' }],
        changed: [],
        rewired: [{ nodeId: 'hello', port: 'sent', before: 'wait-2d', after: 'done' }],
        journey: [{ path: ['name'], before: 'Ladder', after: 'Ladder renamed' }],
      });
      const back = await diff('from=draft&to=1');
      expect(back.body.from).toBe('draft');
      expect(back.body.diff.added).toEqual([{ nodeId: 'wait-2d', type: 'wait' }]);
      expect((await diff('from=draft&to=draft')).body.diff).toEqual({
        added: [],
        removed: [],
        changed: [],
        rewired: [],
        journey: [],
      });
    });

    it('422 when the draft is not journey/v1 yet, 404 for an unknown version, 400 for a bad reference', async () => {
      await save('ladder', { id: 'ladder', nodes: 'later' });
      const unreadable = await diff('from=1&to=draft');
      expect(unreadable.status).toBe(422);
      expect(errorOf(unreadable.body).code).toBe('INVALID_JOURNEY');
      const unknown = await diff('from=1&to=7');
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown.body).code).toBe('VERSION_NOT_FOUND');
      for (const [query, path] of [
        ['to=1', 'from'],
        ['from=latest', 'from'],
        ['from=1&to=-2', 'to'],
        ['from=1&to=99999999999', 'to'],
      ] as const) {
        const res = await diff(query);
        expect(res.status, query).toBe(400);
        expect((res.body as unknown as ErrorBody).error.details?.map((d) => d.path)).toEqual([
          path,
        ]);
      }
      const ghost = await api.call('GET', '/v1/journeys/ghost/diff?from=1', { role: 'designer' });
      expect(errorOf(ghost.body).code).toBe('JOURNEY_NOT_FOUND');
    });
  });
});
