// The outbox as agents and lenders read it: one borrower's messages, newest first.
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { messages } from '../schema';
import { olderThan, pageOf, type KeysetPosition } from './keyset-cursor';
import { toIso } from '../instants';

export type MessageStatus = (typeof messages.$inferSelect)['status'];

export interface MessageView {
  id: string;
  enrollmentId: string | null;
  nodeId: string | null;
  channel: string;
  locale: string;
  subject: string | null;
  body: string;
  status: MessageStatus;
  providerMessageId: string | null;
  createdAt: string;
  sentAt: string | null;
}

/**
 * A page of a borrower's messages, newest first.
 * @example const { page, nextCursor } = await borrowerMessages(db, borrowerId, { limit: 20 })
 */
export async function borrowerMessages(
  db: Database,
  borrowerId: string,
  paging: { limit: number; after?: KeysetPosition },
): Promise<{ page: MessageView[]; nextCursor: string | null }> {
  const rows = await db
    .select({
      id: messages.id,
      enrollmentId: messages.enrollmentId,
      nodeId: messages.nodeId,
      channel: messages.channel,
      locale: messages.locale,
      subject: messages.subject,
      body: messages.body,
      status: messages.status,
      providerMessageId: messages.providerMessageId,
      createdAt: messages.createdAt,
      sentAt: messages.sentAt,
    })
    .from(messages)
    .where(
      and(
        eq(messages.borrowerId, borrowerId),
        paging.after ? olderThan(messages.createdAt, messages.id, paging.after) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(paging.limit + 1);
  const { page, nextCursor } = pageOf(rows, paging.limit);
  return {
    page: page.map((row) => ({
      ...row,
      createdAt: toIso(row.createdAt),
      sentAt: toIso(row.sentAt),
    })),
    nextCursor,
  };
}
