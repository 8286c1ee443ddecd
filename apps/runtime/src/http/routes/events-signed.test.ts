import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../db/schema';
import { createApp } from '../app';
import { signPayload } from '../signature';
import { openTestApi, type TestApi } from '../testing';
import { eventsRoutes } from './events';
import { insertDebtor } from './record-fixtures';

const secret = 'whsec-test-0123456789abcdef';
const start = new Date('2026-03-02T09:00:00Z');
const unix = (date: Date) => Math.floor(date.getTime() / 1000);

let api: TestApi;
let debtor: Awaited<ReturnType<typeof insertDebtor>>;
let seq = 0;

beforeAll(async () => {
  api = await openTestApi([eventsRoutes], { deps: { webhookSecret: secret } });
  debtor = await insertDebtor(api.database.db);
});
afterAll(async () => {
  await api.close();
});

const eventBody = (id = `sig-${++seq}`) =>
  JSON.stringify({
    sourceId: id,
    type: 'payment.received',
    borrower: { externalId: debtor.borrower.externalId },
    occurredAt: '2026-03-01T10:00:00Z',
    data: { amount: 25 },
  });

const signed = (rawBody: string, signature: string) =>
  api.call('POST', '/v1/events', {
    role: null,
    rawBody,
    headers: { 'Tandem-Signature': signature },
  });

const stored = async (id: string) =>
  (await api.database.db.select({ n: count() }).from(events).where(eq(events.sourceId, id)))[0]!.n;

describe('POST /events signed with the webhook secret', () => {
  it('accepts a valid signature without an API key', async () => {
    api.setNow(start);
    const body = eventBody('sig-valid');
    const res = await signed(body, signPayload(secret, body, unix(start)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 1 });
    expect(await stored('sig-valid')).toBe(1);
  });

  it('verifies the exact bytes sent, whitespace and non-ASCII included', async () => {
    api.setNow(start);
    const body = `{ "sourceId" : "sig-raw",\n  "type":"reply.received", "borrower": {"externalId": "${debtor.borrower.externalId}"},
      "occurredAt": "2026-03-01T10:00:00Z", "data": {"channel": "sms", "text": "HỦY 退订"} }`;
    const res = await signed(
      body,
      signPayload(secret, new TextEncoder().encode(body), unix(start)),
    );
    expect(res.status).toBe(200);
    const [row] = await api.database.db.select().from(events).where(eq(events.sourceId, 'sig-raw'));
    expect(row!.data).toEqual({ channel: 'sms', text: 'HỦY 退订' });
  });

  it('refuses a tampered body and writes nothing', async () => {
    api.setNow(start);
    const body = eventBody('sig-tampered');
    const res = await signed(
      body.replace('"amount":25', '"amount":2500'),
      signPayload(secret, body, unix(start)),
    );
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      error: { code: 'UNAUTHORIZED', message: expect.stringContaining('does not match') as string },
    });
    expect(await stored('sig-tampered')).toBe(0);
  });

  it('refuses a signature made with another secret', async () => {
    api.setNow(start);
    const body = eventBody('sig-wrong-secret');
    const res = await signed(body, signPayload('not-the-secret-at-all', body, unix(start)));
    expect(res.status).toBe(401);
    expect(await stored('sig-wrong-secret')).toBe(0);
  });

  it('refuses a replay more than five minutes later, and accepts it just inside the window', async () => {
    const body = eventBody('sig-replay');
    const header = signPayload(secret, body, unix(start));
    api.setNow(new Date(start.getTime() + 301_000));
    const late = await signed(body, header);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({
      error: { message: expect.stringContaining('5 minutes old') as string },
    });
    expect(await stored('sig-replay')).toBe(0);
    api.setNow(new Date(start.getTime() + 299_000));
    expect((await signed(body, header)).status).toBe(200);
  });

  it('refuses a timestamp more than five minutes in the future', async () => {
    api.setNow(start);
    const body = eventBody('sig-future');
    const res = await signed(body, signPayload(secret, body, unix(start) + 301));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      error: { message: expect.stringContaining('future') as string },
    });
  });

  it('refuses a malformed header even when an API key comes along', async () => {
    api.setNow(start);
    const res = await api.call('POST', '/v1/events', {
      role: 'integration',
      rawBody: eventBody('sig-malformed'),
      headers: { 'Tandem-Signature': 'sha256=abc' },
    });
    expect(res.status).toBe(401);
    expect(await stored('sig-malformed')).toBe(0);
  });

  it('401 without a signature or an API key, 403 for a key without the role', async () => {
    const anonymous = await api.call('POST', '/v1/events', { role: null, rawBody: eventBody() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({
      error: {
        code: 'UNAUTHORIZED',
        message: expect.stringContaining('Tandem-Signature') as string,
      },
    });
    const designer = await api.call('POST', '/v1/events', {
      role: 'designer',
      rawBody: eventBody(),
    });
    expect(designer.status).toBe(403);
    const agent = await api.call('POST', '/v1/events', { role: 'agent', rawBody: eventBody() });
    expect(agent.status).toBe(403);
  });

  it('refuses signed requests when no webhook secret is configured', async () => {
    const app = createApp(
      { db: api.database.db, logger: pino({ level: 'silent' }), now: () => start },
      [eventsRoutes],
    );
    const body = eventBody('sig-no-secret');
    const res = await app.request('/v1/events', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'Tandem-Signature': signPayload(secret, body, unix(start)),
      },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { message: expect.stringContaining('no webhook secret') as string },
    });
    expect(await stored('sig-no-secret')).toBe(0);
  });
});
