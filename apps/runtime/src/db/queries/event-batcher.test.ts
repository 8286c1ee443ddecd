import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDebtor } from '../../http/routes/record-fixtures';
import type { OpenDatabase } from '../client';
import { events } from '../schema';
import { openTestDatabase, testDrivers } from '../test-databases';
import { createEventBatcher } from './event-batcher';
import type { EventInput, IngestOutcome } from './events';

let seq = 0;
const sourceId = (label: string) => `${label}-${++seq}-${Date.now()}`;

type Debtor = Awaited<ReturnType<typeof insertDebtor>>;
const payment = (d: Debtor, id: string, data: Record<string, unknown> = {}): EventInput => ({
  sourceId: id,
  type: 'payment.received',
  borrowerExternalId: d.borrower.externalId,
  accountExternalId: d.account.externalId,
  occurredAt: '2026-03-01T10:00:00Z',
  data: { amount: 50, ...data },
});

const statuses = (outcome: IngestOutcome) =>
  outcome.ok ? outcome.results.map((r) => `${r.sourceId}:${r.status}`) : 'refused';

describe.each(testDrivers)('the event batcher on %s', (driver) => {
  let database: OpenDatabase;
  let debtor: Debtor;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    debtor = await insertDebtor(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  const stored = (ids: string[]) =>
    database.db
      .select({ sourceId: events.sourceId, receivedAt: events.receivedAt, data: events.data })
      .from(events)
      .where(inArray(events.sourceId, ids))
      .orderBy(asc(events.seq));

  it('stores concurrent requests in one commit, in the order they came, each with its own answer', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 20 });
    const ids = [sourceId('a'), sourceId('b'), sourceId('c'), sourceId('d')];
    const outcomes = await Promise.all([
      batcher.ingest([payment(debtor, ids[0]!)]),
      batcher.ingest([payment(debtor, ids[1]!), payment(debtor, ids[2]!)]),
      batcher.ingest([payment(debtor, ids[3]!)]),
    ]);
    expect(outcomes.map(statuses)).toEqual([
      [`${ids[0]}:accepted`],
      [`${ids[1]}:accepted`, `${ids[2]}:accepted`],
      [`${ids[3]}:accepted`],
    ]);
    const rows = await stored(ids);
    expect(rows.map((r) => r.sourceId)).toEqual(ids);
    // received_at is the transaction's time: one value for all of them is one commit.
    expect(new Set(rows.map((r) => r.receivedAt)).size).toBe(1);
    // Each request is told of its own events only.
    const accepted = outcomes.map((o) => (o.ok ? o.accepted.map((e) => e.sourceId) : []));
    expect(accepted).toEqual([[ids[0]], [ids[1], ids[2]], [ids[3]]]);
  });

  it('reports a source id repeated across requests of one flush as a duplicate of the first', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 20 });
    const [x, y] = [sourceId('x'), sourceId('y')];
    await batcher.ingest([payment(debtor, y, { amount: 1 })]);
    const outcomes = await Promise.all([
      batcher.ingest([payment(debtor, x, { amount: 10 })]),
      batcher.ingest([payment(debtor, x, { amount: 20 }), payment(debtor, y, { amount: 2 })]),
    ]);
    expect(outcomes.map(statuses)).toEqual([
      [`${x}:accepted`],
      [`${x}:duplicate`, `${y}:duplicate`],
    ]);
    const rows = await stored([x, y]);
    expect(rows.map((r) => [r.sourceId, r.data])).toEqual([
      [y, { amount: 1 }],
      [x, { amount: 10 }],
    ]);
  });

  it('refuses a request naming an unknown borrower without holding up the others', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 20 });
    const [ok1, bad, ok2] = [sourceId('ok'), sourceId('bad'), sourceId('ok')];
    const outcomes = await Promise.all([
      batcher.ingest([payment(debtor, ok1)]),
      batcher.ingest([
        payment(debtor, bad),
        { ...payment(debtor, bad), borrowerExternalId: 'nobody' },
      ]),
      batcher.ingest([payment(debtor, ok2)]),
    ]);
    expect(outcomes[1]).toEqual({
      ok: false,
      problems: [
        { index: 1, path: 'borrower.externalId', message: 'no borrower with external id "nobody"' },
      ],
    });
    expect([outcomes[0], outcomes[2]].map(statuses)).toEqual([
      [`${ok1}:accepted`],
      [`${ok2}:accepted`],
    ]);
    expect((await stored([ok1, bad, ok2])).map((r) => r.sourceId)).toEqual([ok1, ok2]);
  });

  it('fails only the request the database refuses when a flush fails', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 20 });
    const [ok1, nul, ok2] = [sourceId('ok'), sourceId('nul'), sourceId('ok')];
    const settled = await Promise.allSettled([
      batcher.ingest([payment(debtor, ok1)]),
      // jsonb cannot hold a NUL character: the whole flush's INSERT fails on it.
      batcher.ingest([payment(debtor, nul, { note: 'a\u0000b' })]),
      batcher.ingest([payment(debtor, ok2)]),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [statuses(s.value)] : []));
    expect(answered).toEqual([[`${ok1}:accepted`], [`${ok2}:accepted`]]);
    expect((await stored([ok1, nul, ok2])).map((r) => r.sourceId)).toEqual([ok1, ok2]);
  });

  it('never splits a request, and starts another flush past maxEvents', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 20, maxEvents: 3, maxInFlight: 1 });
    const first = [sourceId('p'), sourceId('p')];
    const second = [sourceId('q'), sourceId('q')];
    const outcomes = await Promise.all([
      batcher.ingest(first.map((id) => payment(debtor, id))),
      batcher.ingest(second.map((id) => payment(debtor, id))),
    ]);
    expect(outcomes.map(statuses)).toEqual([
      first.map((id) => `${id}:accepted`),
      second.map((id) => `${id}:accepted`),
    ]);
    const rows = await stored([...first, ...second]);
    expect(rows.map((r) => r.sourceId)).toEqual([...first, ...second]);
    // Two commits (2 + 2 > 3), one after the other: one received_at for each request.
    const [a, , b] = rows.map((r) => r.receivedAt);
    expect(rows[1]!.receivedAt).toBe(a);
    expect(rows[3]!.receivedAt).toBe(b);
    expect(new Date(b!).getTime()).toBeGreaterThan(new Date(a!).getTime());
  });

  it('queues what arrives while a flush is in flight for the next one', async () => {
    const batcher = createEventBatcher(database.db, { windowMs: 0, maxInFlight: 1 });
    const ids = Array.from({ length: 6 }, () => sourceId('r'));
    const firstFlush = batcher.ingest([payment(debtor, ids[0]!)]);
    // After the first flush has started (its timer fired), before it has committed.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const rest = ids.slice(1).map((id) => batcher.ingest([payment(debtor, id)]));
    await Promise.all([firstFlush, ...rest]);
    const rows = await stored(ids);
    expect(rows.map((r) => r.sourceId)).toEqual(ids);
    const commits = new Set(rows.map((r) => r.receivedAt));
    expect(commits.size).toBe(2);
    expect(rows.slice(1).every((r) => r.receivedAt === rows[1]!.receivedAt)).toBe(true);
  });
});
