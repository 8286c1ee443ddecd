// Delivers the outbox (emit-webhook-event.ts) at least once, signed as Standard Webhooks says.
// Each run claims due deliveries with FOR UPDATE SKIP LOCKED (several servers never take the same
// one) and leases them by moving their due time past the attempt's timeout: a dispatcher that
// dies mid-POST leaves a delivery that comes due again, never one that is lost. Only the earliest
// pending delivery of a borrower per subscription can be claimed, so receivers see a borrower's
// events in order. Failures back off exponentially with jitter for `retryForMs` (24 h), then the
// delivery is marked failed; a subscription failing for `pauseAfterMs` is paused and says so.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEvents,
  webhookSubscriptions,
} from '../db/schema';
import type { PayloadKeyring } from '../temporal/payload-keys';
import { unsealWebhookSecret } from './webhook-secret-seal';

export interface WebhookDispatcherOptions {
  db: Database;
  /** Opens the sealed signing secrets (webhook-secret-seal.ts). */
  payloadKeys: PayloadKeyring;
  now?: () => Date;
  /** At most this many deliveries per run (they are POSTed concurrently). */
  batchSize?: number;
  /** One POST's timeout. */
  timeoutMs?: number;
  /** How long a delivery is retried before it is marked failed. */
  retryForMs?: number;
  /** A subscription whose attempts have all failed for this long is paused. */
  pauseAfterMs?: number;
  /** …or after this many failed attempts in a row (default: time only). */
  pauseAfterFailures?: number;
  /** 0 ≤ x < 1, for the jitter (tests pass a fixed one). */
  random?: () => number;
  onError?: (error: unknown) => void;
}

const HOUR = 60 * 60_000;
export const webhookDefaults = {
  batchSize: 20,
  timeoutMs: 10_000,
  retryForMs: 24 * HOUR,
  pauseAfterMs: 24 * HOUR,
} as const;

/**
 * The wait before attempt `failedAttempts + 1`: 5 s doubling to at most an hour, then between
 * half and all of it (jitter, so a recovering receiver is not hit by every retry at once).
 * @example retryDelayMs(3, () => 0.5) // 15_000
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, failedAttempts - 1), HOUR);
  return Math.round(base * (0.5 + random() * 0.5));
}

interface ClaimedDelivery {
  id: string;
  eventId: string;
  attempts: number;
  retryingSince: string;
  subscriptionId: string;
  url: string;
  /** Null only for a secret from before sealing that the server has not sealed yet. */
  secretSealed: string | null;
  payload: Record<string, unknown>;
}

async function claimDue(db: Database, now: Date, limit: number, leaseMs: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, now.toISOString()),
          sql`exists (select 1 from ${webhookSubscriptions} where ${webhookSubscriptions.id} = ${webhookDeliveries.subscriptionId} and ${webhookSubscriptions.status} = 'active' and ${webhookSubscriptions.deletedAt} is null)`,
          sql`not exists (select 1 from webhook_deliveries as earlier where earlier.subscription_id = ${webhookDeliveries.subscriptionId} and earlier.borrower_id = ${webhookDeliveries.borrowerId} and earlier.status = 'pending' and earlier.seq < ${webhookDeliveries.seq})`,
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.seq))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs).toISOString() })
      .where(sql`${webhookDeliveries.id} in ${ids}`);
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        eventId: webhookDeliveries.eventId,
        attempts: webhookDeliveries.attempts,
        retryingSince: webhookDeliveries.retryingSince,
        subscriptionId: webhookDeliveries.subscriptionId,
        url: webhookSubscriptions.url,
        secretSealed: webhookSubscriptions.secretSealed,
        payload: webhookEvents.payload,
        seq: webhookDeliveries.seq,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .innerJoin(
        webhookSubscriptions,
        eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId),
      )
      .where(sql`${webhookDeliveries.id} in ${ids}`)
      .orderBy(asc(webhookDeliveries.seq));
    return rows satisfies ClaimedDelivery[];
  });
}

interface AttemptResult {
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

async function post(
  delivery: ClaimedDelivery,
  keyring: PayloadKeyring,
  at: Date,
  timeoutMs: number,
): Promise<AttemptResult> {
  const body = JSON.stringify(delivery.payload);
  const started = performance.now();
  try {
    // A secret that cannot be opened (its key is not configured) fails the attempt, logged.
    if (delivery.secretSealed === null) throw new Error('the signing secret is not sealed yet');
    const secret = unsealWebhookSecret(keyring, delivery.secretSealed, delivery.subscriptionId);
    const signature = new Webhook(secret).sign(delivery.eventId, at, body);
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tandem-Webhooks/1',
        'webhook-id': delivery.eventId,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const durationMs = Math.round(performance.now() - started);
    return response.ok
      ? { ok: true, httpStatus: response.status, error: null, durationMs }
      : {
          ok: false,
          httpStatus: response.status,
          error: `answered ${response.status}`,
          durationMs,
        };
  } catch (error) {
    // The cause names the network problem (ECONNREFUSED, timeout); never the body.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const message = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return {
      ok: false,
      httpStatus: null,
      error: message.slice(0, 300),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

async function recordAttempt(
  options: Required<
    Pick<WebhookDispatcherOptions, 'db' | 'retryForMs' | 'pauseAfterMs' | 'random'>
  > &
    Pick<WebhookDispatcherOptions, 'pauseAfterFailures'>,
  delivery: ClaimedDelivery,
  result: AttemptResult,
  at: Date,
): Promise<'delivered' | 'retrying' | 'failed'> {
  const atIso = at.toISOString();
  return options.db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId: delivery.id,
      at: atIso,
      httpStatus: result.httpStatus,
      ok: result.ok,
      error: result.error,
      durationMs: result.durationMs,
    });
    const attempts = delivery.attempts + 1;
    if (result.ok) {
      await tx
        .update(webhookDeliveries)
        .set({
          status: 'delivered',
          attempts,
          lastAttemptAt: atIso,
          deliveredAt: atIso,
          lastError: null,
        })
        .where(eq(webhookDeliveries.id, delivery.id));
      await tx
        .update(webhookSubscriptions)
        .set({ consecutiveFailures: 0, failingSince: null })
        .where(eq(webhookSubscriptions.id, delivery.subscriptionId));
      return 'delivered';
    }
    const givingUp =
      at.getTime() - new Date(toIso(delivery.retryingSince)).getTime() >= options.retryForMs;
    await tx
      .update(webhookDeliveries)
      .set({
        status: givingUp ? 'failed' : 'pending',
        attempts,
        lastAttemptAt: atIso,
        lastError: result.error,
        nextAttemptAt: new Date(
          at.getTime() + retryDelayMs(attempts, options.random),
        ).toISOString(),
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    const [subscription] = await tx
      .update(webhookSubscriptions)
      .set({
        consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1`,
        failingSince: sql`coalesce(${webhookSubscriptions.failingSince}, ${atIso}::timestamptz)`,
      })
      .where(eq(webhookSubscriptions.id, delivery.subscriptionId))
      .returning({
        consecutiveFailures: webhookSubscriptions.consecutiveFailures,
        failingSince: webhookSubscriptions.failingSince,
      });
    if (subscription) {
      const failingFor =
        at.getTime() - new Date(toIso(subscription.failingSince ?? atIso)).getTime();
      const tooMany =
        options.pauseAfterFailures !== undefined &&
        subscription.consecutiveFailures >= options.pauseAfterFailures;
      if (failingFor >= options.pauseAfterMs || tooMany) {
        await tx
          .update(webhookSubscriptions)
          .set({ status: 'paused', pausedReason: 'failing', pausedAt: atIso, updatedAt: atIso })
          .where(
            and(
              eq(webhookSubscriptions.id, delivery.subscriptionId),
              eq(webhookSubscriptions.status, 'active'),
            ),
          );
      }
    }
    return givingUp ? 'failed' : 'retrying';
  });
}

export interface DispatchRun {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * One run: claims what is due, POSTs it, records every attempt. Returns the counts.
 * @example await dispatchDueWebhooks({ db }) // { delivered: 3, retrying: 0, failed: 0 }
 */
export async function dispatchDueWebhooks(options: WebhookDispatcherOptions): Promise<DispatchRun> {
  const now = options.now?.() ?? new Date();
  const timeoutMs = options.timeoutMs ?? webhookDefaults.timeoutMs;
  const settings = {
    db: options.db,
    retryForMs: options.retryForMs ?? webhookDefaults.retryForMs,
    pauseAfterMs: options.pauseAfterMs ?? webhookDefaults.pauseAfterMs,
    random: options.random ?? Math.random,
    ...(options.pauseAfterFailures === undefined
      ? {}
      : { pauseAfterFailures: options.pauseAfterFailures }),
  };
  const claimed = await claimDue(
    options.db,
    now,
    options.batchSize ?? webhookDefaults.batchSize,
    timeoutMs + 60_000,
  );
  const run: DispatchRun = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const result = await post(delivery, options.payloadKeys, now, timeoutMs);
      const outcome = await recordAttempt(
        settings,
        delivery,
        result,
        options.now?.() ?? new Date(),
      );
      run[outcome] += 1;
    }),
  );
  return run;
}

/**
 * Runs every `everyMs` until stopped; runs never overlap. Stopping waits for the run under way.
 * @example const stop = startWebhookDispatcher({ db, payloadKeys, everyMs: 1_000 }); … await stop()
 */
export function startWebhookDispatcher(
  options: WebhookDispatcherOptions & { everyMs: number },
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? undefined : dispatchDueWebhooks(options)))
      .catch((error: unknown) => options.onError?.(error));
  }, options.everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** Queues a delivery again from now (the Replay button); the retry window restarts. */
export async function replayDelivery(db: Database, deliveryId: string, now: Date) {
  const at = now.toISOString();
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: at, retryingSince: at, deliveredAt: null })
    .where(eq(webhookDeliveries.id, deliveryId))
    .returning({ id: webhookDeliveries.id, subscriptionId: webhookDeliveries.subscriptionId });
  return row ?? null;
}
