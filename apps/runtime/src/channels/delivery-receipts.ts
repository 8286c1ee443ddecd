// Delivery receipts from gateways arrive as events (`message.delivered`, `message.read`,
// `message.failed`) naming the message by Tandem's id (`messageId`, sent to the gateway as `id`)
// or by the gateway's own (`providerMessageId`, stored from its answer). The message's status
// moves forward only: a late "delivered" never undoes a "read".
import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import type { AcceptedEvent } from '../db/queries/events';
import { messages } from '../db/schema';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event';

const receiptData = z.looseObject({
  messageId: z.uuid().optional(),
  providerMessageId: z.string().min(1).max(200).optional(),
  reason: z.string().max(500).optional(),
});

type Status = (typeof messages.$inferSelect)['status'];

/** The statuses a receipt may move a message from. */
const movesFrom: Record<'message.delivered' | 'message.read' | 'message.failed', Status[]> = {
  'message.delivered': ['queued', 'sent'],
  'message.read': ['queued', 'sent', 'delivered'],
  'message.failed': ['queued', 'sent'],
};
const becomes = {
  'message.delivered': 'delivered',
  'message.read': 'read',
  'message.failed': 'failed',
} as const;

/** Applies the receipts among stored events to their messages (of the same borrower only). */
export async function applyReceipts(db: Database, accepted: AcceptedEvent[]): Promise<void> {
  for (const event of accepted) {
    if (
      event.type !== 'message.delivered' &&
      event.type !== 'message.read' &&
      event.type !== 'message.failed'
    )
      continue;
    const data = receiptData.safeParse(event.data);
    if (!data.success || (!data.data.messageId && !data.data.providerMessageId)) continue;
    const which = [
      ...(data.data.messageId ? [eq(messages.id, data.data.messageId)] : []),
      ...(data.data.providerMessageId
        ? [eq(messages.providerMessageId, data.data.providerMessageId)]
        : []),
    ];
    const receipt = event.type;
    const reason = data.data.reason ?? 'reported failed by the gateway';
    await db.transaction(async (tx) => {
      const changed = await tx
        .update(messages)
        .set({
          status: becomes[receipt],
          ...(receipt === 'message.failed' ? { failure: reason } : {}),
        })
        .where(
          and(
            eq(messages.borrowerId, event.borrowerId),
            or(...which),
            inArray(messages.status, movesFrom[receipt]),
          ),
        )
        .returning({ id: messages.id, channel: messages.channel });
      // A read receipt is not an event lenders subscribe to; delivered and failed are.
      if (receipt === 'message.read') return;
      for (const message of changed) {
        await emitWebhookEvent(tx, receipt, event.borrowerId, {
          messageId: message.id,
          channel: message.channel,
          ...(receipt === 'message.failed' ? { reason } : {}),
        });
      }
    });
  }
}
