import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { insertBorrower, insertTask } from './record-fixtures';
import { tasksRoutes } from './tasks';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([tasksRoutes]);
  api.setNow(new Date('2026-03-05T15:00:00Z'));
});
afterAll(async () => {
  await api.close();
});

interface Stats {
  since: string;
  queues: Array<{
    queue: string;
    open: number;
    overdue: number;
    resolved: number;
    medianMinutesToResolve: number | null;
    shareWithinSla: number | null;
  }>;
  agents: Array<{ agent: string; open: number; overdue: number; resolved: number }>;
}

describe('GET /tasks/stats (supervisors)', () => {
  it('counts per queue and per agent: open, overdue, resolved today, median, share in SLA', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    const queue = 'stats-q';
    const add = (more: Parameters<typeof insertTask>[2]) =>
      insertTask(db, b.id, { queue, ...more });
    await add({ dueAt: '2026-03-05T14:00:00Z', assignee: 'Kim' }); // open, overdue, Kim's
    await add({ dueAt: '2026-03-06T14:00:00Z' }); // open
    // Resolved today: 30 and 90 minutes after creation; one in SLA, one late.
    await add({
      status: 'resolved',
      assignee: 'Sam',
      createdAt: '2026-03-05T08:00:00Z',
      resolvedAt: '2026-03-05T08:30:00Z',
      dueAt: '2026-03-05T09:00:00Z',
    });
    await add({
      status: 'resolved',
      assignee: 'Sam',
      createdAt: '2026-03-05T08:00:00Z',
      resolvedAt: '2026-03-05T09:30:00Z',
      dueAt: '2026-03-05T09:00:00Z',
    });
    // Resolved yesterday: not today's.
    await add({
      status: 'resolved',
      assignee: 'Kim',
      createdAt: '2026-03-04T08:00:00Z',
      resolvedAt: '2026-03-04T20:00:00Z',
    });
    const res = await api.call('GET', '/v1/tasks/stats');
    expect(res.status).toBe(200);
    const stats = res.body as Stats;
    expect(stats.since).toBe('2026-03-05T00:00:00.000Z');
    expect(stats.queues.find((q) => q.queue === queue)).toEqual({
      queue,
      open: 2,
      overdue: 1,
      resolved: 2,
      medianMinutesToResolve: 60,
      shareWithinSla: 0.5,
    });
    expect(stats.agents).toEqual(
      expect.arrayContaining([
        { agent: 'Kim', open: 1, overdue: 1, resolved: 0 },
        { agent: 'Sam', open: 0, overdue: 0, resolved: 2 },
      ]),
    );
    const twoDays = (await api.call('GET', '/v1/tasks/stats?days=2')).body as Stats;
    expect(twoDays.queues.find((q) => q.queue === queue)?.resolved).toBe(3);
    expect(twoDays.agents.find((a) => a.agent === 'Kim')?.resolved).toBe(1);
  });

  it('exports CSV, admins only, and names a bad period', async () => {
    const csv = await api.call('GET', '/v1/tasks/stats?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = csv.body as string;
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe(
      'kind,name,open,overdue,resolved,median_minutes_to_resolve,share_within_sla,since',
    );
    expect(rows).toContain('queue,stats-q,2,1,2,60,0.5,2026-03-05T00:00:00.000Z');
    expect(rows).toContain('agent,Sam,0,0,2,,,2026-03-05T00:00:00.000Z');
    expect((await api.call('GET', '/v1/tasks/stats', { role: 'agent' })).status).toBe(403);
    const bad = await api.call('GET', '/v1/tasks/stats?days=0');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ path: 'days' }] } });
  });
});
