// Event ingestion: resolve who each event is about (one query), then insert all of them in one
// INSERT, idempotent on the source system's id. The unique index decides duplicates, not a prior
// SELECT, so two deliveries of the same event racing each other cannot both be accepted. One
// statement is atomic on its own; a transaction is opened only when events announced to webhooks
// are among them, whose outbox rows must commit with them. Both statements take their rows as one
// JSON parameter (jsonb_to_recordset), so their text never changes with the number of events:
// postgres.js prepares each once per connection, and no query is built per request. Several
// requests can be stored by the same two statements (event-batcher.ts groups concurrent ones):
// each keeps its own outcome. docs/benchmarks.md "API load" has the numbers.
import type { EventName } from '@tandem/dsl';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { sqlRows } from './results/sql-rows';
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

interface References {
  borrowerIds: Map<string, string>;
  accounts: Map<string, { id: string; borrowerId: string }>;
}

/** Borrowers and accounts by external id, in one statement of fixed text. */
async function references(db: Database, inputs: readonly EventInput[]): Promise<References> {
  const borrowerIds = [...new Set(inputs.map((i) => i.borrowerExternalId))];
  const accountIds = [
    ...new Set(
      inputs.flatMap((i) => (i.accountExternalId === undefined ? [] : [i.accountExternalId])),
    ),
  ];
  const rows = await sqlRows<{ account: boolean; external_id: string; id: string; owner: string }>(
    db,
    sql`select false as account, external_id, id, id as owner from borrowers
          where external_id in (select jsonb_array_elements_text(${JSON.stringify(borrowerIds)}::jsonb))
        union all
        select true, external_id, id, borrower_id from accounts
          where external_id in (select jsonb_array_elements_text(${JSON.stringify(accountIds)}::jsonb))`,
  );
  const found: References = { borrowerIds: new Map(), accounts: new Map() };
  for (const row of rows) {
    if (row.account) found.accounts.set(row.external_id, { id: row.id, borrowerId: row.owner });
    else found.borrowerIds.set(row.external_id, row.id);
  }
  return found;
}

function referenceProblems(
  inputs: readonly EventInput[],
  { borrowerIds, accounts: accountRefs }: References,
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
  options: StoreOptions = {},
): Promise<IngestOutcome> {
  const [outcome] = await ingestEventGroups(db, [inputs], options);
  return outcome!;
}

type Row = Omit<AcceptedEvent, 'id'>;

export interface StoreOptions {
  /**
   * When the stored events come due for the event relay's sweep: at once (0, the default), or
   * this long after the commit, when this process hands them to its own relay in memory
   * (EventRelay.handOff) and the sweep is only for a process that died before signalling them.
   */
  signalLeaseMs?: number;
}

/**
 * Stores several requests' events with one look-up and one INSERT (one commit): the outcome of
 * each is what `ingestEvents` would have answered for it alone, had they come one after the
 * other in this order. A request naming an unknown borrower or account writes nothing and does
 * not stop the others; a source id already stored, or earlier in this call, is a duplicate. If
 * the statement fails, it fails for all of them and nothing is written.
 * @example const [first, second] = await ingestEventGroups(db, [[payment], [promise, payment2]])
 */
export async function ingestEventGroups(
  db: Database,
  groups: ReadonlyArray<readonly EventInput[]>,
  options: StoreOptions = {},
): Promise<IngestOutcome[]> {
  const refs = await references(db, groups.flat());
  const outcomes: IngestOutcome[] = [];
  const storing: Array<{ group: number; rows: Row[] }> = [];
  const columns: Array<Record<string, unknown>> = [];
  groups.forEach((inputs, group) => {
    const problems = referenceProblems(inputs, refs);
    if (problems.length > 0) {
      outcomes[group] = { ok: false, problems };
      return;
    }
    const rows = inputs.map((input) => toRow(input, refs));
    storing.push({ group, rows });
    rows.forEach((row, index) =>
      // The column keeps the instant as sent (to the microsecond), as the API had it stored.
      columns.push({
        source_id: row.sourceId,
        type: row.type,
        borrower_id: row.borrowerId,
        account_id: row.accountId,
        occurred_at: inputs[index]!.occurredAt,
        data: row.data,
      }),
    );
  });
  const rows = storing.flatMap((s) => s.rows);
  if (rows.length === 0) {
    for (const { group } of storing) outcomes[group] = { ok: true, results: [], accepted: [] };
    return outcomes;
  }
  const store = async (tx: Database) => {
    const inserted = await sqlRows<{ id: string; source_id: string }>(
      tx,
      // Due for the event relay (event-relay/event-relay.ts): committed with the event. Rows go
      // in in the order given (seq follows it), so of two with one source id the first wins.
      sql`insert into events (source_id, type, borrower_id, account_id, occurred_at, data, signal_due_at)
          select r.source_id, r.type, r.borrower_id, r.account_id, r.occurred_at, r.data,
                 now() + ${options.signalLeaseMs ?? 0}::float8 * interval '1 millisecond'
            from jsonb_to_recordset(${JSON.stringify(columns)}::jsonb) as r(source_id text, type text,
              borrower_id uuid, account_id uuid, occurred_at timestamptz, data jsonb)
          on conflict (source_id) do nothing
          returning id, source_id`,
    );
    const insertedBySource = new Map(inserted.map((row) => [row.source_id, row.id]));
    const accepted: AcceptedEvent[] = [];
    for (const { group, rows: own } of storing) {
      const outcome = {
        ok: true as const,
        results: [] as EventResult[],
        accepted: [] as AcceptedEvent[],
      };
      for (const row of own) {
        const id = insertedBySource.get(row.sourceId);
        if (id === undefined) {
          outcome.results.push({ sourceId: row.sourceId, status: 'duplicate' });
          continue;
        }
        insertedBySource.delete(row.sourceId);
        outcome.results.push({ sourceId: row.sourceId, status: 'accepted', id });
        outcome.accepted.push({ ...row, id });
      }
      accepted.push(...outcome.accepted);
      outcomes[group] = outcome;
    }
    await emitForInboundEvents(tx, accepted);
  };
  if (rows.some((row) => announcesWebhook(row.type))) await db.transaction(store);
  else await store(db);
  return outcomes;
}

/** An event whose references resolved, as the journeys will be told of it. */
function toRow(input: EventInput, refs: References): Row {
  return {
    sourceId: input.sourceId,
    type: input.type,
    borrowerId: refs.borrowerIds.get(input.borrowerExternalId)!,
    accountId:
      input.accountExternalId === undefined ? null : refs.accounts.get(input.accountExternalId)!.id,
    // As the API shows instants (db/instants.ts: milliseconds, UTC).
    occurredAt: new Date(input.occurredAt).toISOString(),
    data: input.data,
  };
}
