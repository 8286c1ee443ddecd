// Archiving: the list hides archived journeys unless asked, and nobody is enrolled into one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { apiRoutes } from './index';
import { ladder } from './journeys.fixtures';
import { insertDebtor } from './record-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi(apiRoutes);
  for (const id of ['kept', 'retired']) {
    await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id }) },
    });
    expect(
      (await api.call('POST', `/v1/journeys/${id}/publish`, { role: 'designer' })).status,
    ).toBe(201);
  }
});
afterAll(async () => {
  await api.close();
});

const listed = async (query = '') => {
  const res = await api.call('GET', `/v1/journeys${query}`, { role: 'agent' });
  expect(res.status).toBe(200);
  return (res.body as { journeys: Array<{ id: string; archivedAt: string | null }> }).journeys;
};
const enroll = async (journeyId: string) => {
  const d = await insertDebtor(api.database.db);
  return api.call('POST', '/v1/enrollments', {
    role: 'integration',
    body: {
      borrower: { externalId: d.borrower.externalId },
      account: { externalId: d.account.externalId },
      journeyId,
    },
  });
};

describe('archiving journeys', () => {
  it('hides an archived journey from the list unless asked, and refuses enrolling into it', async () => {
    const archived = await api.call('POST', '/v1/journeys/retired/archive', { role: 'designer' });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: 'retired', archivedAt: '2026-03-02T09:00:00.000Z' });

    expect((await listed()).map((j) => j.id)).toEqual(['kept']);
    expect((await listed('?archived=include')).map((j) => j.id)).toEqual(['kept', 'retired']);
    expect(await listed('?archived=only')).toEqual([
      expect.objectContaining({ id: 'retired', archivedAt: '2026-03-02T09:00:00.000Z' }),
    ]);

    const refused = await enroll('retired');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: { code: 'JOURNEY_ARCHIVED', details: [{ path: 'journeyId' }] },
    });
    expect((await enroll('kept')).status).toBe(201);
  });

  it('unarchiving brings it back to the list and to enrollments', async () => {
    const back = await api.call('POST', '/v1/journeys/retired/unarchive', { role: 'designer' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ archivedAt: null });
    expect((await listed()).map((j) => j.id)).toEqual(['kept', 'retired']);
    expect((await enroll('retired')).status).toBe(201);
  });

  it('only designers (and admins) archive; 404 for an unknown journey, 400 for a bad query', async () => {
    expect((await api.call('POST', '/v1/journeys/kept/archive', { role: 'agent' })).status).toBe(
      403,
    );
    expect(
      (await api.call('POST', '/v1/journeys/kept/archive', { role: 'integration' })).status,
    ).toBe(403);
    expect((await api.call('POST', '/v1/journeys/nope/archive', { role: 'designer' })).status).toBe(
      404,
    );
    expect((await api.call('GET', '/v1/journeys?archived=yes', { role: 'agent' })).status).toBe(
      400,
    );
  });
});
