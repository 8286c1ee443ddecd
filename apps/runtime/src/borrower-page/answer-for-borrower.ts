// An agent records a promise or a plan choice on the borrower's behalf, from the borrower's page.
// It is the portal's own path (portal-actions: the journey's workflow update vets the answer
// against the step's limits, accepted answers are stored as events), with the agent named on the
// stored event. The answer is only possible while the enrollment waits at a promise-to-pay or
// offer-plan step, as in the portal.
import { addDays, localDate, type EventVerdict } from '@tandem/dsl';
import { instalmentAmount, planLabel } from '@tandem/nodes';
import type { Database } from '../db/client';
import type { JourneyDriver } from '../journey-driver';
import { acceptPlan, promiseToPay } from '../portal/portal-actions';
import { offeredPlans } from '../portal/pages/plan-page';
import { loadSession, type OpenStep, type PortalSession } from '../portal/portal-session';

/** What the borrower's page may record for an enrollment now, within the step's limits. */
export type AnswerOffer =
  | {
      kind: 'promise';
      nodeId: string;
      /** The dates the step accepts, in the borrower's calendar. */
      earliest: string;
      latest: string;
      /** The smallest amount a partial promise may have (0: any). */
      minAmount: number;
      amountDue: number;
      currency: string;
    }
  | {
      kind: 'plan';
      nodeId: string;
      options: Array<{
        option: number;
        label: string | null;
        instalments: number;
        frequency: string;
        instalment: number;
      }>;
      currency: string;
    };

/** The offer for a step the journey waits at, or null when it waits for no promise or plan. */
export function answerOffer(
  step: OpenStep,
  account: { amountDue: number; currency: string },
  timezone: string,
  now: Date,
): AnswerOffer | null {
  if (step.kind === 'promise') {
    const today = localDate(now.toISOString(), timezone);
    return {
      kind: 'promise',
      nodeId: step.nodeId,
      earliest: today,
      latest: addDays(today, step.config.maxDaysOut),
      minAmount: (account.amountDue * step.config.minAmountPercent) / 100,
      amountDue: account.amountDue,
      currency: account.currency,
    };
  }
  if (step.kind === 'plan') {
    return {
      kind: 'plan',
      nodeId: step.nodeId,
      options: offeredPlans(step.config, account.amountDue).map(({ option, index }) => ({
        option: index,
        // The web app speaks English to agents; a label without English shows its first language.
        label: planLabel(option, 'en', 'en') ?? null,
        instalments: option.instalments,
        frequency: option.frequency,
        instalment: instalmentAmount(option, account.amountDue),
      })),
      currency: account.currency,
    };
  }
  return null;
}

export interface AnswerDeps {
  db: Database;
  journeys?: JourneyDriver;
  now: () => Date;
}

export type RecordedAnswer =
  | { ok: true; session: PortalSession }
  | { ok: false; reason: 'no-enrollment' }
  /** The journey waits at no step of this kind (or has ended). */
  | { ok: false; reason: 'not-waiting'; waitingFor: OpenStep['kind'] }
  /** Outside the step's limits: `field` is the input at fault. */
  | { ok: false; reason: 'refused'; field: 'date' | 'amount' | 'option'; verdict: EventVerdict }
  /** The journey refused for a reason no input would fix (it moved on meanwhile, say). */
  | { ok: false; reason: 'journey-refused'; verdict: EventVerdict };

/** The input at fault for each of the nodes' refusal reasons. */
const fieldOfReason: Record<string, 'date' | 'amount' | 'option'> = {
  pastDate: 'date',
  tooFar: 'date',
  amountTooLow: 'amount',
  unknownOption: 'option',
  belowMinimum: 'option',
};

async function sessionOf(
  deps: AnswerDeps,
  borrowerId: string,
  enrollmentId: string,
): Promise<PortalSession | null> {
  const session = await loadSession(deps.db, deps.journeys, enrollmentId);
  return session && session.borrower.id === borrowerId ? session : null;
}

function judged(verdict: EventVerdict, session: PortalSession): RecordedAnswer {
  if (verdict.ok) return { ok: true, session };
  const field = fieldOfReason[verdict.reason];
  return field
    ? { ok: false, reason: 'refused', field, verdict }
    : { ok: false, reason: 'journey-refused', verdict };
}

/**
 * Records the borrower's promise, told to an agent, through the portal's path.
 * @example await recordPromise(deps, { borrowerId, enrollmentId, agent: 'Sam', date: '2026-12-10' })
 */
export async function recordPromise(
  deps: AnswerDeps,
  input: { borrowerId: string; enrollmentId: string; agent: string; date: string; amount?: number },
): Promise<RecordedAnswer> {
  const session = await sessionOf(deps, input.borrowerId, input.enrollmentId);
  if (!session) return { ok: false, reason: 'no-enrollment' };
  if (!session.live || session.step.kind !== 'promise') {
    return { ok: false, reason: 'not-waiting', waitingFor: session.step.kind };
  }
  const verdict = await promiseToPay({ ...deps, recordedBy: input.agent }, session, {
    date: input.date,
    ...(input.amount === undefined ? {} : { amount: input.amount }),
  });
  return judged(verdict, session);
}

/**
 * Records the plan the borrower chose, told to an agent, through the portal's path. Only the
 * options the portal would show (those whose instalment meets the option's minimum) are accepted.
 * @example await recordPlan(deps, { borrowerId, enrollmentId, agent: 'Sam', option: 0 })
 */
export async function recordPlan(
  deps: AnswerDeps,
  input: { borrowerId: string; enrollmentId: string; agent: string; option: number },
): Promise<RecordedAnswer> {
  const session = await sessionOf(deps, input.borrowerId, input.enrollmentId);
  if (!session) return { ok: false, reason: 'no-enrollment' };
  if (!session.live || session.step.kind !== 'plan') {
    return { ok: false, reason: 'not-waiting', waitingFor: session.step.kind };
  }
  const offered = offeredPlans(session.step.config, session.account.amountDue);
  if (!offered.some((plan) => plan.index === input.option)) {
    const message = `the step offers no plan ${input.option} for this balance`;
    return {
      ok: false,
      reason: 'refused',
      field: 'option',
      verdict: { ok: false, reason: 'unknownOption', message },
    };
  }
  const verdict = await acceptPlan({ ...deps, recordedBy: input.agent }, session, input.option);
  return judged(verdict, session);
}
