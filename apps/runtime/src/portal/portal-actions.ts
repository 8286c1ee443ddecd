// What the borrower's choices in the portal do. Answers the journey must vet (a promise date, a
// plan) go through the workflow's update, so the borrower sees the node's own verdict; accepted
// ones are stored as events for the record. An agent recording a promise or a plan on the
// borrower's behalf (the borrower's page) goes through these same functions. Everything else is stored and signalled like any
// event a lender reports.
import { randomUUID } from 'node:crypto';
import type { Channel, EventVerdict, HoldKind, JourneyEvent } from '@tandem/dsl';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emitForInboundEvents, emitWebhookEvent } from '../webhooks/emit-webhook-event';
import { activeHoldOfKind, createHold } from '../db/queries/holds';
import { borrowers, events, tasks } from '../db/schema';
import type { JourneyDriver } from '../journey-driver';
import type { HardshipCategory } from './copy/index';
import type { PortalSession } from './portal-session';

export interface ActionDeps {
  db: Database;
  journeys?: JourneyDriver;
  now: () => Date;
  /**
   * The agent who records an answer on the borrower's behalf (their key's name); absent when the
   * borrower answers in the portal. Stored with the event, so the timeline says who it was.
   */
  recordedBy?: string;
}

/** How long a vulnerability review or a dispute task may wait for a person. */
const REVIEW_DUE_MS = 24 * 60 * 60 * 1000;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

function journeyEvent<T extends JourneyEvent['type']>(
  type: T,
  data: Extract<JourneyEvent, { type: T }>['data'],
  at: Date,
) {
  return { id: randomUUID(), type, occurredAt: at.toISOString(), data } as Extract<
    JourneyEvent,
    { type: T }
  >;
}

async function store(
  db: Database | Tx,
  session: PortalSession,
  event: JourneyEvent,
  recordedBy?: string,
): Promise<void> {
  const via = recordedBy === undefined ? { via: 'portal' } : { via: 'agent', recordedBy };
  await db.insert(events).values({
    id: event.id,
    sourceId: `${via.via}:${event.id}`,
    type: event.type,
    borrowerId: session.borrower.id,
    accountId: session.account.id,
    occurredAt: event.occurredAt,
    data: { ...event.data, ...via },
  });
  await emitForInboundEvents(db, [
    {
      id: event.id,
      type: event.type,
      borrowerId: session.borrower.id,
      accountId: session.account.id,
      data: event.data,
    },
  ]);
}

/** Asks the journey to accept an answer; stores it once accepted. */
async function answer(
  deps: ActionDeps,
  session: PortalSession,
  event: JourneyEvent,
): Promise<EventVerdict> {
  if (!deps.journeys) return { ok: false, reason: 'journeyEnded', message: 'no journey driver' };
  const verdict = await deps.journeys.respond(session.enrollmentId, event);
  if (verdict.ok) await store(deps.db, session, event, deps.recordedBy);
  return verdict;
}

export function promiseToPay(
  deps: ActionDeps,
  session: PortalSession,
  input: { date: string; amount?: number },
) {
  const data =
    input.amount === undefined ? { date: input.date } : { date: input.date, amount: input.amount };
  return answer(deps, session, journeyEvent('ptp.promised', data, deps.now()));
}

/** The node and the balance are kept with the answer, so home can show the schedule later. */
export function acceptPlan(deps: ActionDeps, session: PortalSession, option: number) {
  const node = session.step.kind === 'plan' ? { node: session.step.nodeId } : {};
  const data = { option, ...node, balance: session.account.amountDue };
  return answer(deps, session, journeyEvent('plan.accepted', data, deps.now()));
}

/** What a borrower for whom no plan works asks for instead. */
export type PlanAlternative = 'pause' | 'person';

/**
 * "None of these plans work": the offer node hears `plan.declined` (its declined port, which the
 * journey routes on), then the borrower's choice is acted on: a pause is the hardship request
 * with the category "pause" (a hold and a person reviewing, as from the hardship page); a person
 * is a task for the collections team to contact the borrower.
 */
export async function declinePlan(
  deps: ActionDeps,
  session: PortalSession,
  instead: PlanAlternative,
): Promise<EventVerdict> {
  const node = session.step.kind === 'plan' ? { node: session.step.nodeId } : {};
  const declined = journeyEvent('plan.declined', { reason: instead, ...node }, deps.now());
  const verdict = await answer(deps, session, declined);
  if (!verdict.ok) return verdict;
  if (instead === 'pause') {
    await reportHardship(deps, session, { category: 'pause' });
    return verdict;
  }
  const now = deps.now();
  await deps.db.insert(tasks).values({
    idempotencyKey: `portal:${declined.id}`,
    enrollmentId: session.enrollmentId,
    borrowerId: session.borrower.id,
    commandId: `portal:${declined.id}`,
    queue: 'collections',
    priority: 'normal',
    reason:
      'None of the offered plans work for the borrower: they asked to talk to a person (portal)',
    outcomes: ['agreed', 'noContact'],
    dueAt: new Date(now.getTime() + REVIEW_DUE_MS).toISOString(),
  });
  return verdict;
}

/** Withdraws the promise in force; the journey's verdict says whether there was one. */
export function cancelPromise(deps: ActionDeps, session: PortalSession) {
  return answer(deps, session, journeyEvent('ptp.cancelled', {}, deps.now()));
}

export async function lessonWatched(
  deps: ActionDeps,
  session: PortalSession,
  lesson: string,
): Promise<void> {
  const event = journeyEvent('lesson.watched', { lesson }, deps.now());
  await store(deps.db, session, event);
  await deps.journeys?.notifyEnrollment(session.enrollmentId, event);
}

/** A borrower-wide hold a category needs on top of the journey's own hardship review. */
const holdFor: Partial<Record<HardshipCategory, HoldKind>> = {
  mentalHealth: 'vulnerabilityReview',
  bereavement: 'vulnerabilityReview',
  dispute: 'dispute',
};

/**
 * A hardship report. The journey's answer to `hardship.requested` is a hardship-review hold and a
 * task for the hardship team. A vulnerable borrower also gets a borrower-wide vulnerability
 * review hold (every journey stops until a person ends it); "I do not owe this" opens a dispute
 * instead: a dispute hold until the debt is verified, and a task for the disputes team.
 */
export async function reportHardship(
  deps: ActionDeps,
  session: PortalSession,
  input: { category: HardshipCategory; note?: string },
): Promise<void> {
  const now = deps.now();
  const note = input.note?.trim() ? { note: input.note.trim() } : {};
  const report =
    input.category === 'dispute'
      ? journeyEvent(
          'dispute.opened',
          { reason: input.note?.trim() || 'borrower disputes the debt (portal)' },
          now,
        )
      : journeyEvent('hardship.requested', { category: input.category, ...note }, now);
  const kind = holdFor[input.category];
  const started = await deps.db.transaction(async (tx) => {
    await store(tx, session, report);
    if (input.category === 'dispute') {
      const [task] = await tx
        .insert(tasks)
        .values({
          idempotencyKey: `portal:${report.id}`,
          enrollmentId: session.enrollmentId,
          borrowerId: session.borrower.id,
          commandId: `portal:${report.id}`,
          queue: 'disputes',
          priority: 'high',
          reason: `Borrower disputes the debt through the portal${input.note?.trim() ? `: ${input.note.trim().slice(0, 500)}` : ''}`,
          outcomes: ['verified', 'corrected', 'closed'],
          dueAt: new Date(now.getTime() + REVIEW_DUE_MS).toISOString(),
        })
        .returning({ id: tasks.id, dueAt: tasks.dueAt });
      await emitWebhookEvent(tx, 'task.created', session.borrower.id, {
        taskId: task!.id,
        enrollmentId: session.enrollmentId,
        queue: 'disputes',
        priority: 'high',
        dueAt: new Date(task!.dueAt).toISOString(),
      });
    }
    if (!kind || (await activeHoldOfKind(tx, session.borrower.id, kind, now))) return null;
    const hold = await createHold(tx, {
      borrowerId: session.borrower.id,
      kind,
      startsAt: now,
      endsAt: null,
      reason: `portal: ${input.category}`,
      createdBy: 'portal',
    });
    // The id the holds API signals with, so the same hold is never started twice in a journey.
    return { ...journeyEvent('hold.started', { kind }, now), id: `hold-${hold.id}-started` };
  });
  await deps.journeys?.notifyBorrower(
    session.borrower.id,
    null,
    started ? [report, started] : [report],
  );
}

/** The borrower's contact choices; channels newly turned off are opt-outs the journeys hear of. */
export async function savePreferences(
  deps: ActionDeps,
  session: PortalSession,
  input: { allowed: Channel[]; window: { start: string; end: string } | null; locale: string },
): Promise<{ optedOut: Channel[] }> {
  const now = deps.now();
  // The channels the page offered: those with an address on file.
  const offered = (Object.keys(session.borrower.channels) as Channel[]).filter(
    (channel) => session.borrower.channels[channel]?.address,
  );
  const optedOut = offered.filter((channel) => !input.allowed.includes(channel));
  const before = new Set(session.borrower.preferences.optedOut);
  const newlyOff = optedOut.filter((channel) => !before.has(channel));
  // Channels without an address here keep whatever they were.
  const kept = session.borrower.preferences.optedOut.filter((c) => !offered.includes(c as Channel));
  const { preferredWindow: _old, ...rest } = session.borrower.preferences;
  const preferences = {
    ...rest,
    optedOut: [...kept, ...optedOut],
    ...(input.window ? { preferredWindow: input.window } : {}),
  };
  const notices = newlyOff.map((channel) => journeyEvent('contact.optedOut', { channel }, now));
  await deps.db.transaction(async (tx) => {
    await tx
      .update(borrowers)
      .set({ preferences, locale: input.locale, updatedAt: now.toISOString() })
      .where(eq(borrowers.id, session.borrower.id));
    for (const event of notices) await store(tx, session, event);
  });
  if (notices.length > 0) await deps.journeys?.notifyBorrower(session.borrower.id, null, notices);
  return { optedOut };
}
