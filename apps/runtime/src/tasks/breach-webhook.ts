// Announces a breached task to the lender's URL, signed like Tandem's other webhooks. The body
// names the task, its queue and SLA: never the borrower.
import { signatureHeader, signPayload } from '../http/signature';
import type { TaskBreach } from '../db/queries/task-breaches';

/**
 * A breach notifier for the task sweeper.
 * @example startTaskSweeper({ …, onBreach: breachWebhook({ url, secret }) })
 */
export function breachWebhook(options: {
  url: string;
  secret: string;
  timeoutMs?: number;
  now?: () => Date;
}): (breach: TaskBreach) => Promise<void> {
  return async (breach) => {
    const body = JSON.stringify({ type: 'task.breached', task: breach });
    const timestamp = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `task-breached-${breach.id}`,
        [signatureHeader]: signPayload(options.secret, body, timestamp),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`breach webhook answered ${response.status}`);
  };
}
