// Which live launch, if any, an account enters: the one pure decision of audience evaluation.
// Launches are tried by priority; the first whose rules match decides, whatever it decides, so
// an account refused by a higher launch (cooling off, held out) never slips into a lower one.
import { evaluateCondition, type Condition, type FactsView } from '@tandem/dsl';
import type { AudienceFacts } from './audience-facts';
import { isHeldOut } from './holdout';

export interface LiveLaunch {
  id: string;
  journeyId: string;
  /** The journey's latest published version: new enrollments pin it. */
  journeyVersionId: string;
  rules: Condition;
  priority: number;
  holdoutPercent: number;
  reentryCooloffDays: number;
}

/** What is already true of the account, read in bulk before deciding. */
export interface AccountSituation {
  accountId: string;
  /** Journeys in which it has a pending or running enrollment. */
  liveJourneys: ReadonlySet<string>;
  /** When it last left each journey (an enrollment completed, cancelled or failed). */
  lastLeftAt: ReadonlyMap<string, Date>;
}

export type LaunchDecision =
  | { kind: 'noMatch' }
  | { kind: 'alreadyEnrolled' }
  | { kind: 'enroll'; launch: LiveLaunch }
  | { kind: 'holdOut'; launch: LiveLaunch }
  | { kind: 'coolingOff'; launch: LiveLaunch; until: Date };

const DAY_MS = 86_400_000;

// Entry rules name borrower.* and account.* facts only (launch-rules.ts); the journey part of the
// view is what an account that has not entered a journey has.
const noJourney: FactsView['journey'] = {
  messagesSent: 0,
  remindersSent: 0,
  promisesMade: 0,
  promisesKept: 0,
  promisesBroken: 0,
  plansOffered: 0,
  lessonsSent: 0,
  lessonsWatched: 0,
  tasksCreated: 0,
  lastEvent: null,
  daysInJourney: 0,
};

/** Whether entry rules match an account's facts. */
export function rulesMatch(rules: Condition, facts: AudienceFacts): boolean {
  return evaluateCondition(rules, { ...facts, journey: noJourney });
}

/**
 * Decides for one account. `launches` must be sorted by priority (lowest number first).
 * @example chooseLaunch(launches, facts, { accountId, liveJourneys: new Set(), lastLeftAt: new Map() }, now)
 */
export function chooseLaunch(
  launches: readonly LiveLaunch[],
  facts: AudienceFacts,
  situation: AccountSituation,
  now: Date,
): LaunchDecision {
  if (situation.liveJourneys.size > 0) return { kind: 'alreadyEnrolled' };
  const launch = launches.find((candidate) => rulesMatch(candidate.rules, facts));
  if (!launch) return { kind: 'noMatch' };
  const left = situation.lastLeftAt.get(launch.journeyId);
  if (left && launch.reentryCooloffDays > 0) {
    const until = new Date(left.getTime() + launch.reentryCooloffDays * DAY_MS);
    if (now < until) return { kind: 'coolingOff', launch, until };
  }
  if (isHeldOut(launch.id, situation.accountId, launch.holdoutPercent)) {
    return { kind: 'holdOut', launch };
  }
  return { kind: 'enroll', launch };
}
