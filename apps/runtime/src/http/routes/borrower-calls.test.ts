import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactLedger } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { borrowerCallsRoutes } from './borrower-calls';
import { insertAccount, insertDebtor } from './record-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi([borrowerCallsRoutes]);
});
afterAll(async () => {
  await api.close();
});

const usDebtor = async () => {
  const debtor = await insertDebtor(api.database.db, {
    country: 'US',
    timezone: 'America/New_York',
    channels: { voice: { address: '+15550001111', consent: true } },
  });
  const other = await insertAccount(api.database.db, debtor.borrower.id);
  return { ...debtor, other };
};
const call = (
  externalId: string,
  body: { account: string; result?: string; outcome?: string; note?: string; taskId?: string },
) =>
  api.call('POST', `/v1/borrowers/${externalId}/calls`, {
    role: 'agent',
    body: { result: 'attempted', outcome: 'noAnswer', ...body },
  });
const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000);

describe('POST /borrowers/:id/calls (Reg F)', () => {
  it('allows 7 calls in 7 days per debt, refuses the 8th with when, and counts per debt', async () => {
    const { borrower, account, other } = await usDebtor();
    // 10:00 in New York on seven consecutive days.
    for (let day = 0; day < 7; day++) {
      api.setNow(hours('2026-03-02T15:00:00Z', day * 24));
      const res = await call(borrower.externalId, { account: account.externalId });
      expect(res.status, `call ${day + 1}`).toBe(201);
    }
    api.setNow(hours('2026-03-02T15:00:00Z', 6 * 24 + 2));
    const eighth = await call(borrower.externalId, { account: account.externalId });
    expect(eighth.status).toBe(409);
    expect(eighth.body).toMatchObject({
      error: {
        code: 'CALL_NOT_ALLOWED',
        details: { reason: 'cap', next: '2026-03-09T15:00:00.000Z' },
      },
    });
    expect((eighth.body as { error: { message: string } }).error.message).toContain(
      'cap 7 per 7 days on voice (us-reg-f)',
    );
    // Another debt of the same borrower has its own count.
    expect((await call(borrower.externalId, { account: other.externalId })).status).toBe(201);
    const rows = await api.database.db
      .select()
      .from(contactLedger)
      .where(eq(contactLedger.borrowerId, borrower.id));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      channel: 'voice',
      callResult: 'attempted',
      loggedBy: 'test agent',
    });
  });

  it('after a conversation refuses calls on that debt for 7 days, naming Reg F', async () => {
    const { borrower, account, other } = await usDebtor();
    api.setNow(new Date('2026-04-06T14:00:00Z'));
    const talked = await call(borrower.externalId, {
      account: account.externalId,
      result: 'conversation',
      outcome: 'promiseToPay',
      note: 'Will pay Friday',
    });
    expect(talked.status).toBe(201);
    expect(talked.body).toMatchObject({
      next: { allowed: false, reason: 'conversation', next: '2026-04-13T14:00:00.000Z' },
    });
    api.setNow(new Date('2026-04-08T14:00:00Z'));
    const again = await call(borrower.externalId, { account: account.externalId });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: {
        details: {
          reason: 'conversation',
          detail: 'no voice within 7 days after a conversation (us-reg-f)',
          next: '2026-04-13T14:00:00.000Z',
        },
      },
    });
    expect((await call(borrower.externalId, { account: other.externalId })).status).toBe(201);
  });

  it('refuses outside the contact window, and names bad input', async () => {
    const { borrower, account } = await usDebtor();
    api.setNow(new Date('2026-03-03T03:00:00Z')); // 22:00 in New York
    const night = await call(borrower.externalId, { account: account.externalId });
    expect(night.status).toBe(409);
    expect(night.body).toMatchObject({
      error: { details: { reason: 'window', next: '2026-03-03T13:00:00.000Z' } },
    });
    const bad = await call(borrower.externalId, {
      account: account.externalId,
      result: 'chat',
      outcome: 'great',
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { details: Array<{ path: string }> } }).error.details.map(
      (d) => d.path,
    );
    expect(paths.sort()).toEqual(['outcome', 'result']);
    const notTheirs = await call(borrower.externalId, { account: 'someone-elses' });
    expect(notTheirs.status).toBe(422);
    expect(notTheirs.body).toMatchObject({ error: { details: [{ path: 'account' }] } });
    expect((await call('nobody', { account: account.externalId })).status).toBe(404);
  });

  it('refuses a task id that is not one of the borrower’s, and writes nothing', async () => {
    const { borrower, account } = await usDebtor();
    api.setNow(new Date('2026-03-10T15:00:00Z')); // 11:00 in New York
    const stranger = await call(borrower.externalId, {
      account: account.externalId,
      note: 'Left a message',
      taskId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({
      error: { code: 'UNKNOWN_TASK', details: [{ path: 'taskId' }] },
    });
    const ledger = await api.database.db
      .select()
      .from(contactLedger)
      .where(eq(contactLedger.borrowerId, borrower.id));
    expect(ledger).toHaveLength(0);
  });
});
