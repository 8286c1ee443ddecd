// The facts the summary and daily series read (enrollment_facts, routed_payments,
// journey_daily_sends: migration 0017) must agree with a recomputation from the raw events, tasks,
// calls and accounts by the definitions in docs/results.md, whatever order things arrive in:
// payments in two currencies, on another account, with no account, before an enrollment, after
// it completed, arriving late, corrected; tasks opened and resolved; an agent's call; an amount
// due changed; a sent contact that later failed.
import { isDeepStrictEqual } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertAccount,
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertTask,
} from '../../../http/routes/record-fixtures';
import type { Database, OpenDatabase } from '../../client';
import { accounts, contactLedger, enrollments, events, tasks } from '../../schema';
import { openTestDatabase, testDrivers } from '../../test-databases';
import { dailySeries } from './daily';
import { sqlRows } from './sql-rows';
import { journeySummary } from './summary';

/** Every enrollment's facts recomputed from the source rows, as the summary once joined them. */
function recomputedFacts(db: Database, journeyVersionId: string) {
  return sqlRows(
    db,
    sql`with se as (select * from enrollments where journey_version_id = ${journeyVersionId}),
        re as (select se.id as enrollment_id, ev.type, ev.occurred_at
                 from se join events ev on ev.borrower_id = se.borrower_id
                where (ev.account_id is null or ev.account_id = se.account_id)
                  and ev.occurred_at >= se.created_at
                  and (se.completed_at is null or ev.occurred_at <= se.completed_at)),
        counted as (select enrollment_id, type, count(*)::int as n, min(occurred_at) as first_at
                      from re group by 1, 2)
        select se.id::text as id, se.created_at::text as created_at,
               se.completed_at::text as completed_at, se.status, se.outcome, a.currency,
               a.amount_due::text as amount_due,
               (select first_at::text from counted c where c.enrollment_id = se.id and c.type = 'payment.received') as first_payment_at,
               exists (select 1 from counted c where c.enrollment_id = se.id
                          and c.type in ('payment.received', 'payment.settled')) as paid,
               coalesce((select n from counted c where c.enrollment_id = se.id and c.type = 'ptp.promised'), 0) as promises_made,
               coalesce((select n from counted c where c.enrollment_id = se.id and c.type = 'hardship.requested'), 0) as hardship_requests,
               coalesce((select n from counted c where c.enrollment_id = se.id and c.type = 'contact.optedOut'), 0) as opt_outs,
               coalesce((select n from counted c where c.enrollment_id = se.id and c.type = 'dispute.opened'), 0) as disputes,
               (select count(*)::int from tasks t where t.enrollment_id = se.id) as tasks,
               (select count(*)::int from tasks t where t.enrollment_id = se.id and t.status = 'resolved') as tasks_resolved,
               exists (select 1 from contact_ledger cl
                        where cl.borrower_id = se.borrower_id and cl.logged_by is not null
                          and cl.attempted_at >= se.created_at and cl.attempted_at <= se.completed_at) as agent_call
          from se join accounts a on a.id = se.account_id
         order by 1`,
  );
}

function storedFacts(db: Database, journeyVersionId: string) {
  return sqlRows(
    db,
    sql`select enrollment_id::text as id, created_at::text as created_at,
               completed_at::text as completed_at, status, outcome, currency,
               amount_due::text as amount_due, first_payment_at::text as first_payment_at, paid,
               promises_made, hardship_requests, opt_outs, disputes, tasks, tasks_resolved, agent_call
          from enrollment_facts where journey_version_id = ${journeyVersionId} order by 1`,
  );
}

function recomputedPayments(db: Database, journeyVersionId: string) {
  return sqlRows(
    db,
    sql`select se.id::text as enrollment_id, ev.id::text as event_id, ev.occurred_at::text as occurred_at,
               coalesce(ev.data->>'currency', a.currency) as currency,
               (ev.data->>'amount')::numeric::text as amount
          from enrollments se
          join accounts a on a.id = se.account_id
          join events ev on ev.borrower_id = se.borrower_id
         where se.journey_version_id = ${journeyVersionId} and ev.type = 'payment.received'
           and (ev.account_id is null or ev.account_id = se.account_id)
           and ev.occurred_at >= se.created_at
           and (se.completed_at is null or ev.occurred_at <= se.completed_at)
         order by 1, 2`,
  );
}

function storedPayments(db: Database, journeyVersionId: string) {
  return sqlRows(
    db,
    sql`select enrollment_id::text as enrollment_id, event_id::text as event_id,
               occurred_at::text as occurred_at, currency, amount::text as amount
          from routed_payments where journey_version_id = ${journeyVersionId} order by 1, 2`,
  );
}

describe.each(testDrivers)('enrollment facts (%s)', (driver) => {
  let database: OpenDatabase;
  let journeyVersionId: string;
  let otherVersionId: string;
  /** Writes after which the stored facts did not match a recomputation (should be none). */
  const disagreements: Array<{ after: string; version: string }> = [];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    const db = database.db;
    journeyVersionId = (await insertJourneyVersion(db)).id;
    otherVersionId = (await insertJourneyVersion(db)).id;
    // Checked after every write, so no later write can hide one whose trigger did nothing.
    const check = async (after: string) => {
      for (const version of [journeyVersionId, otherVersionId]) {
        const facts = isDeepStrictEqual(
          await storedFacts(db, version),
          await recomputedFacts(db, version),
        );
        const payments = isDeepStrictEqual(
          await storedPayments(db, version),
          await recomputedPayments(db, version),
        );
        if (!facts || !payments) disagreements.push({ after, version });
      }
    };
    const enrol = (
      debtor: { borrowerId: string; accountId: string },
      createdAt: string,
      versionId = journeyVersionId,
    ) =>
      insertEnrollment(
        db,
        { ...debtor, journeyVersionId: versionId },
        { status: 'running', createdAt },
      );
    let source = 0;
    const event = (
      type: string,
      borrowerId: string,
      accountId: string | null,
      occurredAt: string,
      data: Record<string, unknown> = {},
    ) =>
      db
        .insert(events)
        .values({ sourceId: `src-${++source}`, type, borrowerId, accountId, occurredAt, data })
        .returning()
        .then(([row]) => row!);

    // Borrower 1 owes in dollars and in euros: one enrollment per account.
    const one = await insertDebtor(db, {}, { amountDue: 300, currency: 'USD' });
    const oneEur = await insertAccount(db, one.borrower.id, { amountDue: 200, currency: 'EUR' });
    const e1 = await enrol(
      { borrowerId: one.borrower.id, accountId: one.account.id },
      '2026-03-01T10:00:00Z',
    );
    await check('dollar enrollment');
    const e1eur = await enrol(
      { borrowerId: one.borrower.id, accountId: oneEur.id },
      '2026-03-02T10:00:00Z',
    );
    await check('euro enrollment');
    const two = await insertDebtor(db, {}, { amountDue: 150, currency: 'EUR' });
    const e2 = await enrol(
      { borrowerId: two.borrower.id, accountId: two.account.id },
      '2026-03-01T12:00:00Z',
    );
    await check('borrower 2 enrollment');
    // Another version's enrollment of borrower 1: its facts are its own.
    await enrol(
      { borrowerId: one.borrower.id, accountId: one.account.id },
      '2026-03-01T09:00:00Z',
      otherVersionId,
    );
    await check('other version enrollment');

    const usd = await event(
      'payment.received',
      one.borrower.id,
      one.account.id,
      '2026-03-02T08:00:00Z',
      { amount: 50 },
    );
    await check('dollar payment');
    // No account named: routed to both of borrower 1's live enrollments, in the event's currency.
    await event('payment.received', one.borrower.id, null, '2026-03-03T08:00:00Z', {
      amount: 20,
      currency: 'EUR',
    });
    await check('payment with no account');
    // Before the euro enrollment existed: routed nowhere in this version.
    await event('payment.received', one.borrower.id, oneEur.id, '2026-03-01T12:00:00Z', {
      amount: 30,
    });
    await check('payment before the euro enrollment');
    await event('dispute.opened', one.borrower.id, one.account.id, '2026-03-02T09:00:00Z');
    await check('dispute');
    await event('ptp.promised', two.borrower.id, two.account.id, '2026-03-02T09:00:00Z', {
      date: '2026-03-09',
    });
    await check('promise');
    await event('hardship.requested', two.borrower.id, null, '2026-03-02T10:00:00Z');
    await check('hardship request');
    await event('contact.optedOut', two.borrower.id, two.account.id, '2026-03-02T11:00:00Z');
    await check('opt-out');
    await event('payment.settled', two.borrower.id, two.account.id, '2026-03-04T09:00:00Z');
    await check('settlement');
    // Borrower 2's enrollment completes; a payment after that is not routed, but one that
    // happened before it and arrives late is.
    await db
      .update(enrollments)
      .set({ status: 'completed', outcome: 'settled', completedAt: '2026-03-05T00:00:00Z' })
      .where(eq(enrollments.id, e2.id));
    await check('borrower 2 completes');
    await event('payment.received', two.borrower.id, two.account.id, '2026-03-06T09:00:00Z', {
      amount: 99,
    });
    await check('payment after completion');
    await event('payment.received', two.borrower.id, two.account.id, '2026-03-04T20:00:00Z', {
      amount: 10,
    });
    await check('late payment');
    // A correction of the dollar payment's amount, and the relay marking it signalled.
    await db
      .update(events)
      .set({ data: { amount: 55 } })
      .where(eq(events.id, usd.id));
    await check('payment corrected');
    await db.update(events).set({ signalDueAt: null }).where(eq(events.id, usd.id));
    await check('payment signalled');

    // Tasks on the euro enrollment: one resolved later, one left open past due.
    const task = await insertTask(db, one.borrower.id, { enrollmentId: e1eur.id });
    await check('task');
    await insertTask(db, one.borrower.id, {
      enrollmentId: e1eur.id,
      dueAt: '2026-03-03T00:00:00Z',
    });
    await check('overdue task');
    await db.update(tasks).set({ status: 'resolved' }).where(eq(tasks.id, task.id));
    await check('task resolved');

    // The dollar enrollment completes; an agent's call while it was live is logged after that.
    const contact = (
      enrollmentId: string | null,
      borrowerId: string,
      attemptedAt: string,
      extra: Partial<typeof contactLedger.$inferInsert> = {},
    ) =>
      db
        .insert(contactLedger)
        .values({
          borrowerId,
          enrollmentId,
          channel: 'sms',
          attemptedAt,
          outcome: 'sent',
          ...extra,
        })
        .returning()
        .then(([row]) => row!);
    await db
      .update(enrollments)
      .set({ status: 'completed', outcome: 'kept', completedAt: '2026-03-10T00:00:00Z' })
      .where(eq(enrollments.id, e1.id));
    await check('dollar enrollment completes');
    await contact(null, one.borrower.id, '2026-03-04T15:00:00Z', {
      channel: 'voice',
      loggedBy: 'agent-ann',
      callResult: 'conversation',
    });
    await check('agent call');
    // Current node moves do not touch the facts (nothing to assert but that they still agree).
    await db.update(enrollments).set({ currentNode: 'wait' }).where(eq(enrollments.id, e1eur.id));
    await check('current node moved');

    // Sends: two on 03-02, one of which the provider refused later; a deferred one never counts.
    await contact(e1.id, one.borrower.id, '2026-03-02T14:00:00Z');
    await check('sent contact');
    const refused = await contact(e2.id, two.borrower.id, '2026-03-02T15:00:00Z');
    await check('contact to refuse');
    await db
      .update(contactLedger)
      .set({ outcome: 'failed' })
      .where(eq(contactLedger.id, refused.id));
    await check('contact refused');
    await contact(e2.id, two.borrower.id, '2026-03-03T15:00:00Z', { outcome: 'deferred' });
    await check('deferred contact');

    // The dollar account's amount due falls (the lender's feed after the payment).
    await db.update(accounts).set({ amountDue: 250 }).where(eq(accounts.id, one.account.id));
    await check('amount due changed');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keep each enrollment as a recomputation from events, tasks, calls and accounts', async () => {
    expect(disagreements).toEqual([]);
    for (const version of [journeyVersionId, otherVersionId]) {
      const stored = await storedFacts(database.db, version);
      expect(stored).toEqual(await recomputedFacts(database.db, version));
      expect(await storedPayments(database.db, version)).toEqual(
        await recomputedPayments(database.db, version),
      );
    }
    const stored = await storedFacts(database.db, journeyVersionId);
    expect(stored).toHaveLength(3);
    // Worked by hand: the dollar enrollment was called by an agent while live and completed.
    expect(stored.filter((row) => (row as { agent_call: boolean }).agent_call)).toHaveLength(1);
  });

  it('give the summary its numbers in both currencies', async () => {
    const summary = await journeySummary(
      database.db,
      { journeyVersionId },
      [],
      new Map(),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(summary.money.byCurrency).toEqual([
      // 20 routed to both of borrower 1's enrollments, and borrower 2's late 10.
      { currency: 'EUR', paid: 50, payments: 3, due: 350, recoveryRate: 50 / 350 },
      { currency: 'USD', paid: 55, payments: 1, due: 250, recoveryRate: 55 / 250 },
    ]);
    expect(summary.money.timing.payers).toBe(3);
    expect(summary.promises.made).toBe(1);
    expect(summary.hardship.requests).toBe(1);
    expect(summary.complaints.disputes).toBe(1);
    expect(summary.optOuts).toBe(1);
    expect(summary.escalations).toEqual({ created: 2, resolved: 1, overdue: 1 });
    // Both completed enrollments paid; the dollar one had an agent's call, borrower 2's nothing.
    expect(summary.selfServe).toEqual({ resolutions: 2, withoutAgent: 1, share: 0.5 });
  });

  it('count sends and payments per day as the ledger and the routed events have them', async () => {
    const days = await dailySeries(database.db, journeyVersionId, {
      from: '2026-03-01',
      to: '2026-03-04',
    });
    expect(days).toEqual([
      { day: '2026-03-01', enrollments: 2, sends: 0, payments: 0, resolutions: 0 },
      { day: '2026-03-02', enrollments: 1, sends: 1, payments: 1, resolutions: 0 },
      { day: '2026-03-03', enrollments: 0, sends: 0, payments: 2, resolutions: 0 },
      { day: '2026-03-04', enrollments: 0, sends: 0, payments: 1, resolutions: 0 },
    ]);
    const recounted = await sqlRows<{ day: string; n: number }>(
      database.db,
      sql`select to_char((cl.attempted_at at time zone 'UTC')::date, 'YYYY-MM-DD') as day,
                 count(*)::int as n
            from contact_ledger cl join enrollments e on e.id = cl.enrollment_id
           where e.journey_version_id = ${journeyVersionId} and cl.outcome = 'sent'
           group by 1 order by 1`,
    );
    const stored = await sqlRows<{ day: string; n: number }>(
      database.db,
      sql`select to_char(day, 'YYYY-MM-DD') as day, sends as n from journey_daily_sends
           where journey_version_id = ${journeyVersionId} and sends <> 0 order by 1`,
    );
    expect(stored).toEqual(recounted);
  });
});
