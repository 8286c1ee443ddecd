import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasks } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { tasksRoutes } from './tasks';
import { insertBorrower, insertTask } from './record-fixtures';

interface Task {
  id: string;
  reason: string;
  status: string;
  outcome: string | null;
  assignee: string | null;
  note: string | null;
  resolvedAt: string | null;
  borrower: { externalId: string };
}

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([tasksRoutes]);
});
afterAll(async () => {
  await api.close();
});

const reasons = async (query: string) =>
  (
    (await api.call('GET', `/v1/tasks${query}`, { role: 'agent' })).body as { tasks: Task[] }
  ).tasks.map((t) => t.reason);

describe('GET /tasks', () => {
  it('orders by SLA due time within a queue and status', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    const queue = 'order-test';
    const add = (reason: string, dueAt: string, more: Parameters<typeof insertTask>[2] = {}) =>
      insertTask(db, b.id, { queue, reason, dueAt, ...more });
    await add('third', '2026-03-09T10:00:00Z', { priority: 'urgent' });
    await add('first', '2026-03-02T10:00:00Z', { priority: 'low' });
    await add('second', '2026-03-03T10:00:00Z');
    await add('done', '2026-03-01T10:00:00Z', { status: 'resolved' });
    await insertTask(db, b.id, { queue: 'elsewhere', reason: 'other queue' });
    expect(await reasons(`?queue=${queue}`)).toEqual(['first', 'second', 'third']);
    expect(await reasons(`?queue=${queue}&status=resolved`)).toEqual(['done']);
    expect(await reasons(`?queue=${queue}&limit=2`)).toEqual(['first', 'second']);
    expect(await reasons('?limit=200')).toContain('other queue');
  });

  it('filters by priority, overdue, mine and unclaimed', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    const queue = 'filter-test';
    api.setNow(new Date('2026-03-05T12:00:00Z'));
    await insertTask(db, b.id, { queue, reason: 'late', dueAt: '2026-03-05T11:00:00Z' });
    await insertTask(db, b.id, {
      queue,
      reason: 'late urgent mine',
      priority: 'urgent',
      dueAt: '2026-03-04T11:00:00Z',
      assignee: 'test agent',
    });
    await insertTask(db, b.id, { queue, reason: 'later', dueAt: '2026-03-06T11:00:00Z' });
    await insertTask(db, b.id, {
      queue,
      reason: 'kims',
      dueAt: '2026-03-07T11:00:00Z',
      assignee: 'kim',
    });
    expect(await reasons(`?queue=${queue}&overdue=true`)).toEqual(['late urgent mine', 'late']);
    expect(await reasons(`?queue=${queue}&overdue=false`)).toEqual(['later', 'kims']);
    expect(await reasons(`?queue=${queue}&priority=urgent`)).toEqual(['late urgent mine']);
    expect(await reasons(`?queue=${queue}&mine=true`)).toEqual(['late urgent mine']);
    expect(await reasons(`?queue=${queue}&unclaimed=true`)).toEqual(['late', 'later']);
  });

  it('pages with a cursor, with no task repeated or skipped when due times tie', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    const queue = 'paging-test';
    for (let i = 0; i < 7; i++) {
      await insertTask(db, b.id, {
        queue,
        reason: `t${i}`,
        dueAt: i < 4 ? '2026-03-04T10:00:00.123456Z' : `2026-03-0${i + 1}T10:00:00Z`,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?queue=${queue}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await api.call('GET', `/v1/tasks${query}`, { role: 'agent' });
      const body = res.body as { tasks: Task[]; nextCursor: string | null };
      seen.push(...body.tasks.map((t) => t.reason));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    const bad = await api.call('GET', '/v1/tasks?cursor=nonsense', { role: 'agent' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
  });

  it('names a bad status, limit or flag; agents only', async () => {
    const bad = await api.call('GET', '/v1/tasks?status=closed&limit=0&overdue=yes', {
      role: 'agent',
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { details: Array<{ path: string }> } }).error.details.map(
      (d) => d.path,
    );
    expect(paths.sort()).toEqual(['limit', 'overdue', 'status']);
    expect((await api.call('GET', '/v1/tasks', { role: 'integration' })).status).toBe(403);
    expect((await api.call('GET', '/v1/tasks', { role: null })).status).toBe(401);
  });
});

describe('GET /tasks/counts', () => {
  it('counts open, overdue, unclaimed and mine per queue', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    api.setNow(new Date('2026-03-05T12:00:00Z'));
    const queue = 'counts-test';
    await insertTask(db, b.id, { queue, dueAt: '2026-03-05T11:00:00Z' });
    await insertTask(db, b.id, { queue, dueAt: '2026-03-06T11:00:00Z', assignee: 'test agent' });
    await insertTask(db, b.id, { queue, dueAt: '2026-03-01T11:00:00Z', assignee: 'kim' });
    await insertTask(db, b.id, { queue, status: 'resolved' });
    const res = await api.call('GET', '/v1/tasks/counts', { role: 'agent' });
    expect(res.status).toBe(200);
    const counts = (res.body as { queues: Array<{ queue: string }> }).queues;
    expect(counts.find((q) => q.queue === queue)).toEqual({
      queue,
      open: 3,
      overdue: 2,
      unclaimed: 1,
      mine: 1,
    });
    expect((await api.call('GET', '/v1/tasks/counts', { role: 'designer' })).status).toBe(403);
  });
});

describe('POST /tasks/:id/resolve', () => {
  it('resolves with one of the outcomes, storing note and assignee verbatim', async () => {
    const b = await insertBorrower(api.database.db);
    const task = await insertTask(api.database.db, b.id);
    api.setNow(new Date('2026-03-03T15:30:00Z'));
    const note = "Agreed 3 instalments'); drop table tasks; --";
    const res = await api.call('POST', `/v1/tasks/${task.id}/resolve`, {
      role: 'agent',
      body: { outcome: 'planAgreed', note, assignee: 'sam@lender' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: task.id,
      status: 'resolved',
      outcome: 'planAgreed',
      note,
      assignee: 'sam@lender',
      resolvedAt: '2026-03-03T15:30:00.000Z',
      borrower: { externalId: b.externalId },
    });
    const [row] = await api.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ status: 'resolved', note, outcome: 'planAgreed' });
  });

  it('marks a task resolved after its SLA as breached at its due time', async () => {
    const b = await insertBorrower(api.database.db);
    const late = await insertTask(api.database.db, b.id, { dueAt: '2026-03-04T09:00:00Z' });
    const early = await insertTask(api.database.db, b.id, { dueAt: '2026-03-09T09:00:00Z' });
    api.setNow(new Date('2026-03-05T09:00:00Z'));
    const resolve = (id: string) =>
      api.call('POST', `/v1/tasks/${id}/resolve`, {
        role: 'agent',
        body: { outcome: 'noContact' },
      });
    expect((await resolve(late.id)).body).toMatchObject({ breachedAt: '2026-03-04T09:00:00.000Z' });
    expect((await resolve(early.id)).body).toMatchObject({ breachedAt: null });
  });

  it('keeps the current assignee, or records the caller when there is none', async () => {
    const b = await insertBorrower(api.database.db);
    const assigned = await insertTask(api.database.db, b.id, { assignee: 'kim' });
    const unassigned = await insertTask(api.database.db, b.id);
    const resolve = (id: string) =>
      api.call('POST', `/v1/tasks/${id}/resolve`, {
        role: 'agent',
        body: { outcome: 'noContact' },
      });
    expect(((await resolve(assigned.id)).body as Task).assignee).toBe('kim');
    expect(((await resolve(unassigned.id)).body as Task).assignee).toBe('test agent');
  });

  it('422 listing the outcomes for any other outcome, leaving the task open', async () => {
    const b = await insertBorrower(api.database.db);
    const task = await insertTask(api.database.db, b.id);
    const res = await api.call('POST', `/v1/tasks/${task.id}/resolve`, {
      role: 'agent',
      body: { outcome: 'paid' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: {
        code: 'UNKNOWN_OUTCOME',
        details: [
          { path: 'outcome', message: expect.stringContaining('planAgreed, noContact') as string },
        ],
      },
    });
    const [row] = await api.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.status).toBe('open');
  });

  it('409 when already resolved, and only one of two racing agents wins', async () => {
    const b = await insertBorrower(api.database.db);
    const task = await insertTask(api.database.db, b.id);
    const resolve = (outcome: string) =>
      api.call('POST', `/v1/tasks/${task.id}/resolve`, { role: 'agent', body: { outcome } });
    const [x, y] = await Promise.all([resolve('planAgreed'), resolve('noContact')]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const winner = (x.status === 200 ? x.body : y.body) as Task;
    const [row] = await api.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.outcome).toBe(winner.outcome);
    const again = await resolve('planAgreed');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'ALREADY_RESOLVED' } });
  });

  it('404 for an unknown task, 400 naming a missing outcome, 403 for a designer', async () => {
    const missing = await api.call(
      'POST',
      '/v1/tasks/00000000-0000-4000-8000-000000000000/resolve',
      {
        role: 'agent',
        body: { outcome: 'x' },
      },
    );
    expect(missing.status).toBe(404);
    const b = await insertBorrower(api.database.db);
    const task = await insertTask(api.database.db, b.id);
    const noOutcome = await api.call('POST', `/v1/tasks/${task.id}/resolve`, {
      role: 'agent',
      body: {},
    });
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body).toMatchObject({ error: { details: [{ path: 'outcome' }] } });
    const designer = await api.call('POST', `/v1/tasks/${task.id}/resolve`, {
      role: 'designer',
      body: { outcome: 'noContact' },
    });
    expect(designer.status).toBe(403);
  });
});
