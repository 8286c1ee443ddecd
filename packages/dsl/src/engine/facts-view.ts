import type { FactsView } from '../facts/facts';
import { daysBetween, localDate } from '../time/duration';
import type { EnrollmentState } from './types';

const DAY_MS = 86_400_000;

/**
 * What conditions and templates see at `state.now`: the stored facts, `account.daysPastDue`
 * recomputed from the due date in the borrower's calendar, and the journey's counters.
 */
export function factsView(state: EnrollmentState): FactsView {
  const { borrower, account } = state.facts;
  const today = localDate(state.now, borrower.timezone);
  const daysPastDue = account.dueDate
    ? Math.max(0, daysBetween(account.dueDate, today))
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
