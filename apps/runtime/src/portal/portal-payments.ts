// What the borrower has committed to and paid, as the portal shows it: the current promise (the
// latest `ptp.promised` not yet followed by a payment) and the latest hand-over to the payment
// page with whether its `payment.received` has arrived.
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { events, portalPayments } from '../db/schema';
import type { PortalSession } from './portal-session';

export interface CurrentPromise {
  date: string;
  /** The amount promised; the whole amount due when the promise named none. */
  amount: number;
}

export interface PortalPayment {
  reference: string;
  amount: number;
  currency: string;
  startedAt: string;
  /** `payment.received` with this reference has been reported. */
  received: boolean;
}

export const latestOfType = (db: Database, session: PortalSession, type: string) =>
  db
    .select({ occurredAt: events.occurredAt, data: events.data })
    .from(events)
    .where(
      and(
        eq(events.borrowerId, session.borrower.id),
        eq(events.accountId, session.account.id),
        eq(events.type, type),
      ),
    )
    .orderBy(desc(events.occurredAt))
    .limit(1);

/** The promise in force: the latest one, unless a payment has arrived since it was made. */
export async function currentPromise(
  db: Database,
  session: PortalSession,
): Promise<CurrentPromise | null> {
  const [promise] = await latestOfType(db, session, 'ptp.promised');
  if (!promise) return null;
  const [cancelled] = await latestOfType(db, session, 'ptp.cancelled');
  if (cancelled && cancelled.occurredAt >= promise.occurredAt) return null;
  const [paid] = await latestOfType(db, session, 'payment.received');
  if (paid && paid.occurredAt >= promise.occurredAt) return null;
  const { date, amount } = promise.data as { date?: unknown; amount?: unknown };
  if (typeof date !== 'string') return null;
  return { date, amount: typeof amount === 'number' ? amount : session.account.amountDue };
}

/** The latest hand-over to the payment page in the last `withinMs` (default a day), if any. */
export async function latestPayment(
  db: Database,
  session: PortalSession,
  now: Date,
  withinMs = 86_400_000,
): Promise<PortalPayment | null> {
  const [row] = await db
    .select()
    .from(portalPayments)
    .where(
      and(
        eq(portalPayments.enrollmentId, session.enrollmentId),
        gt(portalPayments.startedAt, new Date(now.getTime() - withinMs).toISOString()),
      ),
    )
    .orderBy(desc(portalPayments.startedAt))
    .limit(1);
  if (!row) return null;
  const [receipt] = await db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        eq(events.borrowerId, session.borrower.id),
        eq(events.type, 'payment.received'),
        sql`${events.data}->>'reference' = ${row.reference}`,
      ),
    )
    .limit(1);
  return {
    reference: row.reference,
    amount: row.amount,
    currency: row.currency,
    startedAt: new Date(row.startedAt).toISOString(),
    received: receipt !== undefined,
  };
}

/** Records a hand-over; its reference is what the provider reports back. */
export async function startPayment(
  db: Database,
  session: PortalSession,
  amount: number,
): Promise<string> {
  const [row] = await db
    .insert(portalPayments)
    .values({
      enrollmentId: session.enrollmentId,
      borrowerId: session.borrower.id,
      accountId: session.account.id,
      amount,
      currency: session.account.currency,
    })
    .returning({ reference: portalPayments.reference });
  return row!.reference;
}
