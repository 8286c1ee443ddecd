import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import { auditEvents } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { apiRoutes } from './index';

interface Entry {
  id: string;
  at: string;
  actor: { keyId: string | null; name: string; role: string; via: string };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
  requestId: string | null;
}
type Page = { events: Entry[]; nextCursor: string | null };

const ana: AuditActor = { keyId: 'key-ana', name: 'Ana', role: 'agent', via: 'session' };
const crm: AuditActor = { keyId: 'key-crm', name: 'CRM', role: 'integration', via: 'key' };

describe.each(testDrivers)('GET /v1/audit on %s', (driver) => {
  let api: TestApi;
  let middle: string;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes, { driver });
    const { db } = api.database;
    await recordAudit(db, ana, 'borrower.viewed', 'B-1');
    // PGlite's clock can give two quick transactions the same instant, and entries of one
    // instant list by id (random): wait, so that "newest first" has an order to check.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordAudit(db, crm, 'hold.started', 'B-1', { holdId: 'h-1', kind: 'dispute' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Entries of one transaction share their instant; paging must still see each once.
    await db.transaction(async (tx) => {
      for (const id of ['B-2', 'B-3', 'B-4']) await recordAudit(tx, ana, 'borrower.viewed', id);
    });
    const latest = Math.max(...(await db.select().from(auditEvents)).map((r) => Date.parse(r.at)));
    middle = new Date(latest + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordAudit(db, crm, 'enrollment.cancelled', 'e-1');
  });
  afterAll(async () => {
    await api.close();
  });

  const get = async (query: string) => {
    const res = await api.call('GET', `/v1/audit${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Page;
  };

  it('lists entries newest first with who, how, what and which', async () => {
    const { events } = await get('');
    const order = events.map((e) => `${e.action} ${e.target.id}`);
    expect(order[0]).toBe('enrollment.cancelled e-1');
    expect(new Set(order.slice(1, 4))).toEqual(
      new Set(['borrower.viewed B-2', 'borrower.viewed B-3', 'borrower.viewed B-4']),
    );
    expect(order.slice(4)).toEqual(['hold.started B-1', 'borrower.viewed B-1']);
    expect(events).toHaveLength(6);
    expect(events[0]).toMatchObject({
      actor: { keyId: 'key-crm', name: 'CRM', role: 'integration', via: 'key' },
      action: 'enrollment.cancelled',
      target: { type: 'enrollment', id: 'e-1' },
      details: {},
    });
    const times = events.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by actor key, action, target and time', async () => {
    expect((await get('?actorKeyId=key-crm')).events.map((e) => e.action)).toEqual([
      'enrollment.cancelled',
      'hold.started',
    ]);
    expect((await get('?action=hold.started')).events).toHaveLength(1);
    const b1 = await get('?targetType=borrower&targetId=B-1');
    expect(b1.events.map((e) => e.action)).toEqual(['hold.started', 'borrower.viewed']);
    expect((await get(`?from=${encodeURIComponent(middle)}`)).events.map((e) => e.action)).toEqual([
      'enrollment.cancelled',
    ]);
    expect((await get(`?to=${encodeURIComponent(middle)}`)).events).toHaveLength(5);
  });

  it('pages with a cursor, each entry exactly once', async () => {
    const all = (await get('')).events.map((e) => e.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await get(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('names a bad filter or cursor in a 400', async () => {
    for (const [query, field] of [
      ['?action=journey.deleted', 'action'],
      ['?targetType=person', 'targetType'],
      ['?from=yesterday', 'from'],
      ['?limit=0', 'limit'],
      ['?cursor=forged', 'cursor'],
      ['?from=0000-01-01T00:00:00Z', 'from'],
      ['?to=2026-02-30T00:00:00Z', 'to'],
      ['?targetId=B%001', 'targetId'],
      ['?actorKeyId=%07bell', 'actorKeyId'],
    ] as const) {
      const res = await api.call('GET', `/v1/audit${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toMatchObject({ error: { details: [{ path: field }] } });
    }
  });

  it('offers no operation that changes or deletes an entry, and none of them touches one', async () => {
    const spec = (await api.call('GET', '/openapi.json', { role: null })).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const auditPaths = Object.entries(spec.paths).filter(([path]) => path.startsWith('/v1/audit'));
    expect(auditPaths.map(([path, item]) => [path, Object.keys(item)])).toEqual([
      ['/v1/audit', ['get']],
    ]);

    const before = await api.database.db.select().from(auditEvents);
    const id = before[0]!.id;
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of ['/v1/audit', `/v1/audit/${id}`]) {
        const res = await api.call(method, path, { body: { action: 'nothing happened' } });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    // Every documented operation, as an admin with an empty body: entries may be added, never changed.
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of Object.keys(item)) {
        const concrete = path.replaceAll(/\{[^}]+\}/g, id);
        const res = await api.call(
          method.toUpperCase(),
          concrete,
          method === 'get' ? {} : { body: {} },
        );
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
    const after = await api.database.db.select().from(auditEvents);
    for (const entry of before) expect(after).toContainEqual(entry);
  });
});
