import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database, type OpenDatabase } from '../db/client';
import { openTestDatabase } from '../db/test-databases';
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from '../db/schema';
import { insertBorrower } from '../http/routes/record-fixtures';
import { emitWebhookEvent } from './emit-webhook-event';
import {
  dispatchDueWebhooks,
  replayDelivery,
  retryDelayMs,
  startWebhookDispatcher,
} from './webhook-dispatcher';
import { startReceiver } from './webhook-receiver-testing';
import { insertSubscription } from './webhook-subscriptions';
import { testPayloadKeys } from '../http/testing';

const payloadKeys = testPayloadKeys();

// Only Date is faked: the receiver's standardwebhooks check compares the signed timestamp with
// Date.now(), so the dispatcher's clock and the receiver's move together; sockets and timers
// stay real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const advance = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));
const now = () => new Date();

/** Emits `perBorrower` events for each borrower, interleaved, one transaction each. */
async function emitInterleaved(db: Database, borrowerIds: string[], perBorrower: number) {
  const emitted: { id: string; borrowerId: string }[] = [];
  for (let n = 0; n < perBorrower; n += 1) {
    for (const borrowerId of borrowerIds) {
      const id = await db.transaction((tx) =>
        emitWebhookEvent(tx, n % 2 ? 'message.sent' : 'promise.made', borrowerId, {
          step: n,
        }),
      );
      emitted.push({ id: id!, borrowerId });
    }
  }
  return emitted;
}

async function drain(db: Database, runs: number, stepMs: number) {
  for (let run = 0; run < runs; run += 1) {
    await dispatchDueWebhooks({ payloadKeys, db, now, random: () => 0 });
    advance(stepMs);
  }
}

describe('webhook delivery (PGlite)', () => {
  let database: OpenDatabase;
  beforeEach(async () => {
    database = await openTestDatabase('pglite');
  });
  afterEach(async () => {
    await database.close();
  });

  it('delivers every event exactly once by id, in order per borrower, through a receiver that fails and recovers', async () => {
    const db = database.db;
    const borrowers = await Promise.all(
      [1, 2, 3].map(() => insertBorrower(db, { firstName: 'Secretname' })),
    );
    const { subscription, secret } = await insertSubscription(db, payloadKeys, {
      url: 'placeholder',
      eventTypes: ['promise.made', 'message.sent'],
      createdBy: 'test',
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const receiver = await startReceiver(secret);
    await db
      .update(webhookSubscriptions)
      .set({ url: receiver.url })
      .where(eq(webhookSubscriptions.id, subscription.id));
    try {
      const emitted = await emitInterleaved(
        db,
        borrowers.map((b) => b.id),
        4,
      );

      receiver.setMode('refuse');
      await drain(db, 4, 60_000);
      expect(receiver.events).toHaveLength(0);
      expect(receiver.requests.length).toBeGreaterThan(0);

      receiver.setMode('acceptThenFail'); // processed, but the answer says otherwise
      await drain(db, 2, 60_000);
      receiver.setMode('ok');
      await drain(db, 12, 60_000);

      expect(receiver.badSignatures()).toBe(0);
      expect(receiver.events.map((e) => e.id).sort()).toEqual(emitted.map((e) => e.id).sort());
      for (const borrower of borrowers) {
        expect(
          receiver.events.filter((e) => e.borrower === borrower.externalId).map((e) => e.id),
        ).toEqual(emitted.filter((e) => e.borrowerId === borrower.id).map((e) => e.id));
      }
      // Retries happened, and the 500-after-processing answers were retried as the spec says.
      expect(receiver.requests.filter((r) => r.status === 500).length).toBeGreaterThan(0);
      expect(JSON.stringify(receiver.events)).not.toContain('Secretname');
      const deliveries = await db.select().from(webhookDeliveries);
      expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
      const attempts = await db.select().from(webhookAttempts);
      expect(attempts.length).toBe(receiver.requests.length);
      const [after] = await db.select().from(webhookSubscriptions);
      expect(after).toMatchObject({ status: 'active', consecutiveFailures: 0, failingSince: null });
    } finally {
      await receiver.close();
    }
  });

  it('retries with backoff for 24 hours, then marks the delivery failed and pauses the subscription; replay sends it again', async () => {
    const db = database.db;
    const borrower = await insertBorrower(db);
    const placeholder = await insertSubscription(db, payloadKeys, {
      url: 'x',
      eventTypes: ['hold.started'],
      createdBy: 'test',
    });
    const receiver = await startReceiver(placeholder.secret);
    await db.update(webhookSubscriptions).set({ url: receiver.url });
    try {
      receiver.setMode('refuse');
      await db.transaction((tx) =>
        emitWebhookEvent(tx, 'hold.started', borrower.id, { kind: 'dispute' }),
      );
      const started = Date.now();
      const attemptTimes: number[] = [];
      const scheduledDelays: number[] = [];
      while (Date.now() - started <= 25 * 60 * 60_000) {
        const run = await dispatchDueWebhooks({ payloadKeys, db, now, random: () => 0.5 });
        if (run.retrying + run.failed > 0) attemptTimes.push(Date.now() - started);
        if (run.failed > 0) break;
        if (run.retrying > 0) {
          const [pending] = await db.select().from(webhookDeliveries);
          scheduledDelays.push(new Date(pending!.nextAttemptAt).getTime() - Date.now());
        }
        advance(scheduledDelays.length < 6 ? 1_000 : 20 * 60_000);
      }
      const [delivery] = await db.select().from(webhookDeliveries);
      expect(delivery!.status).toBe('failed');
      // Delays double (5 s, 10 s, 20 s… with jitter 0.5 → ×0.75), capped at an hour; the last try
      // is 24 h or more after the first.
      expect(scheduledDelays.slice(0, 4)).toEqual([3_750, 7_500, 15_000, 30_000]);
      expect(Math.max(...scheduledDelays)).toBeLessThanOrEqual(60 * 60_000);
      expect(attemptTimes.at(-1)!).toBeGreaterThanOrEqual(24 * 60 * 60_000);
      const [subscription] = await db.select().from(webhookSubscriptions);
      expect(subscription).toMatchObject({ status: 'paused', pausedReason: 'failing' });

      // A paused subscription receives nothing, even when the receiver is back.
      receiver.setMode('ok');
      await replayDelivery(db, delivery!.id, now());
      await drain(db, 2, 1_000);
      expect(receiver.events).toHaveLength(0);

      await db
        .update(webhookSubscriptions)
        .set({ status: 'active', pausedReason: null, failingSince: null, consecutiveFailures: 0 });
      await drain(db, 1, 1_000);
      expect(receiver.events.map((e) => e.type)).toEqual(['hold.started']);
      const [replayed] = await db.select().from(webhookDeliveries);
      expect(replayed!.status).toBe('delivered');
    } finally {
      await receiver.close();
    }
  });

  it('backs off exponentially with jitter, capped at an hour', () => {
    expect(retryDelayMs(1, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, () => 0.999)).toBeCloseTo(5_000, -2);
    expect(retryDelayMs(4, () => 0)).toBe(20_000);
    expect(retryDelayMs(30, () => 0.999)).toBeCloseTo(3_600_000, -4);
  });

  it('writes nothing when no subscription wants the event, and the event rolls back with its change', async () => {
    const db = database.db;
    const borrower = await insertBorrower(db);
    expect(
      await db.transaction((tx) => emitWebhookEvent(tx, 'task.created', borrower.id, {})),
    ).toBeNull();
    await insertSubscription(db, payloadKeys, {
      url: 'x',
      eventTypes: ['task.created'],
      createdBy: 'test',
    });
    await expect(
      db.transaction(async (tx) => {
        await emitWebhookEvent(tx, 'task.created', borrower.id, {});
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(webhookDeliveries)).toHaveLength(0);
  });
});

describe('a server killed between commit and delivery', () => {
  it('loses nothing: a new dispatcher on the same database delivers the committed event', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-webhooks-'));
    let first: OpenDatabase | null = await openDatabase({ dataDir });
    const borrower = await insertBorrower(first.db);
    const { secret } = await insertSubscription(first.db, payloadKeys, {
      url: 'x',
      eventTypes: ['task.created'],
      createdBy: 'test',
    });
    const receiver = await startReceiver(secret);
    await first.db.update(webhookSubscriptions).set({ url: receiver.url });
    try {
      const eventId = await first.db.transaction((tx) =>
        emitWebhookEvent(tx, 'task.created', borrower.id, { taskId: 't-1' }),
      );
      // The first server claims the delivery and dies while the receiver has not answered.
      receiver.setMode('hang');
      const errors: unknown[] = [];
      const stop = startWebhookDispatcher({
        payloadKeys,
        db: first.db,
        now,
        everyMs: 20,
        timeoutMs: 60_000,
        onError: (e) => errors.push(e),
      });
      await vi.waitUntil(() => receiver.hangingCount() > 0, { timeout: 5_000 });
      expect(receiver.events).toHaveLength(0);
      await first.close();
      first = null;
      receiver.dropHanging();
      await stop().catch(() => {});

      // A new server on the same data: once the lease runs out, the delivery is made.
      receiver.setMode('ok');
      const second = await openDatabase({ dataDir });
      try {
        await dispatchDueWebhooks({ payloadKeys, db: second.db, now });
        advance(2 * 60_000 + 1);
        await dispatchDueWebhooks({ payloadKeys, db: second.db, now });
        expect(receiver.events.map((e) => e.id)).toEqual([eventId]);
      } finally {
        await second.close();
      }
    } finally {
      await first?.close();
      await receiver.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('two dispatchers on one Postgres database', () => {
  it('never deliver the same event twice (FOR UPDATE SKIP LOCKED) and keep each borrower in order', async () => {
    const database = await openTestDatabase('postgres');
    const other = await openDatabase({ url: database.url! });
    try {
      const db = database.db;
      const borrowers = await Promise.all([1, 2, 3, 4, 5].map(() => insertBorrower(db)));
      const { secret } = await insertSubscription(db, payloadKeys, {
        url: 'x',
        eventTypes: ['promise.made', 'message.sent'],
        createdBy: 'test',
      });
      const receiver = await startReceiver(secret);
      await db.update(webhookSubscriptions).set({ url: receiver.url });
      try {
        const emitted = await emitInterleaved(
          db,
          borrowers.map((b) => b.id),
          6,
        );
        for (let round = 0; round < 12 && receiver.events.length < emitted.length; round += 1) {
          await Promise.all([
            dispatchDueWebhooks({ payloadKeys, db, now, batchSize: 4 }),
            dispatchDueWebhooks({ payloadKeys, db: other.db, now, batchSize: 4 }),
          ]);
        }
        expect(receiver.events).toHaveLength(emitted.length);
        // Every request the receiver saw was a first: no duplicates at all.
        expect(receiver.requests).toHaveLength(emitted.length);
        for (const borrower of borrowers) {
          expect(
            receiver.events.filter((e) => e.borrower === borrower.externalId).map((e) => e.id),
          ).toEqual(emitted.filter((e) => e.borrowerId === borrower.id).map((e) => e.id));
        }
      } finally {
        await receiver.close();
      }
    } finally {
      await other.close();
      await database.close();
    }
  });
});
