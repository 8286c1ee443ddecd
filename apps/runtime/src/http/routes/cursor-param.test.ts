import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { apiRoutes } from '.';

const forged = Buffer.from(
  JSON.stringify(['2026-13-45 99:99:99+00', '0b6f3c1e-2f0a-4a5e-9f7d-1c2b3a4d5e6f']),
).toString('base64url');

describe('a forged paging cursor', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    const put = await api.call('PUT', '/v1/borrowers/B1', {
      body: { firstName: 'Lan', locale: 'vi', timezone: 'Asia/Ho_Chi_Minh', country: 'VN' },
    });
    expect(put.status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
  });

  it.each([
    ['/v1/enrollments', forged],
    ['/v1/borrowers/B1/messages', forged],
    ['/v1/enrollments', '!!not base64!!'],
    ['/v1/borrowers/B1/messages', Buffer.from('{"not":"json"').toString('base64url')],
    ['/v1/audit', forged],
  ])('on %s answers 400 naming cursor', async (path, cursor) => {
    const res = await api.call('GET', `${path}?cursor=${encodeURIComponent(cursor)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION', details: [{ path: 'cursor' }] },
    });
  });
});
