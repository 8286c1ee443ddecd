import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { enrollmentsRoutes } from './enrollments';
import {
  insertAccount,
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertSteps,
} from './record-fixtures';

interface Page {
  enrollments: Array<{ id: string; status: string; borrower: { externalId: string } }>;
  nextCursor: string | null;
}

let api: TestApi;
let version: Awaited<ReturnType<typeof insertJourneyVersion>>;
beforeAll(async () => {
  api = await openTestApi([enrollmentsRoutes]);
  version = await insertJourneyVersion(api.database.db);
});
afterAll(async () => {
  await api.close();
});

describe('GET /enrollments/:id', () => {
  it('shows the enrollment with its steps in the order they were taken', async () => {
    const d = await insertDebtor(api.database.db);
    const e = await insertEnrollment(
      api.database.db,
      { borrowerId: d.borrower.id, accountId: d.account.id, journeyVersionId: version.id },
      { status: 'running', currentNode: 'wait' },
    );
    await insertSteps(api.database.db, e, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'sent' },
      { nodeId: 'wait', kind: 'enter' },
    ]);
    const res = await api.call('GET', `/v1/enrollments/${e.id}`, { role: 'agent' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: e.id,
      status: 'running',
      currentNode: 'wait',
      journeyId: version.journeyId,
      version: 1,
      borrower: { externalId: d.borrower.externalId },
      steps: [
        { nodeId: 'hello', kind: 'enter', port: null, at: '2026-03-01T09:00:00.000Z' },
        { nodeId: 'hello', kind: 'exit', port: 'sent', at: '2026-03-01T09:01:00.000Z' },
        { nodeId: 'wait', kind: 'enter', port: null, at: '2026-03-01T09:02:00.000Z' },
      ],
    });
  });

  it('404 for an unknown id, 400 naming a malformed one, 401 without a key', async () => {
    expect((await api.call('GET', `/v1/enrollments/${randomUUID()}`)).status).toBe(404);
    const bad = await api.call('GET', '/v1/enrollments/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'VALIDATION', details: [{ path: 'id' }] } });
    expect((await api.call('GET', `/v1/enrollments/${randomUUID()}`, { role: null })).status).toBe(
      401,
    );
  });
});

describe('GET /enrollments', () => {
  it('filters by borrower, journey and status', async () => {
    const db = api.database.db;
    const d = await insertDebtor(db);
    const other = await insertJourneyVersion(db);
    const refs = { borrowerId: d.borrower.id, accountId: d.account.id };
    const a = await insertEnrollment(
      db,
      { ...refs, journeyVersionId: version.id },
      { status: 'completed' },
    );
    const b = await insertEnrollment(db, { ...refs, journeyVersionId: other.id });
    const ids = async (query: string) =>
      (
        (await api.call('GET', `/v1/enrollments?${query}`, { role: 'agent' })).body as Page
      ).enrollments
        .map((e) => e.id)
        .sort();
    const borrower = `borrower=${encodeURIComponent(d.borrower.externalId)}`;
    expect(await ids(borrower)).toEqual([a.id, b.id].sort());
    expect(await ids(`${borrower}&journeyId=${other.journeyId}`)).toEqual([b.id]);
    expect(await ids(`${borrower}&status=completed`)).toEqual([a.id]);
    expect(await ids('borrower=nobody')).toEqual([]);
    const badStatus = await api.call('GET', '/v1/enrollments?status=paused');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body).toMatchObject({ error: { details: [{ path: 'status' }] } });
  });

  it('pages newest first without skipping rows created in the same instant', async () => {
    const db = api.database.db;
    const d = await insertDebtor(db);
    const accounts = await Promise.all(
      Array.from({ length: 5 }, () => insertAccount(db, d.borrower.id)),
    );
    // One statement: all five share created_at, so only the id breaks ties.
    const inserted = await db
      .insert(enrollments)
      .values(
        accounts.map((account) => {
          const id = randomUUID();
          return {
            id,
            workflowId: `enr-${id}`,
            borrowerId: d.borrower.id,
            accountId: account.id,
            journeyVersionId: version.id,
            createdBy: 'test',
          };
        }),
      )
      .returning({ id: enrollments.id });
    const seen: string[] = [];
    let cursor: string | null = null;
    const base = `/v1/enrollments?borrower=${encodeURIComponent(d.borrower.externalId)}&limit=2`;
    do {
      const page = (await api.call('GET', cursor ? `${base}&cursor=${cursor}` : base)).body as Page;
      expect(page.enrollments.length).toBeLessThanOrEqual(2);
      seen.push(...page.enrollments.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual(inserted.map((r) => r.id).sort());
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('refuses a cursor it did not issue, and a limit out of range', async () => {
    const forged = await api.call(
      'GET',
      `/v1/enrollments?cursor=${Buffer.from('["x","y"]').toString('base64url')}`,
    );
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
    expect((await api.call('GET', '/v1/enrollments?cursor=%%%')).status).toBe(400);
    const limit = await api.call('GET', '/v1/enrollments?limit=500');
    expect(limit.status).toBe(400);
    expect(limit.body).toMatchObject({ error: { details: [{ path: 'limit' }] } });
  });

  it('lets designers neither read nor enroll, and documents every route', async () => {
    const d = await insertDebtor(api.database.db);
    const create = await api.call('POST', '/v1/enrollments', {
      role: 'designer',
      body: {
        borrower: { externalId: d.borrower.externalId },
        account: { externalId: d.account.externalId },
        journeyId: version.journeyId,
      },
    });
    expect(create.status).toBe(403);
    // Enrollments name a borrower's account: designers see results as counts instead.
    expect((await api.call('GET', '/v1/enrollments', { role: 'designer' })).status).toBe(403);
    const read = await api.call('GET', `/v1/enrollments/${d.account.id}`, { role: 'designer' });
    expect(read.status).toBe(403);
    const spec = (await api.call('GET', '/openapi.json', { role: null })).body as {
      paths: Record<string, object>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/v1/enrollments',
        '/v1/enrollments/bulk',
        '/v1/enrollments/{id}',
        '/v1/enrollments/{id}/cancel',
      ]),
    );
  });
});
