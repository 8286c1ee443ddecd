// New events from the channels, before the journeys hear them. Delivery receipts update their
// messages (delivery-receipts.ts). Replies arrive as `reply.received` (from the SMS gateway, the
// mailbox…): an opt-out word stops that channel at once (the borrower's preferences change in the
// same transaction as the one confirmation, and the journeys hear `contact.optedOut`); HELP gets
// an answer. Answers go out straight away: they are the borrower's own exchange, not collection
// contact, so they are recorded in the ledger as borrower-initiated and no cap counts them.
import { errorLogFields } from '../http/error-log-fields';
import { channelSchema, type Channel } from '@tandem/dsl';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database } from '../db/client';
import type { AcceptedEvent } from '../db/queries/events';
import { borrowers, contactLedger, events, messages } from '../db/schema';
import { emitForInboundEvents } from '../webhooks/emit-webhook-event';
import { deliverMessage } from './deliver';
import { applyReceipts } from './delivery-receipts';
import type { ChannelProviders } from './provider';
import { replyIntent } from './reply-intent';
import { helpAnswer, optOutConfirmation, type Sender } from './reply-texts';

export interface ReplyHandlerDeps {
  db: Database;
  providers: ChannelProviders;
  sender: Sender;
  logger: Logger;
  now?: () => Date;
}

const replyData = z.looseObject({ channel: channelSchema, text: z.string() });

/**
 * What happens to new events from the channels (replies, receipts) before the journeys hear
 * them; returns the events it adds (`contact.optedOut`).
 */
export type ReplyHandler = (accepted: AcceptedEvent[]) => Promise<AcceptedEvent[]>;

export function replyHandler(deps: ReplyHandlerDeps): ReplyHandler {
  const now = deps.now ?? (() => new Date());
  return async (accepted) => {
    await applyReceipts(deps.db, accepted);
    const added: AcceptedEvent[] = [];
    for (const event of accepted) {
      if (event.type !== 'reply.received') continue;
      const data = replyData.safeParse(event.data);
      if (!data.success) continue; // the events body schema checked it already
      const intent = replyIntent(data.data.text);
      if (intent === 'other') continue;
      const outcome = await answer(deps, now(), event, data.data.channel, intent);
      if (outcome.optedOut) added.push(outcome.optedOut);
      if (outcome.messageId) {
        await deliverMessage(deps.db, deps.providers, outcome.messageId, now).catch(
          (error: unknown) => {
            // Left queued; the stored message shows what the borrower is owed.
            deps.logger.error(
              { ...errorLogFields(error), messageId: outcome.messageId },
              'answer to a reply not delivered',
            );
          },
        );
      }
    }
    return added;
  };
}

async function answer(
  deps: ReplyHandlerDeps,
  at: Date,
  event: AcceptedEvent,
  channel: Channel,
  intent: 'optOut' | 'help',
): Promise<{ messageId: string | null; optedOut: AcceptedEvent | null }> {
  return deps.db.transaction(async (tx) => {
    const [borrower] = await tx
      .select()
      .from(borrowers)
      .where(eq(borrowers.id, event.borrowerId))
      .for('no key update');
    if (!borrower) return { messageId: null, optedOut: null };
    let optedOut: AcceptedEvent | null = null;
    let body: string;
    if (intent === 'optOut') {
      // Confirmed once: a second STOP finds the channel off already and gets no answer.
      if (borrower.preferences.optedOut.includes(channel))
        return { messageId: null, optedOut: null };
      await tx
        .update(borrowers)
        .set({
          preferences: {
            ...borrower.preferences,
            optedOut: [...borrower.preferences.optedOut, channel],
          },
          updatedAt: at.toISOString(),
        })
        .where(eq(borrowers.id, borrower.id));
      const [stored] = await tx
        .insert(events)
        .values({
          sourceId: `tandem:opt-out:${event.id}`,
          type: 'contact.optedOut',
          borrowerId: borrower.id,
          accountId: event.accountId,
          occurredAt: at.toISOString(),
          data: { channel, reply: event.id },
          // Signalled to the journeys with the reply that caused it (event-relay/).
          signalDueAt: at.toISOString(),
        })
        .returning();
      await emitForInboundEvents(tx, [stored!]);
      optedOut = {
        id: stored!.id,
        sourceId: stored!.sourceId,
        type: 'contact.optedOut',
        borrowerId: borrower.id,
        accountId: event.accountId,
        occurredAt: at.toISOString(),
        data: stored!.data,
      };
      body = optOutConfirmation(deps.sender, channel, borrower.locale);
    } else {
      body = helpAnswer(deps.sender, channel, borrower.locale);
    }
    if (!borrower.channels[channel]?.address) return { messageId: null, optedOut };
    const idempotencyKey = `reply:${event.id}`;
    const [message] = await tx
      .insert(messages)
      .values({
        idempotencyKey,
        borrowerId: borrower.id,
        intent: intent === 'optOut' ? 'optOut.confirmation' : 'help',
        channel,
        locale: borrower.locale,
        body,
        status: 'queued',
        createdAt: at.toISOString(),
      })
      .returning({ id: messages.id });
    await tx.insert(contactLedger).values({
      borrowerId: borrower.id,
      accountId: event.accountId,
      channel,
      attemptedAt: at.toISOString(),
      outcome: 'sent',
      initiatedBy: 'borrower',
      idempotencyKey,
      reason: intent === 'optOut' ? 'opt-out confirmation' : 'help answer',
    });
    return { messageId: message!.id, optedOut };
  });
}
