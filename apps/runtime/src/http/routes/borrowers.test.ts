import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { borrowersRoutes } from './borrowers';
import { holdsRoutes } from './holds';

const lan = {
  firstName: 'Lan',
  lastName: 'Nguyễn',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  segment: 'first-time',
  attributes: { score: 640 },
  channels: {
    sms: { address: '+84912345678', consent: true },
    email: { address: 'lan.nguyen@example.com', consent: true },
  },
  preferences: { optedOut: ['whatsapp'] },
  accounts: [
    {
      externalId: 'VN-0001-L1',
      amountDue: 2_500_000,
      currency: 'VND',
      dueDate: '2026-02-25',
      daysPastDue: 5,
    },
  ],
};

type Detail = {
  id: string;
  externalId: string;
  firstName: string;
  accounts: Array<{ externalId: string; amountDue: number }>;
  activeHolds: Array<{ kind: string }>;
  createdAt: string;
};

describe('borrower routes', () => {
  let api: TestApi;
  const logLines: string[] = [];
  beforeAll(async () => {
    api = await openTestApi([borrowersRoutes, holdsRoutes], {
      deps: { logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }) },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('creates with 201, updates with 200, and shows accounts and active holds', async () => {
    const created = await api.call('PUT', '/v1/borrowers/VN-0001', {
      body: lan,
      role: 'integration',
    });
    expect(created.status).toBe(201);
    const body = created.body as Detail;
    expect(body).toMatchObject({
      externalId: 'VN-0001',
      firstName: 'Lan',
      accounts: [
        { externalId: 'VN-0001-L1', amountDue: 2500000, currency: 'VND', dueDate: '2026-02-25' },
      ],
      activeHolds: [],
    });
    expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const updated = await api.call('PUT', '/v1/borrowers/VN-0001', {
      role: 'integration',
      body: { ...lan, accounts: [{ externalId: 'VN-0001-C2', amountDue: 120.5, currency: 'VND' }] },
    });
    expect(updated.status).toBe(200);
    expect((updated.body as Detail).accounts.map((a) => a.externalId)).toEqual([
      'VN-0001-C2',
      'VN-0001-L1',
    ]);

    await api.call('POST', '/v1/borrowers/VN-0001/holds', {
      role: 'agent',
      body: { kind: 'dispute' },
    });
    const read = await api.call('GET', '/v1/borrowers/VN-0001', { role: 'agent' });
    expect(read.status).toBe(200);
    expect((read.body as Detail).activeHolds).toMatchObject([{ kind: 'dispute', active: true }]);
  });

  it('names every bad field in a 400', async () => {
    const res = await api.call('PUT', '/v1/borrowers/BAD-1', {
      body: {
        ...lan,
        timezone: 'Asia/Atlantis',
        country: 'Vietnam',
        channels: {
          sms: { address: '0912 345 678', consent: true },
          email: { address: 'lan@', consent: true },
        },
        accounts: [{ externalId: 'X', amountDue: -1, currency: 'VND' }],
      },
    });
    expect(res.status).toBe(400);
    const details = (res.body as { error: { code: string; details: Array<{ path: string }> } })
      .error;
    expect(details.code).toBe('VALIDATION');
    expect(details.details.map((d) => d.path)).toEqual([
      'timezone',
      'country',
      'channels.sms.address',
      'channels.email.address',
      'accounts.0.amountDue',
    ]);
    expect((await api.call('GET', '/v1/borrowers/BAD-1')).status).toBe(404);
  });

  it('refuses an external id with surrounding spaces in the path', async () => {
    const res = await api.call('PUT', `/v1/borrowers/${encodeURIComponent(' B1')}`, { body: lan });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: [{ path: 'externalId' }] } });
  });

  it('refuses to take another borrower’s account (409) and writes nothing', async () => {
    const res = await api.call('PUT', '/v1/borrowers/THIEF', {
      body: { ...lan, accounts: [{ externalId: 'VN-0001-L1', amountDue: 1, currency: 'VND' }] },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: { code: 'ACCOUNT_OWNED_ELSEWHERE', details: [{ path: 'accounts.0.externalId' }] },
    });
    expect((await api.call('GET', '/v1/borrowers/THIEF')).status).toBe(404);
  });

  it('stores SQL-ish text verbatim, in the path and in the body', async () => {
    const id = "x'); DROP TABLE borrowers; --";
    const name = "Robert'); DELETE FROM accounts WHERE '1'='1";
    const put = await api.call('PUT', `/v1/borrowers/${encodeURIComponent(id)}`, {
      body: { ...lan, firstName: name, accounts: [] },
    });
    expect(put.status).toBe(201);
    const read = await api.call('GET', `/v1/borrowers/${encodeURIComponent(id)}`);
    expect(read.body).toMatchObject({ externalId: id, firstName: name });
    expect(((await api.call('GET', '/v1/borrowers/VN-0001')).body as Detail).accounts).toHaveLength(
      2,
    );
  });

  it('401 without a key, 403 for an agent or designer writing and a designer reading, 404 for an unknown borrower', async () => {
    expect((await api.call('GET', '/v1/borrowers/VN-0001', { role: null })).status).toBe(401);
    expect((await api.call('PUT', '/v1/borrowers/VN-0001', { role: null, body: lan })).status).toBe(
      401,
    );
    const forbidden = await api.call('PUT', '/v1/borrowers/VN-0001', { role: 'agent', body: lan });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const designerPut = await api.call('PUT', '/v1/borrowers/VN-0001', {
      role: 'designer',
      body: lan,
    });
    expect(designerPut.status).toBe(403);
    expect((await api.call('GET', '/v1/borrowers', { role: 'agent' })).status).toBe(200);
    expect((await api.call('GET', '/v1/borrowers', { role: 'designer' })).status).toBe(403);
    expect((await api.call('GET', '/v1/borrowers/VN-0001', { role: 'designer' })).status).toBe(403);
    const missing = await api.call('GET', '/v1/borrowers/NOPE');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'BORROWER_NOT_FOUND' } });
  });

  it('lists by external id a page at a time, and takes no search in the URL', async () => {
    for (const [id, firstName, lastName] of [
      ['P-03', 'Wei', '王'],
      ['P-01', 'Sofía', 'Hernández'],
      ['P-02', 'Sam', 'Smith_100%'],
    ] as const) {
      await api.call('PUT', `/v1/borrowers/${id}`, {
        body: { ...lan, firstName, lastName, accounts: [] },
      });
    }
    type Page = { items: Array<{ externalId: string }>; nextCursor: string | null };
    const first = (await api.call('GET', '/v1/borrowers?limit=2')).body as Page;
    const second = (await api.call('GET', `/v1/borrowers?limit=50&cursor=${first.nextCursor}`))
      .body as Page;
    const ids = [...first.items, ...second.items].map((b) => b.externalId);
    expect(first.items).toHaveLength(2);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['P-01', 'P-02', 'P-03']));
    expect(second.nextCursor).toBeNull();
    // Names typed into a search would end up in access logs: searching is POST /borrowers/search.
    const inUrl = await api.call('GET', `/v1/borrowers?search=${encodeURIComponent('sofía')}`);
    expect(inUrl.status).toBe(400);
    expect(inUrl.body).toMatchObject({ error: { code: 'VALIDATION' } });
  });

  it('refuses a bad limit or cursor, naming it', async () => {
    const limit = await api.call('GET', '/v1/borrowers?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body).toMatchObject({ error: { details: [{ path: 'limit' }] } });
    const cursor = await api.call('GET', '/v1/borrowers?cursor=%%%');
    expect(cursor.status).toBe(400);
    expect(cursor.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
  });

  it('documents the routes in the OpenAPI spec', async () => {
    const spec = (await api.call('GET', '/openapi.json')).body as { paths: Record<string, object> };
    expect(spec.paths['/v1/borrowers/{externalId}']).toHaveProperty('put');
    expect(spec.paths['/v1/borrowers']).toHaveProperty('get');
  });

  it('never logs names, phone numbers or email addresses', () => {
    const logs = logLines.join('\n');
    expect(logs).toContain('borrower upserted');
    for (const secret of ['Lan', 'Nguyễn', '+84912345678', 'lan.nguyen@example.com', 'Robert']) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe.each(testDrivers)('PUT /borrowers persistence on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([borrowersRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps what an update leaves out, clears nulls, merges attributes and channels', async () => {
    await api.call('PUT', '/v1/borrowers/US-0003', {
      body: {
        firstName: 'Sean',
        lastName: "O'Brien",
        locale: 'en',
        timezone: 'America/New_York',
        country: 'US',
        region: 'MA',
        attributes: { score: 580 },
        channels: {
          sms: { address: '+16175550103', consent: true },
          email: { address: 'sean@example.com', consent: true },
        },
        preferences: {
          optedOut: ['sms'],
          preferredWindow: { start: '18:00', end: '20:00', days: ['sat'] },
        },
        accounts: [
          {
            externalId: 'US-0003-C1',
            amountDue: 480.75,
            currency: 'USD',
            product: 'card',
            timeBarred: true,
          },
        ],
      },
    });
    const res = await api.call('PUT', '/v1/borrowers/US-0003', {
      body: {
        firstName: 'Seán',
        locale: 'en',
        timezone: 'America/New_York',
        country: 'US',
        region: null,
        attributes: { tier: 'b' },
        channels: { email: null, voice: { address: '+16175550199', consent: false } },
        accounts: [{ externalId: 'US-0003-C1', amountDue: 400, currency: 'USD' }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      firstName: 'Seán',
      lastName: "O'Brien",
      region: null,
      attributes: { score: 580, tier: 'b' },
      channels: {
        sms: { address: '+16175550103', consent: true },
        voice: { address: '+16175550199', consent: false },
      },
      preferences: {
        optedOut: ['sms'],
        preferredWindow: { start: '18:00', end: '20:00', days: ['sat'] },
      },
      accounts: [{ externalId: 'US-0003-C1', amountDue: 400, product: 'card', timeBarred: true }],
    });
    expect(Object.keys((res.body as { channels: object }).channels).sort()).toEqual([
      'sms',
      'voice',
    ]);
  });
});
