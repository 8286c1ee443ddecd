// An agent's call goes into the contact ledger, so the caps count it (Reg F: 7 calls in 7 days
// per debt) and a conversation starts Reg F's 7 quiet days. Before it is written the same check
// the engine makes for a send is made for a call on that debt; a call the rules forbid is refused
// with the reason and when it would be allowed. The borrower's row is locked as the engine's send
// locks it, so two agents cannot both take the last slot.
import { and, eq, inArray } from 'drizzle-orm';
import type { ContactPreferences } from '@tandem/dsl';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import { recentContacts } from '../db/queries/contact-ledger';
import { activeHolds } from '../db/queries/holds';
import { liveStatuses } from '../db/queries/enrollments';
import { touchClaims } from '../db/queries/task-claims';
import { accounts, borrowers, contactLedger, enrollments } from '../db/schema';
import { contactAnswer, type ContactAnswer } from './contact-now';
import { journeyPolicyFor } from './journey-policy';
import { addNote, isBorrowersTask } from './notes';

export const callResults = ['attempted', 'conversation'] as const;
export const callOutcomes = [
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'callback',
  'promiseToPay',
  'planAgreed',
  'hardship',
  'dispute',
  'refused',
  'other',
] as const;

export interface CallInput {
  borrowerExternalId: string;
  accountExternalId: string;
  result: (typeof callResults)[number];
  outcome: (typeof callOutcomes)[number];
  note?: string;
  taskId?: string;
  agent: string;
  now: Date;
}

export type CallResult =
  | { ok: true; call: { id: number; at: string; enrollmentId: string | null }; next: ContactAnswer }
  | { ok: false; reason: 'no-borrower' }
  | { ok: false; reason: 'no-account' }
  | { ok: false; reason: 'no-task' }
  | { ok: false; reason: 'refused'; answer: ContactAnswer };

/**
 * Checks and records one call.
 * @example await logCall(tx, { borrowerExternalId: 'B1', accountExternalId: 'L1', result: 'conversation', outcome: 'promiseToPay', agent: 'sam', now })
 */
export async function logCall(db: Database, input: CallInput): Promise<CallResult> {
  const [b] = await db
    .select()
    .from(borrowers)
    .where(eq(borrowers.externalId, input.borrowerExternalId))
    .for('no key update');
  if (!b) return { ok: false, reason: 'no-borrower' };
  const [account] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.externalId, input.accountExternalId), eq(accounts.borrowerId, b.id)));
  if (!account) return { ok: false, reason: 'no-account' };
  if (input.taskId && !(await isBorrowersTask(db, input.taskId, b.id))) {
    return { ok: false, reason: 'no-task' };
  }
  const journeyPolicy = await journeyPolicyFor(db, b.id);
  const holds = await activeHolds(db, [b.id], input.now);
  const check = (ledger: Awaited<ReturnType<typeof recentContacts>>) =>
    contactAnswer({
      channel: 'voice',
      borrower: { ...b, preferences: b.preferences as ContactPreferences },
      journeyPolicy,
      ledger,
      holds: holds.map((h) => ({ kind: h.kind, endsAt: h.endsAt ? toIso(h.endsAt) : null })),
      debtId: account.id,
      now: input.now,
    });
  // Every window a cap of any pack could look back over: P7D for Reg F, at most a month elsewhere.
  const windows = ['P31D', ...journeyPolicy.caps.map((cap) => cap.per)];
  const ledger = await recentContacts(db, b.id, windows, input.now);
  const answer = check(ledger);
  if (!answer.allowed) return { ok: false, reason: 'refused', answer };

  const [live] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.accountId, account.id), inArray(enrollments.status, liveStatuses)))
    .limit(1);
  const at = input.now.toISOString();
  const [row] = await db
    .insert(contactLedger)
    .values({
      borrowerId: b.id,
      accountId: account.id,
      enrollmentId: live?.id ?? null,
      channel: 'voice',
      attemptedAt: at,
      outcome: 'sent',
      initiatedBy: 'collector',
      reason: input.outcome,
      callResult: input.result,
      loggedBy: input.agent,
    })
    .returning({ id: contactLedger.id });
  if (input.note) {
    await addNote(db, {
      borrowerId: b.id,
      body: input.note,
      author: input.agent,
      ...(input.taskId ? { taskId: input.taskId } : {}),
      now: input.now,
    });
  }
  await touchClaims(db, b.id, input.agent, input.now);
  const after = [
    ...ledger,
    {
      at,
      channel: 'voice' as const,
      debtId: account.id,
      conversation: input.result === 'conversation',
    },
  ];
  return {
    ok: true,
    call: { id: row!.id, at, enrollmentId: live?.id ?? null },
    next: check(after),
  };
}
