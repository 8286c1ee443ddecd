import type { FactsView } from '../facts/facts';
import { daysBetween, localDate } from '../time/instant-math';
import type { EnrollmentState } from './types';

const DAY_MS = 86_400_000;

// The engine builds a view for every node context and every send, mostly at the same instant:
// the one calendar computation in it is remembered for the last (now, zone, due date) it saw.
let lastDue: { now: string; timeZone: string; dueDate: string; days: number } | undefined;

function daysPastDueDate(now: string, timeZone: string, dueDate: string): number {
  if (
    lastDue &&
    lastDue.now === now &&
    lastDue.timeZone === timeZone &&
    lastDue.dueDate === dueDate
  )
    return lastDue.days;
  const days = Math.max(0, daysBetween(dueDate, localDate(now, timeZone)));
  lastDue = { now, timeZone, dueDate, days };
  return days;
}

/**
 * What conditions and templates see at `state.now`: the stored facts, `account.daysPastDue`
 * recomputed from the due date in the borrower's calendar, and the journey's counters.
 */
export function factsView(state: EnrollmentState): FactsView {
  const { borrower, account } = state.facts;
  const daysPastDue = account.dueDate
    ? daysPastDueDate(state.now, borrower.timezone, account.dueDate)
    : account.daysPastDue;
  return {
    borrower,
    account: { ...account, daysPastDue },
    journey: {
      ...state.counters,
      lastEvent: state.lastEvent,
      daysInJourney: Math.floor((Date.parse(state.now) - Date.parse(state.startedAt)) / DAY_MS),
    },
  };
}
