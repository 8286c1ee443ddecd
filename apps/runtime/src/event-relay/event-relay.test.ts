// The relay's bookkeeping on a real database: what is due, in what order a borrower's events
// go, what a failed signal leaves behind, and what a second relay may take. The journey driver
// here records the signals (the workflow side is event-relay.e2e.test.ts, on real Temporal).
import { randomUUID } from 'node:crypto';
import type { JourneyEvent } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestEvents } from '../db/queries/events';
import { openTestApi, type TestApi } from '../http/testing';
import { apiRoutes } from '../http/routes/index';
import type { JourneyDriver } from '../journey-driver';
import { putBorrower, type TestBorrower } from '../testing/scenario';
import { startEventRelay, unsignalledEventCount, type EventRelayOptions } from './event-relay';

interface Signal {
  borrowerId: string;
  type: string;
  sourceOrder: number;
}

/** Records each notifyBorrower; `failOnce` names event amounts whose first signal throws. */
/** A payment event for one borrower; its amount tells the signals of one test apart. */
const payment = (externalId: string, amount: number) => ({
  sourceId: `relay-${randomUUID()}`,
  type: 'payment.received',
  borrower: { externalId },
  occurredAt: '2026-03-01T10:00:00.000Z',
  data: { amount, currency: 'USD' },
});

function recordingDriver(failOnce: Set<number> = new Set()) {
  const signals: Signal[] = [];
  /** Events per notifyBorrower call. */
  const calls: number[] = [];
  const driver = {
    notifyBorrower(borrowerId: string, _accountId: string | null, events: JourneyEvent[]) {
      calls.push(events.length);
      for (const event of events) {
        const order = Number((event.data as { amount?: number }).amount);
        if (failOnce.delete(order)) return Promise.reject(new Error('temporal unavailable'));
        signals.push({ borrowerId, type: event.type, sourceOrder: order });
      }
      return Promise.resolve();
    },
  } as Pick<JourneyDriver, 'notifyBorrower'> as JourneyDriver;
  return { driver, signals, calls };
}

describe('the event relay', () => {
  let api: TestApi;
  /** A relay with a 30 s lease on the test's clock, sweeping only when drained (a minute apart). */
  const leasedRelay = (journeys: EventRelayOptions['journeys'], now: () => Date) =>
    startEventRelay({ db: api.database.db, journeys, intervalMs: 60_000, leaseMs: 30_000, now });
  let a: TestBorrower;
  let b: TestBorrower;
  const borrowerIds = new Map<string, string>();
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    a = await putBorrower(api);
    b = await putBorrower(api);
    for (const who of [a, b]) {
      const res = await api.call('GET', `/v1/borrowers/${who.externalId}`);
      borrowerIds.set(who.externalId, (res.body as { id: string }).id);
    }
  });
  afterAll(() => api?.close());

  /** Stores events as POST /v1/events does, without signalling them: due for a relay. */
  const store = (who: TestBorrower, amounts: number[], signalLeaseMs = 0) =>
    ingestEvents(
      api.database.db,
      amounts.map((amount) => ({
        sourceId: `relay-${randomUUID()}`,
        type: 'payment.received' as const,
        borrowerExternalId: who.externalId,
        accountExternalId: who.accountId,
        occurredAt: '2026-03-01T10:00:00.000Z',
        data: { amount, currency: 'USD' },
      })),
      { signalLeaseMs },
    );

  it('signals every due event once, a borrower in the order received, and clears it', async () => {
    await store(a, [1, 2, 3]);
    await store(b, [4, 5]);
    await store(a, [6]);
    expect(await unsignalledEventCount(api.database.db)).toBe(6);
    const { driver, signals } = recordingDriver();
    const relay = startEventRelay({ db: api.database.db, journeys: driver, intervalMs: 60_000 });
    await relay.drain();
    await relay.stop();
    const of = (who: TestBorrower) =>
      signals
        .filter((s) => s.borrowerId === borrowerIds.get(who.externalId))
        .map((s) => s.sourceOrder);
    expect(of(a)).toEqual([1, 2, 3, 6]);
    expect(of(b)).toEqual([4, 5]);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
    // Nothing is due any more: a second relay signals nothing.
    const again = recordingDriver();
    const second = startEventRelay({
      db: api.database.db,
      journeys: again.driver,
      intervalMs: 60_000,
    });
    await second.drain();
    await second.stop();
    expect(again.signals).toEqual([]);
  });

  it("tells a borrower's consecutive events about one account in one call, in order", async () => {
    await store(a, [21, 22, 23]);
    await store(b, [24]);
    const { driver, signals, calls } = recordingDriver();
    const relay = startEventRelay({ db: api.database.db, journeys: driver, intervalMs: 60_000 });
    await relay.drain();
    await relay.stop();
    // One enrollment look-up for a's three (the driver's notifyBorrower), one for b's.
    expect([...calls].sort()).toEqual([1, 3]);
    expect(signals.map((s) => s.sourceOrder).filter((o) => o < 24)).toEqual([21, 22, 23]);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
  });

  it('keeps a failed event and the rest of its borrower due, and signals them after the lease', async () => {
    await store(a, [11, 12]);
    await store(b, [13]);
    let now = new Date();
    const { driver, signals } = recordingDriver(new Set([11]));
    const relay = leasedRelay(driver, () => now);
    await relay.drain();
    // b's went; a's first failed, and its second waits behind it (a borrower's order).
    expect(signals.map((s) => s.sourceOrder)).toEqual([13]);
    expect(await unsignalledEventCount(api.database.db)).toBe(2);
    // Leased: not due again at once…
    await relay.drain();
    expect(signals.map((s) => s.sourceOrder)).toEqual([13]);
    // …but when the lease is over.
    now = new Date(now.getTime() + 31_000);
    await relay.drain();
    await relay.stop();
    expect(signals.map((s) => s.sourceOrder)).toEqual([13, 11, 12]);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
  });

  it('is nudged by POST /v1/events, which answers without signalling itself', async () => {
    let nudges = 0;
    const { driver, signals } = recordingDriver();
    const withRelay = await openTestApi(apiRoutes, {
      database: api.database,
      deps: { journeys: driver, eventRelay: { nudge: () => void nudges++ } },
    });
    const res = await withRelay.call('POST', '/v1/events', {
      role: 'integration',
      body: payment(a.externalId, 21),
    });
    expect(res.status).toBe(200);
    expect(nudges).toBe(1);
    expect(signals).toEqual([]);
    expect(await unsignalledEventCount(api.database.db)).toBe(1);
  });

  const accepted = async (stored: ReturnType<typeof store>) => {
    const outcome = await stored;
    if (!outcome.ok) throw new Error('the fixture events were refused');
    return outcome.accepted;
  };
  const mine = (signals: Signal[], amounts: number[]) =>
    signals.map((s) => s.sourceOrder).filter((o) => amounts.includes(o));

  it('signals handed-off events without claiming them; the sweep takes them only after the lease', async () => {
    const handed = await accepted(store(a, [41, 42], 30_000));
    const left = await accepted(store(b, [43], 30_000));
    let now = new Date();
    const { driver, signals } = recordingDriver();
    const relay = leasedRelay(driver, () => now);
    // Stored a lease ahead: not due for any sweep yet.
    await relay.drain();
    expect(mine(signals, [41, 42, 43])).toEqual([]);
    relay.handOff(handed);
    await relay.drain();
    expect(mine(signals, [41, 42, 43])).toEqual([41, 42]);
    // The one never handed off (its process died) comes due when the lease is over.
    now = new Date(now.getTime() + 31_000);
    await relay.drain();
    await relay.stop();
    expect(mine(signals, [41, 42, 43])).toEqual([41, 42, 43]);
    expect(left).toHaveLength(1);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
  });

  it('keeps a handed-off event whose signal failed due, for the sweep after the lease', async () => {
    const handed = await accepted(store(a, [51, 52], 30_000));
    let now = new Date();
    const { driver, signals } = recordingDriver(new Set([51]));
    const relay = leasedRelay(driver, () => now);
    relay.handOff(handed);
    await relay.drain();
    expect(mine(signals, [51, 52])).toEqual([]);
    expect(await unsignalledEventCount(api.database.db)).toBe(2);
    now = new Date(now.getTime() + 31_000);
    await relay.drain();
    await relay.stop();
    expect(mine(signals, [51, 52])).toEqual([51, 52]);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
  });

  it('is handed the events POST /v1/events stored, by a relay that can take them', async () => {
    const { driver, signals } = recordingDriver();
    // A clock stopped in the past: its sweep finds nothing due, so only a hand-off signals.
    const relay = startEventRelay({
      db: api.database.db,
      journeys: driver,
      intervalMs: 60_000,
      now: () => new Date(0),
    });
    const withRelay = await openTestApi(apiRoutes, {
      database: api.database,
      deps: { journeys: driver, eventRelay: relay },
    });
    const res = await withRelay.call('POST', '/v1/events', {
      role: 'integration',
      body: {
        events: [61, 62].map((amount) => payment(b.externalId, amount)),
      },
    });
    expect(res.status).toBe(200);
    await relay.drain();
    await relay.stop();
    expect(mine(signals, [61, 62])).toEqual([61, 62]);
  });
  it('signals on a clean stop what a request in flight commits while the relay stops', async () => {
    const { driver, signals } = recordingDriver();
    const relay = leasedRelay(driver, () => new Date());
    let stopping: Promise<void> | undefined;
    const withRelay = await openTestApi(apiRoutes, {
      database: api.database,
      deps: {
        journeys: driver,
        eventRelay: relay,
        // Runs after the events committed, before they are handed off: the moment a server is
        // told to stop while a request whose client has gone is still in its handler.
        replies: () => {
          stopping = relay.stop();
          return Promise.resolve([]);
        },
      },
    });
    const res = await withRelay.call('POST', '/v1/events', {
      role: 'integration',
      body: payment(a.externalId, 71),
    });
    expect(res.status).toBe(200);
    await stopping;
    // Signalled by the stopping relay, not left leased for 30 s until the next start's sweep.
    expect(mine(signals, [71])).toEqual([71]);
    expect(await unsignalledEventCount(api.database.db)).toBe(0);
  });
  it('signals a hand-off without sweeping: events left due wait for the interval', async () => {
    const now = () => new Date();
    const { driver, signals } = recordingDriver();
    const relay = leasedRelay(driver, now);
    await relay.drain(); // the start's sweep, over
    await store(b, [82]); // due now, but nobody hands it off (another process stored it)
    relay.handOff(await accepted(store(a, [81], 30_000)));
    await vi.waitFor(() => expect(mine(signals, [81, 82])).toContain(81));
    // The hand-off's round signalled its own event and claimed nothing (one query fewer).
    expect(mine(signals, [81, 82])).toEqual([81]);
    await relay.drain();
    await relay.stop();
    expect(mine(signals, [81, 82])).toEqual([81, 82]);
  });
});
