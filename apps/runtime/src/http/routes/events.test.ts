import { count, eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptedEvent } from '../../db/queries/events';
import { events } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { createApp } from '../app';
import { openTestApi, type TestApi } from '../testing';
import { eventsRoutes, eventsRoutesWith } from './events';
import { insertDebtor } from './record-fixtures';

const occurredAt = '2026-03-01T10:00:00Z';
let seq = 0;
const sourceId = (label: string) => `${label}-${++seq}-${Date.now()}`;

type Debtor = Awaited<ReturnType<typeof insertDebtor>>;
const payment = (d: Debtor, id: string, amount = 50) => ({
  sourceId: id,
  type: 'payment.received',
  borrower: { externalId: d.borrower.externalId },
  account: { externalId: d.account.externalId },
  occurredAt,
  data: { amount, currency: 'USD' },
});

const eventsOf = async (api: TestApi, borrowerId: string) =>
  (
    await api.database.db
      .select({ n: count() })
      .from(events)
      .where(eq(events.borrowerId, borrowerId))
  )[0]!.n;

describe.each(testDrivers)('POST /events on %s', (driver) => {
  let api: TestApi;
  let debtor: Debtor;
  beforeAll(async () => {
    api = await openTestApi([eventsRoutes], { driver });
    debtor = await insertDebtor(api.database.db);
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores one event against the borrower and account it names', async () => {
    const id = sourceId('one');
    const res = await api.call('POST', '/v1/events', {
      role: 'integration',
      body: payment(debtor, id),
    });
    expect(res.status).toBe(200);
    const body = res.body as {
      accepted: number;
      duplicates: string[];
      results: Array<{ id: string }>;
    };
    expect(body).toMatchObject({
      accepted: 1,
      duplicates: [],
      results: [{ sourceId: id, status: 'accepted' }],
    });
    const [row] = await api.database.db.select().from(events).where(eq(events.sourceId, id));
    expect(row).toMatchObject({
      id: body.results[0]!.id,
      type: 'payment.received',
      borrowerId: debtor.borrower.id,
      accountId: debtor.account.id,
      data: { amount: 50, currency: 'USD' },
    });
    expect(new Date(row!.occurredAt).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('accepts a repeated source id once: again in the same batch, and again later', async () => {
    const [a, b] = [sourceId('dup-a'), sourceId('dup-b')];
    const first = await api.call('POST', '/v1/events', {
      body: { events: [payment(debtor, a), payment(debtor, b), payment(debtor, a, 99)] },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      accepted: 2,
      duplicates: [a],
      results: [
        { sourceId: a, status: 'accepted' },
        { sourceId: b, status: 'accepted' },
        { sourceId: a, status: 'duplicate' },
      ],
    });
    const again = await api.call('POST', '/v1/events', { body: { events: [payment(debtor, b)] } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      accepted: 0,
      duplicates: [b],
      results: [{ sourceId: b, status: 'duplicate' }],
    });
    const rows = await api.database.db
      .select()
      .from(events)
      .where(inArray(events.sourceId, [a, b]));
    expect(rows).toHaveLength(2);
    // The first delivery wins; the later payload for the same id is not stored.
    expect(rows.find((r) => r.sourceId === a)!.data).toMatchObject({ amount: 50 });
  });

  it('lets exactly one of several concurrent deliveries of the same event in', async () => {
    const id = sourceId('race');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.call('POST', '/v1/events', { body: payment(debtor, id) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const accepted = responses.map((r) => (r.body as { accepted: number }).accepted);
    expect(accepted.reduce((sum, n) => sum + n, 0)).toBe(1);
    const rows = await api.database.db.select().from(events).where(eq(events.sourceId, id));
    expect(rows).toHaveLength(1);
  });

  it('writes nothing from a batch with one unknown borrower, and names it', async () => {
    const fresh = await insertDebtor(api.database.db);
    const stranger = { ...payment(fresh, sourceId('x')), borrower: { externalId: 'nobody-here' } };
    const res = await api.call('POST', '/v1/events', {
      body: { events: [payment(fresh, sourceId('ok')), stranger] },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: {
        code: 'UNKNOWN_REFERENCE',
        details: [
          {
            path: 'events.1.borrower.externalId',
            message: expect.stringContaining('nobody-here') as string,
          },
        ],
      },
    });
    expect(await eventsOf(api, fresh.borrower.id)).toBe(0);
  });

  it('refuses an account that belongs to another borrower, or that does not exist', async () => {
    const other = await insertDebtor(api.database.db);
    const res = await api.call('POST', '/v1/events', {
      body: {
        events: [
          {
            ...payment(debtor, sourceId('acc')),
            account: { externalId: other.account.externalId },
          },
          { ...payment(debtor, sourceId('acc')), account: { externalId: 'no-such-account' } },
        ],
      },
    });
    expect(res.status).toBe(422);
    const details = (res.body as { error: { details: Array<{ path: string; message: string }> } })
      .error.details;
    expect(details.map((d) => d.path)).toEqual([
      'events.0.account.externalId',
      'events.1.account.externalId',
    ]);
    expect(details[0]!.message).toContain('another borrower');
  });

  it('writes nothing from a batch with one malformed event, naming the field', async () => {
    const fresh = await insertDebtor(api.database.db);
    const res = await api.call('POST', '/v1/events', {
      body: {
        events: [
          payment(fresh, sourceId('fine')),
          payment(fresh, sourceId('fine')),
          { ...payment(fresh, sourceId('bad')), data: { amount: -5 } },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION', details: [{ path: 'events.2.data.amount' }] },
    });
    expect(await eventsOf(api, fresh.borrower.id)).toBe(0);
  });

  it('stores SQL-looking text verbatim', async () => {
    const id = `x'); drop table events; --${sourceId('sql')}`;
    const text = "STOP'; delete from borrowers where '1'='1";
    const res = await api.call('POST', '/v1/events', {
      body: {
        sourceId: id,
        type: 'reply.received',
        borrower: { externalId: debtor.borrower.externalId },
        occurredAt,
        data: { channel: 'sms', text },
      },
    });
    expect(res.status).toBe(200);
    const [row] = await api.database.db.select().from(events).where(eq(events.sourceId, id));
    expect(row).toMatchObject({ sourceId: id, accountId: null, data: { channel: 'sms', text } });
  });
  describe('the after-commit hook', () => {
    const appWith = (onAccepted: (accepted: AcceptedEvent[]) => Promise<void>) =>
      createApp({ db: api.database.db, logger: pino({ level: 'silent' }) }, [
        eventsRoutesWith({ onAccepted }),
      ]);
    const post = (app: ReturnType<typeof createApp>, body: unknown) =>
      app.request('/v1/events', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${api.keys.integration}`,
        },
      });

    it('receives the newly stored events only, with their ids and resolved references', async () => {
      const seen: AcceptedEvent[][] = [];
      const app = appWith((accepted) => {
        seen.push(accepted);
        return Promise.resolve();
      });
      const [a, b] = [sourceId('hook'), sourceId('hook')];
      const first = await post(app, { events: [payment(debtor, a), payment(debtor, b, 7)] });
      const { results } = (await first.json()) as { results: Array<{ id: string }> };
      expect(seen).toEqual([
        [
          {
            id: results[0]!.id,
            sourceId: a,
            type: 'payment.received',
            borrowerId: debtor.borrower.id,
            accountId: debtor.account.id,
            occurredAt: '2026-03-01T10:00:00.000Z',
            data: { amount: 50, currency: 'USD' },
          },
          expect.objectContaining({ id: results[1]!.id, sourceId: b }) as AcceptedEvent,
        ],
      ]);
      await post(app, { events: [payment(debtor, a)] });
      expect(seen).toHaveLength(1);
    });

    it('does not turn stored events into an error when it fails', async () => {
      const app = appWith(() => Promise.reject(new Error('temporal is down')));
      const id = sourceId('hook-fails');
      const res = await post(app, payment(debtor, id));
      expect(res.status).toBe(200);
      const rows = await api.database.db.select().from(events).where(eq(events.sourceId, id));
      expect(rows).toHaveLength(1);
    });
  });
});
