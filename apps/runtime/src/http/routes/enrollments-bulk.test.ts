import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkEnroll } from '../../db/queries/enrollment-bulk';
import { enrollments } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { enrollmentsRoutes } from './enrollments';
import {
  insertAccount,
  insertDebtor,
  insertJourney,
  insertJourneyVersion,
} from './record-fixtures';

interface Report {
  journeyId: string;
  version: number;
  matched: number;
  created: number;
  existing: number;
  errors: Array<{ borrower: string; message: string }>;
}

describe.each(testDrivers)('bulk enrollment on %s', (driver) => {
  let api: TestApi;
  let journeyId: string;
  let versionId: string;
  beforeAll(async () => {
    api = await openTestApi([enrollmentsRoutes], { driver });
    const version = await insertJourneyVersion(api.database.db);
    journeyId = version.journeyId;
    versionId = version.id;
  });
  afterAll(async () => {
    await api.close();
  });

  const bulk = (body: Record<string, unknown>) =>
    api.call('POST', '/v1/enrollments/bulk', { role: 'integration', body: { journeyId, ...body } });
  const enrolledIn = async (accountId: string) =>
    (
      await api.database.db
        .select({ n: count() })
        .from(enrollments)
        .where(eq(enrollments.accountId, accountId))
    )[0]!.n;

  it('enrolls the accounts matching every filter criterion, and only those', async () => {
    const segment = `seg-${randomUUID()}`;
    const db = api.database.db;
    const late = await insertDebtor(
      db,
      { segment, country: 'VN' },
      { daysPastDue: 45, product: 'card' },
    );
    const lateLoan = await insertAccount(db, late.borrower.id, {
      daysPastDue: 60,
      product: 'loan',
    });
    const early = await insertDebtor(
      db,
      { segment, country: 'VN' },
      { daysPastDue: 10, product: 'card' },
    );
    const elsewhere = await insertDebtor(
      db,
      { segment, country: 'MX' },
      { daysPastDue: 90, product: 'card' },
    );
    const res = await bulk({
      filter: { segment, country: 'VN', minDaysPastDue: 30, product: 'card' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      journeyId,
      version: 1,
      matched: 1,
      created: 1,
      existing: 0,
      errors: [],
      notStarted: [],
    });
    expect(await enrolledIn(late.account.id)).toBe(1);
    for (const id of [lateLoan.id, early.account.id, elsewhere.account.id]) {
      expect(await enrolledIn(id)).toBe(0);
    }
    const wider = await bulk({ filter: { segment, minDaysPastDue: 30 } });
    expect(wider.body).toMatchObject({ matched: 3, created: 2, existing: 1 });
  });

  it('enrolls every account of the named borrowers, reporting unknown and unmatched ones', async () => {
    const db = api.database.db;
    const two = await insertDebtor(db, {}, { daysPastDue: 40 });
    const second = await insertAccount(db, two.borrower.id, { daysPastDue: 5 });
    const current = await insertDebtor(db, {}, { daysPastDue: 0 });
    const res = await bulk({
      borrowers: [
        two.borrower.externalId,
        'nobody',
        current.borrower.externalId,
        two.borrower.externalId,
      ],
      filter: { minDaysPastDue: 1 },
    });
    const report = res.body as Report;
    expect(report).toMatchObject({ matched: 2, created: 2, existing: 0 });
    expect(await enrolledIn(second.id)).toBe(1);
    expect(await enrolledIn(current.account.id)).toBe(0);
    expect(report.errors).toEqual([
      { borrower: 'nobody', message: 'no borrower with this external id' },
      { borrower: current.borrower.externalId, message: 'no account of this borrower matches' },
    ]);
  });

  it('counts live enrollments as existing when run again, creating nothing twice', async () => {
    const d = await insertDebtor(api.database.db);
    const first = await bulk({ borrowers: [d.borrower.externalId] });
    expect(first.body).toMatchObject({ created: 1, existing: 0 });
    const again = await bulk({ borrowers: [d.borrower.externalId] });
    expect(again.body).toMatchObject({ matched: 1, created: 0, existing: 1 });
    expect(await enrolledIn(d.account.id)).toBe(1);
  });

  it('walks large sets batch by batch without missing or repeating an account', async () => {
    const db = api.database.db;
    const segment = `batch-${randomUUID()}`;
    const borrower = (await insertDebtor(db, { segment })).borrower;
    for (let i = 0; i < 6; i++) await insertAccount(db, borrower.id);
    const report = await bulkEnroll(db, {
      journeyVersionId: versionId,
      filter: { segment },
      createdBy: 'test',
      batchSize: 2,
    });
    expect(report).toMatchObject({ matched: 7, created: 7, existing: 0, errors: [] });
    expect(new Set(report.createdIds).size).toBe(7);
    const rows = await db
      .select({ accountId: enrollments.accountId })
      .from(enrollments)
      .where(eq(enrollments.borrowerId, borrower.id));
    expect(new Set(rows.map((r) => r.accountId)).size).toBe(7);
  });

  it('refuses a request that names neither borrowers nor a filter, and unknown criteria', async () => {
    const neither = await bulk({});
    expect(neither.status).toBe(400);
    expect(neither.body).toMatchObject({ error: { details: [{ path: 'filter' }] } });
    const unknownKey = await bulk({ filter: { region: 'CA' } });
    expect(unknownKey.status).toBe(400);
  });

  it('422 for a journey without a published version; 403 for an agent', async () => {
    const draft = await insertJourney(api.database.db);
    const res = await bulk({ journeyId: draft, filter: {} });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: { code: 'NOT_PUBLISHED', details: [{ path: 'journeyId' }] },
    });
    const agent = await api.call('POST', '/v1/enrollments/bulk', {
      role: 'agent',
      body: { journeyId, filter: {} },
    });
    expect(agent.status).toBe(403);
  });
});
