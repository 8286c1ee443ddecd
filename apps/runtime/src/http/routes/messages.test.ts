import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { messagesRoutes } from './messages';
import { insertBorrower, insertMessage } from './record-fixtures';

interface Page {
  messages: Array<{ id: string; body: string; createdAt: string; status: string }>;
  nextCursor: string | null;
}

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([messagesRoutes]);
});
afterAll(async () => {
  await api.close();
});

const path = (externalId: string, query = '') =>
  `/v1/borrowers/${encodeURIComponent(externalId)}/messages${query}`;

describe('GET /borrowers/:externalId/messages', () => {
  it("lists only this borrower's messages, newest first, every field shown", async () => {
    const db = api.database.db;
    const lan = await insertBorrower(db);
    const other = await insertBorrower(db);
    await insertMessage(db, lan.id, { body: 'first', createdAt: '2026-03-01T09:00:00Z' });
    await insertMessage(db, lan.id, {
      body: 'second',
      subject: 'Your plan',
      channel: 'email',
      status: 'delivered',
      createdAt: '2026-03-02T09:00:00Z',
      sentAt: '2026-03-02T09:00:05Z',
    });
    await insertMessage(db, other.id, { body: 'not yours' });
    const res = await api.call('GET', path(lan.externalId), { role: 'agent' });
    expect(res.status).toBe(200);
    const page = res.body as Page;
    expect(page.messages.map((m) => m.body)).toEqual(['second', 'first']);
    expect(page.messages[0]).toMatchObject({
      channel: 'email',
      subject: 'Your plan',
      status: 'delivered',
      createdAt: '2026-03-02T09:00:00.000Z',
      sentAt: '2026-03-02T09:00:05.000Z',
    });
    expect(page.nextCursor).toBeNull();
  });

  it('pages with a cursor through messages written in the same instant', async () => {
    const db = api.database.db;
    const b = await insertBorrower(db);
    await db.insert(messages).values(
      Array.from({ length: 7 }, (_, i) => ({
        idempotencyKey: `same-instant-${b.id}-${i}`,
        borrowerId: b.id,
        channel: 'sms',
        locale: 'vi',
        body: `message ${i}`,
      })),
    );
    const bodies: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page = (await api.call('GET', path(b.externalId, query), { role: 'integration' }))
        .body as Page;
      bodies.push(...page.messages.map((m) => m.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(bodies.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `message ${i}`));
  });

  it('keeps message text verbatim, SQL-looking or not', async () => {
    const b = await insertBorrower(api.database.db, {
      externalId: "o'brien'); drop table messages;--",
    });
    const text = "Hi {{ name }}'; select * from borrowers; --";
    await insertMessage(api.database.db, b.id, { body: text });
    const res = await api.call('GET', path(b.externalId));
    expect(res.status).toBe(200);
    expect((res.body as Page).messages.map((m) => m.body)).toEqual([text]);
  });

  it('404 for an unknown borrower, 400 for a bad cursor or limit, 403 for a designer', async () => {
    expect((await api.call('GET', path('nobody'))).status).toBe(404);
    const b = await insertBorrower(api.database.db);
    const badCursor = await api.call('GET', path(b.externalId, '?cursor=abc'));
    expect(badCursor.status).toBe(400);
    expect(badCursor.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
    expect((await api.call('GET', path(b.externalId, '?limit=0'))).status).toBe(400);
    expect((await api.call('GET', path(b.externalId), { role: 'designer' })).status).toBe(403);
  });
});
