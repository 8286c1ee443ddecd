// Everything the borrower's page shows above the timeline, read in a handful of indexed queries:
// profile (addresses masked unless revealed), "can we contact now?", accounts, holds, enrollments
// with their current step, and open tasks.
import {
  channels,
  packsForJurisdiction,
  type Channel,
  type ContactPreferences,
  type JourneyNode,
} from '@tandem/dsl';
import { asc, desc, eq, and } from 'drizzle-orm';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import { recentContacts } from '../db/queries/contact-ledger';
import { isHoldActive, listHolds, toHoldView, type HoldView } from '../db/queries/holds';
import { accounts, borrowers, enrollments, journeyVersions, journeys, tasks } from '../db/schema';
import { openStep } from '../portal/portal-session';
import { answerOffer, type AnswerOffer } from './answer-for-borrower';
import { contactNow, type ContactAnswer } from './contact-now';
import { journeyPolicyFor } from './journey-policy';
import { localTime } from './local-time';
import { maskAddress } from './mask';

export interface BorrowerPage {
  borrower: {
    externalId: string;
    firstName: string;
    lastName: string | null;
    locale: string;
    timezone: string;
    /** The borrower's wall clock when the page was read. */
    localTimeNow: string;
    country: string;
    region: string | null;
    segment: string | null;
    /** Rule packs that govern contact with them. */
    packs: string[];
    channels: Array<{ channel: Channel; address: string; consent: boolean; optedOut: boolean }>;
    preferredWindow: ContactPreferences['preferredWindow'] | null;
    /** Whether the addresses above are shown in full (an audited reveal). */
    revealed: boolean;
  };
  contactNow: ContactAnswer[];
  accounts: Array<{
    id: string;
    externalId: string;
    amountDue: number;
    currency: string;
    dueDate: string | null;
    daysPastDue: number;
    product: string | null;
  }>;
  holds: HoldView[];
  enrollments: Array<{
    id: string;
    journeyId: string;
    journeyName: string;
    version: number;
    status: string;
    currentNode: string | null;
    outcome: string | null;
    account: string;
    createdAt: string;
    /**
     * The promise or plan the journey waits for now, with the step's limits: the agent may record
     * it on the borrower's behalf. From the step projection (the API re-checks the workflow).
     */
    waitingFor: AnswerOffer | null;
  }>;
  openTasks: Array<{
    id: string;
    queue: string;
    priority: string;
    reason: string;
    outcomes: string[];
    assignee: string | null;
    dueAt: string;
    enrollmentId: string | null;
  }>;
}

/**
 * The page of the borrower with this external id, or null.
 * @example await borrowerPage(db, 'B1', { now: new Date(), reveal: false })
 */
export async function borrowerPage(
  db: Database,
  externalId: string,
  options: { now: Date; reveal: boolean },
): Promise<BorrowerPage | null> {
  const [b] = await db.select().from(borrowers).where(eq(borrowers.externalId, externalId));
  if (!b) return null;
  const { now } = options;
  const preferences = b.preferences as ContactPreferences;
  const [accountRows, holdRows, enrollmentRows, taskRows, journeyPolicy] = await Promise.all([
    db
      .select()
      .from(accounts)
      .where(eq(accounts.borrowerId, b.id))
      .orderBy(asc(accounts.externalId)),
    listHolds(db, b.id),
    db
      .select({
        id: enrollments.id,
        journeyId: journeyVersions.journeyId,
        journeyName: journeys.name,
        version: journeyVersions.version,
        status: enrollments.status,
        currentNode: enrollments.currentNode,
        outcome: enrollments.outcome,
        account: accounts.externalId,
        amountDue: accounts.amountDue,
        currency: accounts.currency,
        document: journeyVersions.document,
        createdAt: enrollments.createdAt,
      })
      .from(enrollments)
      .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
      .innerJoin(journeys, eq(journeys.id, journeyVersions.journeyId))
      .innerJoin(accounts, eq(accounts.id, enrollments.accountId))
      .where(eq(enrollments.borrowerId, b.id))
      .orderBy(desc(enrollments.createdAt)),
    db
      .select({
        id: tasks.id,
        queue: tasks.queue,
        priority: tasks.priority,
        reason: tasks.reason,
        outcomes: tasks.outcomes,
        assignee: tasks.assignee,
        dueAt: tasks.dueAt,
        enrollmentId: tasks.enrollmentId,
      })
      .from(tasks)
      .where(and(eq(tasks.borrowerId, b.id), eq(tasks.status, 'open')))
      .orderBy(asc(tasks.dueAt)),
    journeyPolicyFor(db, b.id),
  ]);
  const region = b.region ? { region: b.region } : {};
  const packs = packsForJurisdiction(journeyPolicy.jurisdiction, { country: b.country, ...region });
  const ledger = await recentContacts(
    db,
    b.id,
    packs.flatMap((p) => p.caps.map((c) => c.per)).concat(journeyPolicy.caps.map((c) => c.per)),
    now,
  );
  const active = holdRows.filter((h) => isHoldActive(h, now));
  const optedOut = new Set(preferences.optedOut);
  return {
    borrower: {
      externalId: b.externalId,
      firstName: b.firstName,
      lastName: b.lastName,
      locale: b.locale,
      timezone: b.timezone,
      localTimeNow: localTime(now, b.timezone),
      country: b.country,
      region: b.region,
      segment: b.segment,
      packs: packs.map((p) => p.id),
      channels: channels.flatMap((channel) => {
        const entry = b.channels[channel];
        if (!entry) return [];
        const address = options.reveal ? entry.address : maskAddress(entry.address);
        return [{ channel, address, consent: entry.consent, optedOut: optedOut.has(channel) }];
      }),
      preferredWindow: preferences.preferredWindow ?? null,
      revealed: options.reveal,
    },
    contactNow: contactNow({
      borrower: { ...b, preferences },
      journeyPolicy,
      ledger,
      holds: active.map((h) => ({ kind: h.kind, endsAt: h.endsAt ? toIso(h.endsAt) : null })),
      now,
    }),
    accounts: accountRows.map((a) => ({
      id: a.id,
      externalId: a.externalId,
      amountDue: a.amountDue,
      currency: a.currency,
      dueDate: a.dueDate,
      daysPastDue: a.daysPastDue,
      product: a.product,
    })),
    holds: holdRows.map((h) => toHoldView(h, now)),
    enrollments: enrollmentRows.map(({ document, amountDue, currency, ...e }) => {
      const nodes = (document as { nodes?: JourneyNode[] }).nodes ?? [];
      const node =
        e.status === 'running' && e.currentNode
          ? nodes.find((n) => n.id === e.currentNode)
          : undefined;
      const waitingFor = node
        ? answerOffer(openStep(node), { amountDue, currency }, b.timezone, now)
        : null;
      return { ...e, createdAt: toIso(e.createdAt), waitingFor };
    }),
    openTasks: taskRows.map((t) => ({ ...t, dueAt: toIso(t.dueAt) })),
  };
}
