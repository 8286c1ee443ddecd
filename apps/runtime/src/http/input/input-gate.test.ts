import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { apiRoutes } from '../routes';
import { borrowers } from '../../db/schema';

const borrower = {
  firstName: 'Lan',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  accounts: [{ externalId: 'A1', amountDue: 100, currency: 'VND' }],
};

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

describe('input gate', () => {
  let api: TestApi;
  const borrowerCount = async () =>
    (await api.database.db.select({ n: count() }).from(borrowers))[0]?.n;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
  });
  afterAll(async () => {
    await api.close();
  });

  it.each([
    ['NUL', 'La\u0000n', 'must not contain NUL characters'],
    ['a lone surrogate', 'La\ud800n', 'must not contain lone UTF-16 surrogates'],
    ['a control character', 'La\u001bn', 'must not contain control characters'],
  ])('refuses %s in a body field with 400 naming it, writing nothing', async (_, name, message) => {
    const res = await api.call('PUT', '/v1/borrowers/B1', {
      body: { ...borrower, firstName: name },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 'VALIDATION',
        message: `firstName: ${message}`,
        details: [{ path: 'firstName', message }],
      },
    });
    expect(await borrowerCount()).toBe(0);
  });

  it('names nested fields by their path, and keys as where they sit', async () => {
    const res = await api.call('PUT', '/v1/borrowers/B1', {
      body: { ...borrower, accounts: [{ ...borrower.accounts[0], product: 'x\u0000' }] },
    });
    expect(res.body).toMatchObject({ error: { details: [{ path: 'accounts.0.product' }] } });
    const key = await api.call('PUT', '/v1/borrowers/B1', {
      body: { ...borrower, attributes: { 'bad\u0000key': 1 } },
    });
    expect(key.status).toBe(400);
    expect(key.body).toMatchObject({ error: { details: [{ path: 'attributes' }] } });
  });

  it('keeps tabs and line breaks', async () => {
    const res = await api.call('PUT', '/v1/borrowers/B1', {
      body: { ...borrower, firstName: 'Lan\tAnh' },
    });
    expect(res.status).toBe(201);
  });

  // A URL cannot carry a lone surrogate (percent-encoded UTF-8 has none), so control characters.
  it('refuses NUL and control characters in query parameters by name', async () => {
    const nul = await api.call('GET', '/v1/borrowers?cursor=a%00b');
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
    const control = await api.call('GET', '/v1/tasks?queue=a%1Bb');
    expect(control.status).toBe(400);
    expect(control.body).toMatchObject({ error: { details: [{ path: 'queue' }] } });
  });

  it('refuses NUL in the path', async () => {
    const res = await api.call('GET', '/v1/borrowers/B%001');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: [{ path: 'path' }] } });
  });

  it('refuses 10,000 levels of nesting with 400 before any route sees it', async () => {
    const event = `{"sourceId":"s1","type":"payment.received","borrower":{"externalId":"B1"},"occurredAt":"2026-03-01T00:00:00Z","data":{"x":${nested(10_000)}}}`;
    const res = await api.call('POST', '/v1/events', { rawBody: event });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'VALIDATION',
        details: [{ path: 'body', message: 'nests deeper than 32 levels' }],
      },
    });
  });

  it('does not count brackets inside strings', async () => {
    const res = await api.call('PUT', '/v1/borrowers/B1', {
      body: { ...borrower, lastName: '['.repeat(100) },
    });
    expect(res.status).toBe(200);
  });
});
