import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { enrollmentsRoutes } from './enrollments';
import {
  insertAccount,
  insertDebtor,
  insertEnrollment,
  insertJourney,
  insertJourneyVersion,
} from './record-fixtures';

type Debtor = Awaited<ReturnType<typeof insertDebtor>>;
interface Enrollment {
  id: string;
  workflowId: string;
  status: string;
  journeyId: string;
  version: number;
  borrower: { externalId: string };
  account: { externalId: string };
  createdBy: string;
}
const details = (body: unknown) =>
  (body as { error: { code: string; details: Array<{ path: string; message: string }> } }).error;

describe.each(testDrivers)('enrollment records on %s', (driver) => {
  let api: TestApi;
  let journeyId: string;
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    api = await openTestApi([enrollmentsRoutes], { driver });
    const first = await insertJourneyVersion(api.database.db, { version: 1 });
    journeyId = first.journeyId;
    v1 = first.id;
    v2 = (await insertJourneyVersion(api.database.db, { journeyId, version: 2 })).id;
  });
  afterAll(async () => {
    await api.close();
  });

  const enroll = (
    d: Debtor,
    extra: Record<string, unknown> = {},
    role: 'integration' | 'agent' = 'integration',
  ) =>
    api.call('POST', '/v1/enrollments', {
      role,
      body: {
        borrower: { externalId: d.borrower.externalId },
        account: { externalId: d.account.externalId },
        journeyId,
        ...extra,
      },
    });
  const liveRows = async (accountId: string) =>
    (
      await api.database.db
        .select({ n: count() })
        .from(enrollments)
        .where(and(eq(enrollments.accountId, accountId), eq(enrollments.status, 'pending')))
    )[0]!.n;

  it('creates a pending enrollment in the latest published version', async () => {
    const d = await insertDebtor(api.database.db);
    const res = await enroll(d);
    expect(res.status).toBe(201);
    const body = res.body as Enrollment;
    expect(body).toMatchObject({
      status: 'pending',
      journeyId,
      version: 2,
      borrower: { externalId: d.borrower.externalId },
      account: { externalId: d.account.externalId },
      createdBy: 'test integration',
    });
    expect(body.workflowId).toBe(`enr-${body.id}`);
    expect(body.workflowId).not.toContain(d.borrower.externalId);
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, body.id));
    expect(row).toMatchObject({
      journeyVersionId: v2,
      borrowerId: d.borrower.id,
      accountId: d.account.id,
    });
  });

  it('pins the version asked for', async () => {
    const d = await insertDebtor(api.database.db);
    const res = await enroll(d, { version: 1 });
    expect(res.status).toBe(201);
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, (res.body as Enrollment).id));
    expect(row!.journeyVersionId).toBe(v1);
  });

  it('answers 400 naming version for a version number beyond the 32-bit column', async () => {
    const d = await insertDebtor(api.database.db);
    const res = await enroll(d, { version: 1_000_000_000_000_000 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('version');
  });

  it('returns the live enrollment with 200 instead of a second one', async () => {
    const d = await insertDebtor(api.database.db);
    const first = (await enroll(d)).body as Enrollment;
    const again = await enroll(d, {}, 'agent');
    expect(again.status).toBe(200);
    expect((again.body as Enrollment).id).toBe(first.id);
    expect(await liveRows(d.account.id)).toBe(1);
    // A different version of the same journey is a different enrollment.
    expect((await enroll(d, { version: 1 })).status).toBe(201);
  });

  it('returns the running one too, and enrolls afresh once the previous has ended', async () => {
    const d = await insertDebtor(api.database.db);
    const running = await insertEnrollment(
      api.database.db,
      { borrowerId: d.borrower.id, accountId: d.account.id, journeyVersionId: v2 },
      { status: 'running' },
    );
    const res = await enroll(d);
    expect(res.status).toBe(200);
    expect((res.body as Enrollment).id).toBe(running.id);
    await api.database.db
      .update(enrollments)
      .set({ status: 'completed' })
      .where(eq(enrollments.id, running.id));
    const fresh = await enroll(d);
    expect(fresh.status).toBe(201);
    expect((fresh.body as Enrollment).id).not.toBe(running.id);
  });

  it('creates exactly one enrollment when the same request races itself', async () => {
    const d = await insertDebtor(api.database.db);
    const responses = await Promise.all(Array.from({ length: 8 }, () => enroll(d)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => (r.body as Enrollment).id)).size).toBe(1);
    expect(await liveRows(d.account.id)).toBe(1);
  });

  it('422 naming each unknown reference, and for a journey never published', async () => {
    const d = await insertDebtor(api.database.db);
    const unknown = await api.call('POST', '/v1/enrollments', {
      body: {
        borrower: { externalId: 'ghost' },
        account: { externalId: 'ghost-acc' },
        journeyId: 'nope',
      },
    });
    expect(unknown.status).toBe(422);
    expect(details(unknown.body).details.map((x) => x.path)).toEqual([
      'borrower.externalId',
      'account.externalId',
      'journeyId',
    ]);
    const other = await insertDebtor(api.database.db);
    const mismatched = await api.call('POST', '/v1/enrollments', {
      body: {
        borrower: { externalId: d.borrower.externalId },
        account: { externalId: other.account.externalId },
        journeyId,
      },
    });
    expect(details(mismatched.body).details).toEqual([
      {
        path: 'account.externalId',
        message: expect.stringContaining('another borrower') as string,
      },
    ]);
    const draftOnly = await insertJourney(api.database.db);
    const unpublished = await enroll(d, { journeyId: draftOnly });
    expect(unpublished.status).toBe(422);
    expect(details(unpublished.body)).toMatchObject({
      code: 'NOT_PUBLISHED',
      details: [{ path: 'journeyId' }],
    });
    const noSuchVersion = await enroll(d, { version: 9 });
    expect(details(noSuchVersion.body)).toMatchObject({
      code: 'NOT_PUBLISHED',
      details: [{ path: 'version' }],
    });
    expect(await liveRows(d.account.id)).toBe(0);
  });

  it('cancels a live enrollment once; 409 after, 404 for an unknown id', async () => {
    const d = await insertDebtor(api.database.db);
    const { id } = (await enroll(d)).body as Enrollment;
    api.setNow(new Date('2026-03-04T12:00:00Z'));
    const cancelled = await api.call('POST', `/v1/enrollments/${id}/cancel`, { role: 'agent' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      id,
      status: 'cancelled',
      completedAt: '2026-03-04T12:00:00.000Z',
    });
    const again = await api.call('POST', `/v1/enrollments/${id}/cancel`);
    expect(again.status).toBe(409);
    expect(details(again.body).code).toBe('ALREADY_FINISHED');
    const completed = await insertEnrollment(
      api.database.db,
      {
        borrowerId: d.borrower.id,
        accountId: (await insertAccount(api.database.db, d.borrower.id)).id,
        journeyVersionId: v1,
      },
      { status: 'completed', outcome: 'paid' },
    );
    const late = await api.call('POST', `/v1/enrollments/${completed.id}/cancel`);
    expect(late.status).toBe(409);
    expect(details(late.body)).toMatchObject({
      message: expect.stringContaining('completed') as string,
    });
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, completed.id));
    expect(row!.status).toBe('completed');
    const missing = await api.call(
      'POST',
      '/v1/enrollments/00000000-0000-4000-8000-000000000000/cancel',
    );
    expect(missing.status).toBe(404);
  });
});
