import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/test-databases';
import type { OpenDatabase } from '../db/client';
import { auditEvents, tasks } from '../db/schema';
import { insertBorrower, insertTask } from '../http/routes/record-fixtures';
import { verifySignature } from '../http/signature';
import { breachWebhook } from './breach-webhook';
import { sweepTasks } from './task-sweeper';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(async () => {
  await database.close();
});

const row = async (id: string) =>
  (await database.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

describe('sweepTasks', () => {
  it('returns claims idle longer than the timeout to the queue, audited as the system', async () => {
    const db = database.db;
    const b = await insertBorrower(db);
    const idle = await insertTask(db, b.id, {
      dueAt: '2027-04-01T00:00:00Z',
      assignee: 'sam',
      claimedAt: '2026-03-02T09:00:00Z',
      touchedAt: '2026-03-02T09:10:00Z',
    });
    const busy = await insertTask(db, b.id, {
      dueAt: '2027-04-01T00:00:00Z',
      assignee: 'kim',
      claimedAt: '2026-03-02T09:00:00Z',
      touchedAt: '2026-03-02T09:35:00Z',
    });
    const now = () => new Date('2026-03-02T09:45:00Z');
    const swept = await sweepTasks({ db, claimIdleMs: 30 * 60_000, now });
    expect(swept.expired).toBe(1);
    expect(await row(idle.id)).toMatchObject({ assignee: null, claimedAt: null });
    expect((await row(busy.id)).assignee).toBe('kim');
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.targetId, idle.id));
    expect(audit).toMatchObject([
      { action: 'task.claimExpired', via: 'system', details: { assignee: 'sam', idleMinutes: 30 } },
    ]);
  });

  it('records a breach once per open task past due, and announces it signed, without names', async () => {
    const db = database.db;
    const b = await insertBorrower(db, { firstName: 'Secretname' });
    const late = await insertTask(db, b.id, { queue: 'breach', dueAt: '2026-05-01T09:00:00Z' });
    const onTime = await insertTask(db, b.id, { queue: 'breach', dueAt: '2026-05-03T09:00:00Z' });
    const resolved = await insertTask(db, b.id, {
      queue: 'breach',
      dueAt: '2026-05-01T09:00:00Z',
      status: 'resolved',
    });
    const received: Array<{ body: string; signature: string }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['tandem-signature']) });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/breach`;
    const secret = 'breach-secret-0123456789';
    const now = () => new Date('2026-05-02T09:00:00Z');
    try {
      const options = {
        db,
        claimIdleMs: 60_000,
        now,
        onBreach: breachWebhook({ url, secret, now }),
      };
      const first = await sweepTasks(options);
      expect(first.breached.map((t) => t.id)).toEqual([late.id]);
      expect((await sweepTasks(options)).breached).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect((await row(late.id)).breachedAt).not.toBeNull();
    expect((await row(onTime.id)).breachedAt).toBeNull();
    expect((await row(resolved.id)).breachedAt).toBeNull();
    expect(received).toHaveLength(1);
    const { body, signature } = received[0]!;
    expect(JSON.parse(body)).toMatchObject({
      type: 'task.breached',
      task: { id: late.id, queue: 'breach', dueAt: '2026-05-01T09:00:00.000Z' },
    });
    expect(body).not.toContain('Secretname');
    expect(verifySignature({ header: signature, body, secret, now: now() })).toMatchObject({
      ok: true,
    });
  });
});
