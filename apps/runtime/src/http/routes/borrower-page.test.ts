import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, borrowerNotes, contactLedger, events, holds } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { borrowerPageRoutes } from './borrower-page';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertMessage,
  insertSteps,
  insertTask,
} from './record-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([borrowerPageRoutes]);
});
afterAll(async () => {
  await api.close();
});

interface Answer {
  channel: string;
  allowed: boolean;
  reason: string | null;
  next: string | null;
}
interface Page {
  borrower: {
    localTimeNow: string;
    packs: string[];
    channels: Array<{ channel: string; address: string }>;
  };
  contactNow: Answer[];
  enrollments: Array<{ journeyId: string; currentNode: string | null; version: number }>;
  holds: Array<{ kind: string; active: boolean }>;
  openTasks: Array<{ id: string }>;
}
interface Timeline {
  entries: Array<{ kind: string; id: string; at: string; atLocal: string }>;
  nextCursor: string | null;
}

const newYorker = () =>
  insertDebtor(api.database.db, {
    firstName: 'Ana',
    country: 'US',
    timezone: 'America/New_York',
    channels: {
      sms: { address: '+15551234567', consent: true },
      voice: { address: '+15551234567', consent: true },
      whatsapp: { address: '+15551234567', consent: true },
      push: { address: 'device-1', consent: false },
    },
    preferences: { optedOut: ['whatsapp'] },
  });
const answer = (page: Page, channel: string) => page.contactNow.find((a) => a.channel === channel);

describe('GET /borrowers/:id/page', () => {
  it('answers "can we contact now?" per channel with the engine’s rules, and masks addresses', async () => {
    const { borrower, account } = await newYorker();
    api.setNow(new Date('2026-03-02T15:00:00Z')); // 10:00 in New York
    await api.database.db.insert(contactLedger).values({
      borrowerId: borrower.id,
      accountId: account.id,
      channel: 'voice',
      attemptedAt: '2026-03-01T16:00:00Z',
      outcome: 'sent',
      callResult: 'conversation',
      loggedBy: 'sam',
    });
    const version = await insertJourneyVersion(api.database.db);
    await insertEnrollment(
      api.database.db,
      { borrowerId: borrower.id, accountId: account.id, journeyVersionId: version.id },
      { status: 'running', currentNode: 'wait' },
    );
    const res = await api.call('GET', `/v1/borrowers/${borrower.externalId}/page`, {
      role: 'agent',
    });
    expect(res.status).toBe(200);
    const page = res.body as Page;
    expect(page.borrower.localTimeNow).toBe('Mon 2026-03-02 10:00');
    expect(page.borrower.packs).toEqual(['us-reg-f']);
    expect(page.borrower.channels.map((c) => c.address)).toEqual(
      expect.arrayContaining(['•••• 4567', '••••']),
    );
    expect(JSON.stringify(page)).not.toContain('5551234567');
    expect(answer(page, 'sms')).toMatchObject({ allowed: true, reason: null });
    expect(answer(page, 'whatsapp')).toMatchObject({ allowed: false, reason: 'opt-out' });
    expect(answer(page, 'email')).toMatchObject({ allowed: false, reason: 'no-address' });
    expect(answer(page, 'push')).toMatchObject({ allowed: false, reason: 'no-consent' });
    expect(answer(page, 'voice')).toMatchObject({
      allowed: false,
      reason: 'conversation',
      next: '2026-03-08T16:00:00.000Z',
    });
    expect(page.enrollments).toMatchObject([{ currentNode: 'wait', version: 1 }]);
  });

  it('says "window" at night and "hold" during a hold, with when next', async () => {
    const { borrower } = await newYorker();
    api.setNow(new Date('2026-03-03T03:00:00Z')); // 22:00 in New York
    const night = (
      await api.call('GET', `/v1/borrowers/${borrower.externalId}/page`, { role: 'agent' })
    ).body as Page;
    expect(answer(night, 'sms')).toMatchObject({
      allowed: false,
      reason: 'window',
      next: '2026-03-03T13:00:00.000Z',
    });
    await api.database.db.insert(holds).values({
      borrowerId: borrower.id,
      kind: 'dispute',
      startsAt: '2026-03-01T00:00:00Z',
      endsAt: '2026-03-20T00:00:00Z',
      createdBy: 'test',
    });
    const held = (
      await api.call('GET', `/v1/borrowers/${borrower.externalId}/page`, { role: 'agent' })
    ).body as Page;
    expect(held.contactNow.every((a) => a.reason === 'hold')).toBe(true);
    expect(answer(held, 'sms')?.next).toBe('2026-03-20T00:00:00.000Z');
    expect(held.holds).toMatchObject([{ kind: 'dispute', active: true }]);
  });

  it('404 for an unknown borrower; designers may not read it', async () => {
    expect((await api.call('GET', '/v1/borrowers/nobody/page', { role: 'agent' })).status).toBe(
      404,
    );
    const { borrower } = await newYorker();
    const designer = await api.call('GET', `/v1/borrowers/${borrower.externalId}/page`, {
      role: 'designer',
    });
    expect(designer.status).toBe(403);
  });
});

describe('POST /borrowers/:id/reveal', () => {
  it('shows the addresses in full and audits it', async () => {
    const { borrower } = await newYorker();
    const res = await api.call('POST', `/v1/borrowers/${borrower.externalId}/reveal`, {
      role: 'agent',
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('+15551234567');
    const audit = await api.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, borrower.externalId));
    expect(audit.map((e) => e.action)).toEqual(['borrower.contactRevealed']);
  });
});

describe('GET /borrowers/:id/timeline', () => {
  it('merges every source newest first and pages without repeats or gaps', async () => {
    const db = api.database.db;
    const { borrower, account } = await newYorker();
    const version = await insertJourneyVersion(db);
    const enrollment = await insertEnrollment(db, {
      borrowerId: borrower.id,
      accountId: account.id,
      journeyVersionId: version.id,
    });
    await insertSteps(db, enrollment, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'sent' },
    ]); // 09:00 and 09:01 on 2026-03-01
    await insertMessage(db, borrower.id, {
      createdAt: '2026-03-01T09:00:30Z',
      status: 'delivered',
    });
    await db.insert(events).values({
      sourceId: `pay-${borrower.id}`,
      type: 'payment.received',
      borrowerId: borrower.id,
      occurredAt: '2026-03-01T10:00:00Z',
      data: { amount: 20 },
    });
    await insertTask(db, borrower.id, { createdAt: '2026-03-01T11:00:00Z' });
    await db.insert(contactLedger).values({
      borrowerId: borrower.id,
      channel: 'voice',
      attemptedAt: '2026-03-01T12:00:00Z',
      outcome: 'sent',
      callResult: 'attempted',
      reason: 'no answer',
      loggedBy: 'sam',
    });
    api.setNow(new Date('2026-03-01T13:00:00Z'));
    const note = await api.call('POST', `/v1/borrowers/${borrower.externalId}/notes`, {
      role: 'agent',
      body: { body: 'Prefers evenings' },
    });
    expect(note.status).toBe(201);
    // A second note in the same instant: ties are broken by id, on both sides of a page break.
    await api.call('POST', `/v1/borrowers/${borrower.externalId}/notes`, {
      role: 'agent',
      body: { body: 'Second note' },
    });

    const all = (
      await api.call('GET', `/v1/borrowers/${borrower.externalId}/timeline?limit=200`, {
        role: 'agent',
      })
    ).body as Timeline;
    expect(all.entries.map((e) => e.kind)).toEqual([
      'note',
      'note',
      'call',
      'task',
      'event',
      'step',
      'message',
      'step',
    ]);
    expect(all.entries[2]!.atLocal).toBe('Sun 2026-03-01 07:00');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await api.call('GET', `/v1/borrowers/${borrower.externalId}/timeline?${query}`, {
        role: 'agent',
      });
      const page = res.body as Timeline;
      paged.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.entries.map((e) => e.id));
    const bad = await api.call('GET', `/v1/borrowers/${borrower.externalId}/timeline?cursor=xyz`, {
      role: 'agent',
    });
    expect(bad.status).toBe(400);
  });
});

describe('POST /borrowers/:id/notes', () => {
  it('appends with the author, audits without the text, and the table refuses edits', async () => {
    const { borrower } = await newYorker();
    const res = await api.call('POST', `/v1/borrowers/${borrower.externalId}/notes`, {
      role: 'agent',
      body: { body: 'Lost her job in January' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ author: 'test agent', body: 'Lost her job in January' });
    const [entry] = await api.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, borrower.externalId));
    expect(entry).toMatchObject({ action: 'borrower.noteAdded' });
    expect(JSON.stringify(entry!.details)).not.toContain('job');
    await expect(
      api.database.db
        .update(borrowerNotes)
        .set({ body: 'edited' })
        .where(sql`true`),
    ).rejects.toThrow();
    const empty = await api.call('POST', `/v1/borrowers/${borrower.externalId}/notes`, {
      role: 'agent',
      body: { body: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { details: [{ path: 'body' }] } });
  });

  it('refuses a task id that is not one of the borrower’s (422 naming taskId), writing nothing', async () => {
    const { borrower } = await newYorker();
    const res = await api.call('POST', `/v1/borrowers/${borrower.externalId}/notes`, {
      role: 'agent',
      body: {
        body: 'About a task that is not hers',
        taskId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: { code: 'UNKNOWN_TASK', details: [{ path: 'taskId' }] },
    });
    const notes = await api.database.db
      .select()
      .from(borrowerNotes)
      .where(eq(borrowerNotes.borrowerId, borrower.id));
    expect(notes).toHaveLength(0);
  });
});

describe('POST /borrowers/search', () => {
  type Found = { borrowers: Array<{ externalId: string; phone: string | null }> };
  const search = (query: string, role: 'agent' | 'designer' = 'agent') =>
    api.call('POST', '/v1/borrowers/search', { role, body: { query } });

  it('finds by phone digits as typed, and by name, with masked phones', async () => {
    const { borrower } = await insertDebtor(api.database.db, {
      firstName: 'Quang',
      lastName: 'Tran',
      channels: { sms: { address: '+84 90 777 3322', consent: true } },
    });
    const byPhone = await search('777-3322');
    expect(byPhone.body).toEqual({
      borrowers: [
        {
          externalId: borrower.externalId,
          firstName: 'Quang',
          lastName: 'Tran',
          country: 'VN',
          phone: '•••• 3322',
        },
      ],
    });
    expect(((await search('quang tr')).body as Found).borrowers).toHaveLength(1);
    expect(((await search(borrower.externalId)).body as Found).borrowers).toHaveLength(1);
    const short = await search('a');
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { details: [{ path: 'query' }] } });
    expect((await search('quang', 'designer')).status).toBe(403);
  });

  it('takes % and _ literally', async () => {
    const { borrower } = await insertDebtor(api.database.db, {
      firstName: 'Sam',
      lastName: 'Smith_100%',
    });
    const literal = (await search('_100%')).body as Found;
    expect(literal.borrowers.map((b) => b.externalId)).toEqual([borrower.externalId]);
  });

  it('keeps what was typed out of URLs: the query-string forms are gone', async () => {
    const old = await api.call('GET', '/v1/borrower-lookup?q=quang', { role: 'agent' });
    expect(old.status).toBe(404);
  });
});
