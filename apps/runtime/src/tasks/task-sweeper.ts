// The queue's clock: every run returns idle claims to their queue (audited as the system) and
// records tasks that passed their SLA, announcing each breach once through `onBreach`.
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Database } from '../db/client';
import { recordBreaches, type TaskBreach } from '../db/queries/task-breaches';
import { expireIdleClaims } from '../db/queries/task-claims';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event';

const system: AuditActor = { keyId: null, name: 'task sweeper', role: 'system', via: 'system' };

export interface TaskSweeperOptions {
  db: Database;
  /** A claim nobody touches for this long goes back to the queue. */
  claimIdleMs: number;
  /** Told of each newly breached task (a webhook); a failure is logged, never retried twice. */
  onBreach?: (breach: TaskBreach) => Promise<void>;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

/**
 * One sweep; returns what it changed.
 * @example await sweepTasks({ db, claimIdleMs: 30 * 60_000 }) // { expired: 1, breached: [...] }
 */
export async function sweepTasks(
  options: TaskSweeperOptions,
): Promise<{ expired: number; breached: TaskBreach[] }> {
  const now = options.now?.() ?? new Date();
  const expired = await options.db.transaction(async (tx) => {
    const rows = await expireIdleClaims(tx, now, options.claimIdleMs);
    for (const row of rows) {
      await recordAudit(tx, system, 'task.claimExpired', row.id, {
        assignee: row.assignee,
        idleMinutes: Math.round(options.claimIdleMs / 60_000),
      });
    }
    return rows.length;
  });
  // Marked and put in the webhook outbox (task.sla_breached) in one transaction: subscribers get
  // each breach at least once. The older single-URL `onBreach` is called after the commit: a
  // webhook that is down loses that announcement, never repeats one.
  const breached = await options.db.transaction(async (tx) => {
    const rows = await recordBreaches(tx, now);
    for (const { borrowerId, ...breach } of rows) {
      await emitWebhookEvent(
        tx,
        'task.sla_breached',
        borrowerId,
        { taskId: breach.id, queue: breach.queue, priority: breach.priority, dueAt: breach.dueAt },
        { now },
      );
    }
    return rows.map(({ borrowerId: _borrowerId, ...breach }) => breach);
  });
  for (const breach of breached) {
    try {
      await options.onBreach?.(breach);
    } catch (error) {
      options.onError?.(error);
    }
  }
  return { expired, breached };
}

/**
 * Sweeps every `everyMs` until stopped; runs never overlap.
 * @example const stop = startTaskSweeper({ db, claimIdleMs, everyMs: 30_000 }); … await stop()
 */
export function startTaskSweeper(
  options: TaskSweeperOptions & { everyMs: number },
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sweepTasks(options))
      .catch((error: unknown) => options.onError?.(error));
  }, options.everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
