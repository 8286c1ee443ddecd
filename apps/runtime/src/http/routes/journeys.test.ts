import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { blankJourney } from './journey-content';
import { journeysRoutes } from './journeys';
import { ladder, type ErrorBody, type ProblemBody } from './journeys.fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([journeysRoutes]);
});
afterAll(async () => {
  await api.close();
});

interface JourneyBody {
  id: string;
  name: string;
  description: string | null;
  draft: Record<string, unknown>;
  draftUpdatedBy: string | null;
  updatedAt: string;
  ok: boolean;
  problems: ProblemBody[];
  versions: unknown[];
}

const errorOf = (body: unknown) => (body as ErrorBody).error;
const pathsOf = (body: unknown) => (errorOf(body).details ?? []).map((d) => d.path);

describe('POST /v1/journeys', () => {
  it('creates a blank journey from an id and a name: a valid draft whose start is an end node', async () => {
    const res = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { id: 'blank-one', name: 'Blank one' },
    });
    expect(res.status).toBe(201);
    const body = res.body as JourneyBody;
    expect(body).toMatchObject({ id: 'blank-one', name: 'Blank one', ok: true, problems: [] });
    expect(body.draft).toEqual(blankJourney({ id: 'blank-one', name: 'Blank one' }));
    expect(body.draftUpdatedBy).toBe('test designer');
    expect(body.updatedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(body.versions).toEqual([]);
    expect(Object.keys(body).sort()).toEqual([
      'archivedAt',
      'createdAt',
      'description',
      'draft',
      'draftEtag',
      'draftRevision',
      'draftUpdatedBy',
      'id',
      'name',
      'ok',
      'problems',
      'updatedAt',
      'versions',
    ]);
  });

  it('creates a journey from a document and reports no problem when it is valid', async () => {
    const document = ladder({ id: 'from-doc', description: 'Gentle' });
    const res = await api.call('POST', '/v1/journeys', { role: 'designer', body: { document } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'from-doc', name: 'Ladder', description: 'Gentle' });
    expect(res.body).toMatchObject({ ok: true, problems: [] });
    expect((res.body as JourneyBody).draft).toEqual(document);
  });

  it('stores an invalid draft as it is and lists its problems', async () => {
    const document = {
      ...ladder({ id: 'broken-draft', start: 'nowhere' }),
      locales: ['en', 'vi', 'es'],
    };
    const res = await api.call('POST', '/v1/journeys', { role: 'designer', body: { document } });
    expect(res.status).toBe(201);
    const body = res.body as JourneyBody;
    expect(body.ok).toBe(false);
    const codes = body.problems.map((p) => p.code);
    expect(codes).toContain('UNKNOWN_START');
    expect(codes).toContain('MISSING_LOCALE');
    const stored = await api.call('GET', '/v1/journeys/broken-draft', { role: 'designer' });
    expect((stored.body as JourneyBody).draft).toEqual(document);
    expect((stored.body as JourneyBody).problems).toEqual(body.problems);
  });

  it('names the journey after its id when the draft has no usable name', async () => {
    const document = { id: 'nameless', nodes: 'not yet' };
    const res = await api.call('POST', '/v1/journeys', { role: 'designer', body: { document } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'nameless', name: 'nameless', ok: false });
  });

  it('stores a SQL-ish name verbatim', async () => {
    const name = "x'); drop table journeys;--";
    const created = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id: 'sql-ish', name }) },
    });
    expect(created.status).toBe(201);
    const blank = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { id: 'sql-ish-blank', name },
    });
    expect(blank.status).toBe(201);
    const list = await api.call('GET', '/v1/journeys', { role: 'designer' });
    const names = (list.body as { journeys: Array<{ id: string; name: string }> }).journeys;
    expect(names.filter((j) => j.id.startsWith('sql-ish')).map((j) => j.name)).toEqual([
      name,
      name,
    ]);
  });

  it('refuses an id that exists with 409, naming the field', async () => {
    const again = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id: 'from-doc', name: 'Other' }) },
    });
    expect(again.status).toBe(409);
    expect(errorOf(again.body).code).toBe('JOURNEY_EXISTS');
    expect(pathsOf(again.body)).toEqual(['document.id']);
    const blank = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { id: 'from-doc', name: 'Other' },
    });
    expect(blank.status).toBe(409);
    expect(pathsOf(blank.body)).toEqual(['id']);
    const kept = await api.call('GET', '/v1/journeys/from-doc', { role: 'designer' });
    expect((kept.body as JourneyBody).name).toBe('Ladder');
  });

  it.each([
    ['a document that is not an object', { document: 'hello' }, ['document']],
    ['a document that is an array', { document: [ladder()] }, ['document']],
    ['a document without an id', { document: { name: 'x' } }, ['document.id']],
    [
      'a document whose id is not a slug',
      { document: ladder({ id: 'Has Spaces' }) },
      ['document.id'],
    ],
    ['a document whose id is a number', { document: { ...ladder(), id: 7 } }, ['document.id']],
    ['neither a document nor an id and name', {}, ['id', 'name']],
    ['a blank journey without a name', { id: 'no-name' }, ['name']],
    ['a blank journey with a name of the wrong type', { id: 'typed', name: 5 }, ['name']],
    ['a blank journey with an empty name', { id: 'empty-name', name: '' }, ['name']],
    ['a blank journey named with three spaces', { id: 'spaces', name: '   ' }, ['name']],
    ['a blank journey named with tabs and newlines', { id: 'tabs', name: '\t\n ' }, ['name']],
    ['a blank journey named with a zero-width space', { id: 'zw', name: '\u200b' }, ['name']],
    [
      'a document named with only spaces',
      { document: ladder({ id: 'sp', name: '  ' }) },
      ['document.name'],
    ],
    ['a document and an id at once', { document: ladder({ id: 'both' }), id: 'both' }, ['id']],
    [
      'a name with a NUL character',
      { document: ladder({ id: 'nul', name: 'a\u0000b' }) },
      ['document.name'],
    ],
  ])('400 for %s, naming the field', async (_what, body, paths) => {
    const res = await api.call('POST', '/v1/journeys', { role: 'designer', body });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('VALIDATION');
    expect(pathsOf(res.body)).toEqual(paths);
  });

  it('400 for an unknown field, naming it, and for a body that is not JSON', async () => {
    const res = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { documnet: ladder({ id: 'typo' }) },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).message).toContain('documnet');
    const malformed = await api.call('POST', '/v1/journeys', {
      role: 'designer',
      rawBody: '{"document": ',
    });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body).message).toMatch(/json/i);
    const missing = await api.call('GET', '/v1/journeys/typo', { role: 'designer' });
    expect(missing.status).toBe(404);
  });
});

describe('GET /v1/journeys and /v1/journeys/:id', () => {
  it('lists journeys by id with problem counts and their latest version', async () => {
    await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id: 'listed' }) },
    });
    api.setNow(new Date('2026-03-03T10:00:00Z'));
    await api.call('POST', '/v1/journeys/listed/publish', { role: 'designer' });
    await api.call('PUT', '/v1/journeys/listed/draft', {
      role: 'designer',
      body: { document: ladder({ id: 'listed', name: 'Listed v2' }) },
    });
    await api.call('POST', '/v1/journeys/listed/publish', { role: 'designer' });
    api.setNow(new Date('2026-03-02T09:00:00Z'));

    const res = await api.call('GET', '/v1/journeys', { role: 'agent' });
    expect(res.status).toBe(200);
    const { journeys } = res.body as { journeys: Array<Record<string, unknown>> };
    const ids = journeys.map((j) => j.id as string);
    expect(ids).toEqual([...ids].sort());
    expect(journeys.find((j) => j.id === 'listed')).toEqual({
      id: 'listed',
      name: 'Listed v2',
      draftUpdatedAt: '2026-03-03T10:00:00.000Z',
      archivedAt: null,
      latestVersion: 2,
      latestPublishedAt: '2026-03-03T10:00:00.000Z',
      problemCount: 0,
      errorCount: 0,
    });
    const broken = journeys.find((j) => j.id === 'broken-draft');
    expect(broken).toMatchObject({ latestVersion: null, latestPublishedAt: null });
    expect(broken?.errorCount).toBeGreaterThanOrEqual(2);
    expect(broken?.problemCount).toBeGreaterThanOrEqual(broken?.errorCount as number);
  });

  it('shows one journey with its draft, problems and versions newest first', async () => {
    const res = await api.call('GET', '/v1/journeys/listed', { role: 'integration' });
    expect(res.status).toBe(200);
    const body = res.body as Omit<JourneyBody, 'versions'> & {
      versions: Array<{ version: number }>;
    };
    expect(body).toMatchObject({ id: 'listed', name: 'Listed v2', ok: true, problems: [] });
    expect(body.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('404 for an unknown journey and 400 for an id that cannot be one, in the error shape', async () => {
    const missing = await api.call('GET', '/v1/journeys/no-such-journey', { role: 'designer' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: {
        code: 'JOURNEY_NOT_FOUND',
        message: 'there is no journey "no-such-journey"',
        details: [{ path: 'id', message: 'no such journey' }],
      },
    });
    const bad = await api.call('GET', '/v1/journeys/Not%20A%20Slug', { role: 'designer' });
    expect(bad.status).toBe(400);
    expect(pathsOf(bad.body)).toEqual(['id']);
  });
});

describe('PUT /v1/journeys/:id/draft', () => {
  it('saves a draft, valid or not, with its problems, author and time', async () => {
    await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { id: 'drafty', name: 'Drafty' },
    });
    api.setNow(new Date('2026-03-05T12:00:00Z'));
    const broken = { ...ladder({ id: 'drafty', name: 'Drafty 2' }), nodes: [] };
    const res = await api.call('PUT', '/v1/journeys/drafty/draft', {
      role: 'admin',
      body: { document: broken },
    });
    api.setNow(new Date('2026-03-02T09:00:00Z'));
    expect(res.status).toBe(200);
    const body = res.body as JourneyBody;
    expect(body).toMatchObject({ name: 'Drafty 2', ok: false, draftUpdatedBy: 'test admin' });
    expect(body.updatedAt).toBe('2026-03-05T12:00:00.000Z');
    expect(body.draft).toEqual(broken);
    expect(body.problems.some((p) => p.code === 'SCHEMA' && p.path[0] === 'nodes')).toBe(true);
  });

  it('400 when the document id is not the URL id, and the draft stays as it was', async () => {
    const res = await api.call('PUT', '/v1/journeys/drafty/draft', {
      role: 'designer',
      body: { document: ladder({ id: 'someone-else' }) },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('ID_MISMATCH');
    expect(pathsOf(res.body)).toEqual(['document.id']);
    const kept = await api.call('GET', '/v1/journeys/drafty', { role: 'designer' });
    expect((kept.body as JourneyBody).name).toBe('Drafty 2');
  });

  it('400 for a draft renamed to only spaces, naming the field, and the draft stays as it was', async () => {
    const res = await api.call('PUT', '/v1/journeys/drafty/draft', {
      role: 'designer',
      body: { document: ladder({ id: 'drafty', name: ' \u00a0 ' }) },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('VALIDATION');
    expect(pathsOf(res.body)).toEqual(['document.name']);
    const kept = await api.call('GET', '/v1/journeys/drafty', { role: 'designer' });
    expect((kept.body as JourneyBody).name).toBe('Drafty 2');
  });

  it('400 without a document, 404 for an unknown journey', async () => {
    const none = await api.call('PUT', '/v1/journeys/drafty/draft', { role: 'designer', body: {} });
    expect(none.status).toBe(400);
    expect(pathsOf(none.body)).toEqual(['document']);
    const bare = await api.call('PUT', '/v1/journeys/drafty/draft', {
      role: 'designer',
      body: ladder({ id: 'drafty' }),
    });
    expect(bare.status).toBe(400);
    const missing = await api.call('PUT', '/v1/journeys/ghost/draft', {
      role: 'designer',
      body: { document: ladder({ id: 'ghost' }) },
    });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('JOURNEY_NOT_FOUND');
  });
});

describe('POST /v1/journeys/:id/validate', () => {
  it('validates the stored draft when no document is sent', async () => {
    const res = await api.call('POST', '/v1/journeys/broken-draft/validate', { role: 'agent' });
    expect(res.status).toBe(200);
    const body = res.body as { ok: boolean; problems: ProblemBody[] };
    expect(body.ok).toBe(false);
    expect(body.problems.map((p) => p.code)).toContain('UNKNOWN_START');
    const empty = await api.call('POST', '/v1/journeys/from-doc/validate', {
      role: 'integration',
      body: {},
    });
    expect(empty.body).toEqual({ ok: true, problems: [] });
  });

  it('validates a document from the body without storing it', async () => {
    const document = { ...ladder({ id: 'from-doc' }), defaultLocale: 'fr' };
    const res = await api.call('POST', '/v1/journeys/from-doc/validate', {
      role: 'designer',
      body: { document },
    });
    const body = res.body as { ok: boolean; problems: ProblemBody[] };
    expect(body.ok).toBe(false);
    expect(body.problems.map((p) => p.code)).toEqual(['DEFAULT_LOCALE_NOT_LISTED']);
    const notAJourney = await api.call('POST', '/v1/journeys/from-doc/validate', {
      role: 'designer',
      body: { document: null },
    });
    expect(notAJourney.body).toMatchObject({ ok: false, problems: [{ code: 'SCHEMA', path: [] }] });
    const stored = await api.call('GET', '/v1/journeys/from-doc', { role: 'designer' });
    expect(stored.body).toMatchObject({ ok: true, draft: { defaultLocale: 'en' } });
  });

  it('404 for an unknown journey', async () => {
    const res = await api.call('POST', '/v1/journeys/ghost/validate', { role: 'designer' });
    expect(res.status).toBe(404);
  });
});

describe('who may do what', () => {
  it('401 without a key, on reads and writes alike', async () => {
    for (const [method, path] of [
      ['GET', '/v1/journeys'],
      ['GET', '/v1/journeys/from-doc'],
      ['GET', '/v1/journeys/from-doc/versions/1'],
      ['POST', '/v1/journeys'],
      ['POST', '/v1/journeys/from-doc/publish'],
    ] as const) {
      const res = await api.call(method, path, { role: null });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(errorOf(res.body).code).toBe('UNAUTHORIZED');
    }
  });

  it('lets only designers (and admins) write; agents and integrations read', async () => {
    const document = ladder({ id: 'guarded' });
    for (const role of ['agent', 'integration'] as const) {
      const writes = [
        await api.call('POST', '/v1/journeys', { role, body: { document } }),
        await api.call('PUT', '/v1/journeys/from-doc/draft', { role, body: { document } }),
        await api.call('POST', '/v1/journeys/from-doc/publish', { role }),
      ];
      for (const res of writes) {
        expect(res.status).toBe(403);
        expect(errorOf(res.body).code).toBe('FORBIDDEN');
      }
      expect((await api.call('GET', '/v1/journeys/from-doc', { role })).status).toBe(200);
      expect((await api.call('GET', '/v1/journeys/from-doc/versions', { role })).status).toBe(200);
      expect((await api.call('POST', '/v1/journeys/from-doc/validate', { role })).status).toBe(200);
    }
    expect((await api.call('GET', '/v1/journeys/guarded', { role: 'designer' })).status).toBe(404);
  });

  it('checks the key before the body, so a stranger learns nothing about the input', async () => {
    const res = await api.call('POST', '/v1/journeys', {
      role: null,
      body: { document: 'nonsense' },
    });
    expect(res.status).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('lists every journeys route with its schemas', async () => {
    const spec = (await api.call('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(spec.paths['/v1/journeys'] ?? {}).sort()).toEqual(['get', 'post']);
    for (const path of [
      '/v1/journeys/{id}',
      '/v1/journeys/{id}/draft',
      '/v1/journeys/{id}/validate',
      '/v1/journeys/{id}/publish',
      '/v1/journeys/{id}/versions',
      '/v1/journeys/{id}/versions/{version}',
      '/v1/journeys/{id}/diff',
    ]) {
      expect(spec.paths[path], path).toBeDefined();
    }
    expect(Object.keys(spec.components.schemas)).toEqual(
      expect.arrayContaining([
        'Journey',
        'JourneyDocument',
        'Problem',
        'JourneyDiff',
        'JourneyVersion',
      ]),
    );
  });
});
