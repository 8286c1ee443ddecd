import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { eventsRoutes } from './events';
import { insertDebtor } from './record-fixtures';

let api: TestApi;
let debtor: Awaited<ReturnType<typeof insertDebtor>>;
let seq = 0;

beforeAll(async () => {
  api = await openTestApi([eventsRoutes]);
  debtor = await insertDebtor(api.database.db);
});
afterAll(async () => {
  await api.close();
});

describe('POST /events validation', () => {
  const event = (overrides: Record<string, unknown> = {}) => ({
    sourceId: `val-${++seq}`,
    type: 'payment.received',
    borrower: { externalId: debtor.borrower.externalId },
    occurredAt: '2026-03-01T10:00:00Z',
    data: { amount: 10 },
    ...overrides,
  });
  const pathsOf = (body: unknown) =>
    (body as { error: { details: Array<{ path: string }> } }).error.details.map((d) => d.path);

  it('bounds amounts and dates: no payment of 1e15, no event in the year 9999', async () => {
    const huge = await api.call('POST', '/v1/events', { body: event({ data: { amount: 1e15 } }) });
    expect(huge.status).toBe(400);
    expect(pathsOf(huge.body)).toEqual(['data.amount']);
    const far = await api.call('POST', '/v1/events', {
      body: event({ occurredAt: '9999-01-01T00:00:00Z' }),
    });
    expect(far.status).toBe(400);
    expect(pathsOf(far.body)).toEqual(['occurredAt']);
    const promise = await api.call('POST', '/v1/events', {
      body: event({ type: 'ptp.promised', data: { date: '9999-12-31' } }),
    });
    expect(pathsOf(promise.body)).toEqual(['data.date']);
  });

  it('names the field of a single event, its data checked against its type', async () => {
    const noAmount = await api.call('POST', '/v1/events', {
      body: event({ data: { currency: 'USD' } }),
    });
    expect(noAmount.status).toBe(400);
    expect(pathsOf(noAmount.body)).toEqual(['data.amount']);
    const promise = await api.call('POST', '/v1/events', {
      body: event({ type: 'ptp.promised', data: { date: 'soon' } }),
    });
    expect(pathsOf(promise.body)).toEqual(['data.date']);
    const unknownType = await api.call('POST', '/v1/events', {
      body: event({ type: 'payment.maybe' }),
    });
    expect(pathsOf(unknownType.body)).toEqual(['type']);
  });

  it('names each bad field of a batch by position', async () => {
    const res = await api.call('POST', '/v1/events', {
      body: {
        events: [
          event(),
          event({ occurredAt: 'yesterday' }),
          event(),
          event({ data: { amount: 'fifty' } }),
          event({ borrower: {} }),
          event({ occurredAt: '2026-13-01', data: {} }),
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body).sort()).toEqual([
      'events.1.occurredAt',
      'events.3.data.amount',
      'events.4.borrower.externalId',
      'events.5.data.amount',
      'events.5.occurredAt',
    ]);
  });

  it('refuses an empty batch and one over 500 events', async () => {
    const empty = await api.call('POST', '/v1/events', { body: { events: [] } });
    expect(empty.status).toBe(400);
    expect(pathsOf(empty.body)).toEqual(['events']);
    const huge = await api.call('POST', '/v1/events', {
      body: { events: Array.from({ length: 501 }, () => event()) },
    });
    expect(huge.status).toBe(400);
    expect(pathsOf(huge.body)).toEqual(['events']);
  });

  it('accepts a batch of exactly 500 in one go', async () => {
    const batch = Array.from({ length: 500 }, () => event());
    const res = await api.call('POST', '/v1/events', { body: { events: batch } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 500, duplicates: [] });
  });

  it('refuses a body that is not JSON', async () => {
    const res = await api.call('POST', '/v1/events', { rawBody: '{"sourceId": ' });
    expect(res.status).toBe(400);
  });

  it('lists POST /events in the OpenAPI document with both body shapes', async () => {
    const spec = (await api.call('GET', '/openapi.json', { role: null })).body as {
      paths: Record<string, { post?: unknown }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(spec.paths['/v1/events']?.post).toBeDefined();
    expect(Object.keys(spec.components.schemas)).toEqual(
      expect.arrayContaining(['EventInput', 'EventBatch', 'EventsAccepted']),
    );
  });
});
