import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, tasks } from '../../db/schema';
import { createApiKey } from '../../db/queries/api-keys';
import { openTestApi, type TestApi } from '../testing';
import { taskClaimsRoutes } from './task-claims';
import { insertBorrower, insertTask } from './record-fixtures';

interface Task {
  id: string;
  assignee: string | null;
  claimedAt: string | null;
}

let api: TestApi;
let kim: string;
beforeAll(async () => {
  api = await openTestApi([taskClaimsRoutes]);
  kim = (await createApiKey(api.database.db, { name: 'kim', role: 'agent' })).key;
});
afterAll(async () => {
  await api.close();
});

const openTask = async (overrides: Parameters<typeof insertTask>[2] = {}) =>
  insertTask(api.database.db, (await insertBorrower(api.database.db)).id, overrides);
const post = (path: string, headers: Record<string, string> = {}, body?: unknown) =>
  api.call('POST', path, { role: 'agent', headers, ...(body === undefined ? {} : { body }) });
const asKim = () => ({ authorization: `Bearer ${kim}` });
const auditOf = (id: string) =>
  api.database.db
    .select({
      action: auditEvents.action,
      actor: auditEvents.actorName,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(eq(auditEvents.targetId, id));

describe('claim and release', () => {
  it('claims an open task for the caller; others see who has it and cannot take it', async () => {
    const task = await openTask();
    api.setNow(new Date('2026-03-02T10:00:00Z'));
    const res = await post(`/v1/tasks/${task.id}/claim`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      assignee: 'test agent',
      claimedAt: '2026-03-02T10:00:00.000Z',
    });
    const other = await post(`/v1/tasks/${task.id}/claim`, asKim());
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      error: { code: 'CLAIMED', details: { assignee: 'test agent' } },
    });
    const seen = await api.call('GET', `/v1/tasks/${task.id}`, { role: 'agent', headers: asKim() });
    expect((seen.body as Task).assignee).toBe('test agent');
    expect((await post(`/v1/tasks/${task.id}/release`, asKim())).status).toBe(409);
    expect(await auditOf(task.id)).toEqual([
      { action: 'task.claimed', actor: 'test agent', details: {} },
    ]);
  });

  it('of two agents claiming at once exactly one wins', async () => {
    const task = await openTask();
    const [a, b] = await Promise.all([
      post(`/v1/tasks/${task.id}/claim`),
      post(`/v1/tasks/${task.id}/claim`, asKim()),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('releases back to the queue (audited), and refuses resolved or unknown tasks', async () => {
    const task = await openTask({ assignee: 'test agent', claimedAt: '2026-03-02T09:00:00Z' });
    const res = await post(`/v1/tasks/${task.id}/release`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ assignee: null, claimedAt: null });
    expect((await auditOf(task.id)).map((e) => e.action)).toEqual(['task.released']);
    const done = await openTask({ status: 'resolved' });
    const claimDone = await post(`/v1/tasks/${done.id}/claim`);
    expect(claimDone.status).toBe(409);
    expect(claimDone.body).toMatchObject({ error: { code: 'ALREADY_RESOLVED' } });
    const none = await post('/v1/tasks/00000000-0000-4000-8000-000000000000/claim');
    expect(none.status).toBe(404);
    expect((await post('/v1/tasks/not-a-uuid/claim')).status).toBe(400);
  });

  it('lets an admin release anyone’s task; designers may not claim', async () => {
    const task = await openTask({ assignee: 'kim' });
    const res = await api.call('POST', `/v1/tasks/${task.id}/release`, { role: 'admin' });
    expect(res.status).toBe(200);
    expect((res.body as Task).assignee).toBeNull();
    expect(
      (await api.call('POST', `/v1/tasks/${task.id}/claim`, { role: 'designer' })).status,
    ).toBe(403);
  });
});

describe('reassign', () => {
  it('an admin hands a task to a working agent, audited with from and to', async () => {
    const task = await openTask({ assignee: 'test agent' });
    const res = await api.call('POST', `/v1/tasks/${task.id}/reassign`, {
      role: 'admin',
      body: { assignee: 'kim' },
    });
    expect(res.status).toBe(200);
    expect((res.body as Task).assignee).toBe('kim');
    expect(await auditOf(task.id)).toEqual([
      {
        action: 'task.reassigned',
        actor: 'test admin',
        details: { from: 'test agent', to: 'kim' },
      },
    ]);
  });

  it('422 naming assignee for an unknown agent; agents may not reassign', async () => {
    const task = await openTask();
    const res = await api.call('POST', `/v1/tasks/${task.id}/reassign`, {
      role: 'admin',
      body: { assignee: 'nobody' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: { code: 'UNKNOWN_AGENT', details: [{ path: 'assignee' }] },
    });
    const [row] = await api.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.assignee).toBeNull();
    const empty = await api.call('POST', `/v1/tasks/${task.id}/reassign`, {
      role: 'admin',
      body: { assignee: '' },
    });
    expect(empty.status).toBe(400);
    expect((await post(`/v1/tasks/${task.id}/reassign`, {}, { assignee: 'kim' })).status).toBe(403);
  });
});
