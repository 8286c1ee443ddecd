// Event ingestion: resolve who each event is about (one query), then insert all of them in one
// multi-row INSERT, idempotent on the source system's id. The unique index decides duplicates,
// not a prior SELECT, so two deliveries of the same event racing each other cannot both be
// accepted. One statement is atomic on its own; a transaction is opened only when the batch has
// events announced to webhooks, whose outbox rows must commit with them. Two round trips per
// request, where there were five (BEGIN, two lookups, INSERT, COMMIT): docs/benchmarks.md.
import type { EventName } from '@tandem/dsl';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { events } from '../schema';
import { referencesByExternalId } from './external-refs';
import { toIso } from '../instants';
import { announcesWebhook, emitForInboundEvents } from '../../webhooks/emit-webhook-event';

export interface EventInput {
  sourceId: string;
  type: EventName;
  borrowerExternalId: string;
  accountExternalId?: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** An event that was new and is now stored: what signalling running journeys will need. */
export interface AcceptedEvent {
  id: string;
  sourceId: string;
  type: EventName;
  borrowerId: string;
  accountId: string | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

export type EventResult =
  { sourceId: string; status: 'accepted'; id: string } | { sourceId: string; status: 'duplicate' };

/** A reference that does not resolve; `index` is the event's position in the request. */
export interface EventReferenceProblem {
  index: number;
  path: 'borrower.externalId' | 'account.externalId';
  message: string;
}

export type IngestOutcome =
  | { ok: true; results: EventResult[]; accepted: AcceptedEvent[] }
  | { ok: false; problems: EventReferenceProblem[] };

function referenceProblems(
  inputs: readonly EventInput[],
  borrowerIds: Map<string, string>,
  accountRefs: Map<string, { id: string; borrowerId: string }>,
): EventReferenceProblem[] {
  const problems: EventReferenceProblem[] = [];
  inputs.forEach((input, index) => {
    const borrowerId = borrowerIds.get(input.borrowerExternalId);
    if (!borrowerId) {
      const message = `no borrower with external id "${input.borrowerExternalId}"`;
      problems.push({ index, path: 'borrower.externalId', message });
    }
    if (input.accountExternalId === undefined) return;
    const account = accountRefs.get(input.accountExternalId);
    if (!account) {
      const message = `no account with external id "${input.accountExternalId}"`;
      problems.push({ index, path: 'account.externalId', message });
    } else if (borrowerId && account.borrowerId !== borrowerId) {
      const message = `account "${input.accountExternalId}" belongs to another borrower`;
      problems.push({ index, path: 'account.externalId', message });
    }
  });
  return problems;
}

/**
 * Stores a batch of events all-or-nothing: any unknown borrower or account and nothing is
 * written. A source id seen before (or twice in the batch) is reported as a duplicate.
 * @example const outcome = await ingestEvents(db, [{ sourceId: 'pay-1', type: 'payment.received', borrowerExternalId: 'b-1', occurredAt, data: { amount: 50 } }])
 */
export async function ingestEvents(
  db: Database,
  inputs: readonly EventInput[],
): Promise<IngestOutcome> {
  const { borrowerIds, accounts: accountRefs } = await referencesByExternalId(
    db,
    inputs.map((i) => i.borrowerExternalId),
    inputs.flatMap((i) => (i.accountExternalId === undefined ? [] : [i.accountExternalId])),
  );
  const problems = referenceProblems(inputs, borrowerIds, accountRefs);
  if (problems.length > 0) return { ok: false, problems };
  if (inputs.length === 0) return { ok: true, results: [], accepted: [] };
  const rows = inputs.map((input) => ({
    sourceId: input.sourceId,
    type: input.type,
    borrowerId: borrowerIds.get(input.borrowerExternalId)!,
    accountId:
      input.accountExternalId === undefined ? null : accountRefs.get(input.accountExternalId)!.id,
    occurredAt: input.occurredAt,
    data: input.data,
  }));
  const store = async (tx: Database): Promise<IngestOutcome> => {
    const inserted = await tx
      .insert(events)
      // Due for the event relay at once (event-relay/event-relay.ts): committed with the event.
      .values(rows.map((row) => ({ ...row, signalDueAt: sql`now()` })))
      .onConflictDoNothing({ target: events.sourceId })
      .returning({ id: events.id, sourceId: events.sourceId, occurredAt: events.occurredAt });
    const insertedBySource = new Map(inserted.map((row) => [row.sourceId, row]));
    const results: EventResult[] = [];
    const accepted: AcceptedEvent[] = [];
    rows.forEach((row, index) => {
      const stored = insertedBySource.get(row.sourceId);
      if (!stored) {
        results.push({ sourceId: row.sourceId, status: 'duplicate' });
        return;
      }
      // Within one batch the first occurrence of a source id is the one inserted.
      insertedBySource.delete(row.sourceId);
      results.push({ sourceId: row.sourceId, status: 'accepted', id: stored.id });
      const type = inputs[index]!.type;
      accepted.push({ ...row, id: stored.id, type, occurredAt: toIso(stored.occurredAt) });
    });
    await emitForInboundEvents(tx, accepted);
    return { ok: true, results, accepted };
  };
  return inputs.some((input) => announcesWebhook(input.type)) ? db.transaction(store) : store(db);
}
