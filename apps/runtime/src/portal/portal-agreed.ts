// What the borrower has agreed to, read from the events the portal (or the lender) stored: the
// promise in force, the plan chosen with its schedule, a hardship request and whether a person
// is still looking at it, and a payment in progress. Home shows all of it, so a commitment never
// vanishes and offers that no longer apply are not made again.
import { localDate } from '@tandem/dsl';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { events, tasks } from '../db/schema';
import type { HardshipCategory } from './copy/index';
import { hardshipCategories } from './copy/index';
import { planSchedule, type Instalment } from './plan-schedule';
import {
  currentPromise,
  latestOfType,
  latestPayment,
  type CurrentPromise,
  type PortalPayment,
} from './portal-payments';
import type { PortalSession } from './portal-session';

export interface AgreedPlan {
  instalments: number;
  schedule: Instalment[];
  /** The first instalment not yet due (today or later), if any. */
  next: Instalment | null;
}

export interface HardshipRequest {
  category: HardshipCategory | null;
  at: string;
  /** A person has not decided yet (the hardship or disputes task is open). */
  pending: boolean;
}

export interface Agreed {
  promise: CurrentPromise | null;
  plan: AgreedPlan | null;
  hardship: HardshipRequest | null;
  payment: PortalPayment | null;
}

async function agreedPlan(
  db: Database,
  session: PortalSession,
  today: string,
): Promise<AgreedPlan | null> {
  const [accepted] = await latestOfType(db, session, 'plan.accepted');
  if (!accepted) return null;
  const data = accepted.data as { option?: unknown; node?: unknown; balance?: unknown };
  const config =
    (typeof data.node === 'string' ? session.planNodes[data.node] : undefined) ??
    Object.values(session.planNodes)[0];
  const option = typeof data.option === 'number' ? config?.options[data.option] : undefined;
  if (!option) return null;
  const balance = typeof data.balance === 'number' ? data.balance : session.account.amountDue;
  const acceptedOn = localDate(
    new Date(accepted.occurredAt).toISOString(),
    session.borrower.timezone,
  );
  const schedule = planSchedule(option, balance, acceptedOn);
  return {
    instalments: option.instalments,
    schedule,
    next: schedule.find((i) => i.date >= today) ?? null,
  };
}

async function hardshipRequest(
  db: Database,
  session: PortalSession,
): Promise<HardshipRequest | null> {
  const [request] = await db
    .select({ type: events.type, occurredAt: events.occurredAt, data: events.data })
    .from(events)
    .where(
      and(
        eq(events.borrowerId, session.borrower.id),
        inArray(events.type, ['hardship.requested', 'dispute.opened']),
      ),
    )
    .orderBy(desc(events.occurredAt))
    .limit(1);
  if (!request) return null;
  const [open] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.borrowerId, session.borrower.id),
        inArray(tasks.queue, ['hardship', 'disputes']),
        eq(tasks.status, 'open'),
      ),
    )
    .limit(1);
  const category = request.type === 'dispute.opened' ? 'dispute' : request.data.category;
  return {
    category: hardshipCategories.includes(category as HardshipCategory)
      ? (category as HardshipCategory)
      : null,
    at: new Date(request.occurredAt).toISOString(),
    pending: open !== undefined,
  };
}

export async function loadAgreed(db: Database, session: PortalSession, now: Date): Promise<Agreed> {
  const today = localDate(now.toISOString(), session.borrower.timezone);
  const [promise, plan, hardship, payment] = await Promise.all([
    currentPromise(db, session),
    agreedPlan(db, session, today),
    hardshipRequest(db, session),
    latestPayment(db, session, now),
  ]);
  return { promise, plan, hardship, payment };
}
