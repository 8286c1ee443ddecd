// Hands a stored ("queued") message to its channel's provider and records what happened. The
// message row is written first, in the transaction that decided the send; this runs after it, so
// a slow gateway never holds the borrower's row lock. Calling it again for the same message
// (a retried activity) re-delivers with the same idempotency key, or returns the recorded result.
import type { Channel } from '@tandem/dsl';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { borrowers, contactLedger, messages } from '../db/schema';
import { providerFor } from './channel-config';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event';
import { DeliveryRefused, type ChannelProviders } from './provider';

export type DeliveryOutcome =
  | { status: 'sent'; channel: Channel; providerMessageId: string | null }
  | { status: 'failed'; channel: Channel; reason: string };

export class MessageNotFound extends Error {
  constructor(id: string) {
    super(`no message ${id}`);
    this.name = 'NotFound';
  }
}

/** A message row and its borrower's channels, as `deliverMessage` reads them. */
export interface StoredMessage {
  message: typeof messages.$inferSelect;
  channels: (typeof borrowers.$inferSelect)['channels'];
}

/**
 * Delivers message `id` unless it is already sent or failed. A refusal is recorded (message
 * failed, its ledger entry too, so it does not count against a cap); any other error is thrown
 * for the caller to retry. `stored`: the row as the caller's committed transaction just wrote it
 * (saves reading it back).
 */
export async function deliverMessage(
  db: Database,
  providers: ChannelProviders,
  id: string,
  now: () => Date = () => new Date(),
  stored?: StoredMessage,
): Promise<DeliveryOutcome> {
  const [row] = stored
    ? [stored]
    : await db
        .select({ message: messages, channels: borrowers.channels })
        .from(messages)
        .innerJoin(borrowers, eq(borrowers.id, messages.borrowerId))
        .where(eq(messages.id, id))
        .limit(1);
  if (!row) throw new MessageNotFound(id);
  const { message } = row;
  const channel = message.channel as Channel;
  if (message.status === 'failed') {
    return { status: 'failed', channel, reason: message.failure ?? 'delivery failed' };
  }
  if (message.status !== 'queued') {
    return { status: 'sent', channel, providerMessageId: message.providerMessageId };
  }
  const provider = providerFor(providers, channel);
  const to = row.channels[channel]?.address;
  try {
    if (!to) throw new DeliveryRefused(`no ${channel} address on file`);
    const receipt = await provider.deliver({
      id: message.id,
      idempotencyKey: message.idempotencyKey,
      channel,
      to,
      locale: message.locale,
      subject: message.subject,
      body: message.body,
    });
    await db.transaction(async (tx) => {
      const [sent] = await tx
        .update(messages)
        .set({
          status: 'sent',
          provider: provider.name,
          providerMessageId: receipt.providerMessageId,
          sentAt: now().toISOString(),
        })
        .where(and(eq(messages.id, id), eq(messages.status, 'queued')))
        .returning({ borrowerId: messages.borrowerId, intent: messages.intent });
      if (sent) {
        await emitWebhookEvent(tx, 'message.sent', sent.borrowerId, {
          messageId: id,
          channel,
          intent: sent.intent,
          enrollmentId: message.enrollmentId,
        });
      }
    });
    return { status: 'sent', channel, providerMessageId: receipt.providerMessageId };
  } catch (error) {
    if (!(error instanceof DeliveryRefused)) throw error;
    await db.transaction(async (tx) => {
      const [failed] = await tx
        .update(messages)
        .set({ status: 'failed', provider: provider.name, failure: error.message })
        .where(and(eq(messages.id, id), eq(messages.status, 'queued')))
        .returning({ borrowerId: messages.borrowerId });
      if (failed) {
        await emitWebhookEvent(tx, 'message.failed', failed.borrowerId, {
          messageId: id,
          channel,
          reason: error.message,
        });
      }
      await tx
        .update(contactLedger)
        .set({ outcome: 'failed', reason: error.message })
        .where(
          and(
            eq(contactLedger.idempotencyKey, message.idempotencyKey),
            eq(contactLedger.outcome, 'sent'),
          ),
        );
    });
    return { status: 'failed', channel, reason: error.message };
  }
}
