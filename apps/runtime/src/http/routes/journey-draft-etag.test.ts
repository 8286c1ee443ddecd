// Draft saves carry the revision they were made from (If-Match): two saves from the same base
// cannot both win.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../access/session-testing';
import { apiRoutes } from './index';
import { openTestApi, type TestApi } from '../testing';
import { ladder } from './journeys.fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi(apiRoutes);
});
afterAll(async () => {
  await api.close();
});

interface Saved {
  name: string;
  draftRevision: number;
  draftEtag: string;
}
interface Refused {
  error: { code: string; details: { etag: string; updatedBy: string | null } };
}

const create = async (id: string) => {
  const res = await api.call('POST', '/v1/journeys', {
    role: 'designer',
    body: { document: ladder({ id }) },
  });
  expect(res.status).toBe(201);
  return res;
};
const save = (id: string, name: string, headers: Record<string, string> = {}) =>
  api.call('PUT', `/v1/journeys/${id}/draft`, {
    role: 'designer',
    headers,
    body: { document: ladder({ id, name }) },
  });

describe('ETag and If-Match on the draft', () => {
  it('answers the draft with its ETag, in the header and the body, and a save moves it on', async () => {
    const created = await create('etag-one');
    expect(created.headers.get('etag')).toBe('"1"');
    const got = await api.call('GET', '/v1/journeys/etag-one', { role: 'agent' });
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body).toMatchObject({ draftRevision: 1, draftEtag: '"1"' });
    const saved = await save('etag-one', 'Second', { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body).toMatchObject({ name: 'Second', draftEtag: '"2"' } satisfies Partial<Saved>);
  });

  it('refuses the second of two saves made from the same base with 412 and the current ETag', async () => {
    await create('etag-race');
    const first = await save('etag-race', 'Tab A', { 'if-match': '"1"' });
    expect(first.status).toBe(200);
    const second = await save('etag-race', 'Tab B', { 'if-match': '"1"' });
    expect(second.status).toBe(412);
    expect(second.headers.get('etag')).toBe('"2"');
    expect((second.body as Refused).error).toMatchObject({
      code: 'DRAFT_CHANGED',
      details: { etag: '"2"', updatedBy: 'test designer' },
    });
    const now = await api.call('GET', '/v1/journeys/etag-race', { role: 'designer' });
    expect((now.body as Saved).name).toBe('Tab A');
    // Overwriting is a deliberate save with the current ETag.
    const overwrite = await save('etag-race', 'Tab B', { 'if-match': '"2"' });
    expect(overwrite.status).toBe(200);
    expect((overwrite.body as Saved).name).toBe('Tab B');
  });

  it('runs two saves from the same base at once: exactly one wins', async () => {
    await create('etag-parallel');
    const results = await Promise.all([
      save('etag-parallel', 'One', { 'if-match': '"1"' }),
      save('etag-parallel', 'Two', { 'if-match': '"1"' }),
    ]);
    expect(results.map((res) => res.status).sort()).toEqual([200, 412]);
  });

  it('accepts *, a list holding the current ETag, and (for API keys) no If-Match at all', async () => {
    await create('etag-keys');
    expect((await save('etag-keys', 'Any', { 'if-match': '*' })).status).toBe(200);
    expect((await save('etag-keys', 'List', { 'if-match': '"1", "2"' })).status).toBe(200);
    expect((await save('etag-keys', 'No header')).status).toBe(200);
    const current = await api.call('GET', '/v1/journeys/etag-keys', { role: 'designer' });
    expect(current.body).toMatchObject({ name: 'No header', draftRevision: 4 });
  });

  it('412 for a revision never issued (past the integer range too), 400 for a malformed If-Match', async () => {
    await create('etag-odd');
    expect((await save('etag-odd', 'x', { 'if-match': '"99999999999"' })).status).toBe(400);
    expect((await save('etag-odd', 'x', { 'if-match': '"9999999999"' })).status).toBe(412);
    expect((await save('etag-odd', 'x', { 'if-match': '"7"' })).status).toBe(412);
    const malformed = await save('etag-odd', 'x', { 'if-match': 'W/"1"' });
    expect(malformed.status).toBe(400);
  });

  it('requires If-Match from a web-app session (428), so the editor can never overwrite silently', async () => {
    await create('etag-session');
    const person = await signInAs(api, 'designer');
    const put = (headers: Record<string, string>) =>
      api.call('PUT', '/v1/journeys/etag-session/draft', {
        role: null,
        headers: { ...person.headers, ...headers },
        body: { document: ladder({ id: 'etag-session', name: 'From the app' }) },
      });
    const without = await put({});
    expect(without.status).toBe(428);
    expect((without.body as Refused).error.code).toBe('IF_MATCH_REQUIRED');
    expect((await put({ 'if-match': '"1"' })).status).toBe(200);
    expect((await put({ 'if-match': '"1"' })).status).toBe(412);
  });

  it('restoring a version moves the ETag on, so a tab still on the old draft is refused', async () => {
    await create('etag-restore');
    expect(
      (await api.call('POST', '/v1/journeys/etag-restore/publish', { role: 'designer' })).status,
    ).toBe(201);
    const restored = await api.call('POST', '/v1/journeys/etag-restore/versions/1/restore', {
      role: 'designer',
    });
    expect(restored.body).toMatchObject({ draftEtag: '"2"' });
    expect((await save('etag-restore', 'stale', { 'if-match': '"1"' })).status).toBe(412);
  });
});
