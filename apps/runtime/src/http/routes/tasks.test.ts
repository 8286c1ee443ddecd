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
  it('orders by priority, then by due date, within a queue and status', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    const queue = 'order-test';
    await insertTask(db, b.id, {
      queue,
      priority: 'low',
      reason: 'low soon',
      dueAt: '2026-03-02T10:00:00Z',
    });
    await insertTask(db, b.id, {
      queue,
      priority: 'urgent',
      reason: 'urgent late',
      dueAt: '2026-03-09T10:00:00Z',
    });
    await insertTask(db, b.id, {
      queue,
      priority: 'normal',
      reason: 'normal',
      dueAt: '2026-03-03T10:00:00Z',
    });
    await insertTask(db, b.id, {
      queue,
      priority: 'urgent',
      reason: 'urgent soon',
      dueAt: '2026-03-04T10:00:00Z',
    });
    await insertTask(db, b.id, {
      queue,
      priority: 'high',
      reason: 'high',
      dueAt: '2026-03-20T10:00:00Z',
    });
    await insertTask(db, b.id, { queue, priority: 'urgent', reason: 'done', status: 'resolved' });
    await insertTask(db, b.id, { queue: 'elsewhere', priority: 'urgent', reason: 'other queue' });
    expect(await reasons(`?queue=${queue}`)).toEqual([
      'urgent soon',
      'urgent late',
      'high',
      'normal',
      'low soon',
    ]);
    expect(await reasons(`?queue=${queue}&status=resolved`)).toEqual(['done']);
    expect(await reasons(`?queue=${queue}&limit=2`)).toEqual(['urgent soon', 'urgent late']);
    expect(await reasons('?limit=200')).toContain('other queue');
  });

  it('names a bad status or limit; agents only', async () => {
    const bad = await api.call('GET', '/v1/tasks?status=closed&limit=0', { role: 'agent' });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { details: Array<{ path: string }> } }).error.details.map(
      (d) => d.path,
    );
    expect(paths.sort()).toEqual(['limit', 'status']);
    expect((await api.call('GET', '/v1/tasks', { role: 'integration' })).status).toBe(403);
    expect((await api.call('GET', '/v1/tasks', { role: null })).status).toBe(401);
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
