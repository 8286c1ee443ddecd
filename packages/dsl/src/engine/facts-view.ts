import type { FactsView } from '../facts/facts';
import { daysBetween, localDate } from '../time/instant-math';
import type { EnrollmentState } from './types';
import { innerMap, remember } from '../memo/remember';

const DAY_MS = 86_400_000;

// The engine builds a view for every node context and every send. The one calendar computation
// in it depends on (now, zone, due date) only, and those repeat: steps of one enrollment at the
// same instant, and thousands of simulated borrowers on the same schedule. Remembered, bounded.
const dueDays = new Map<string, Map<string, Map<string, number>>>();

function daysPastDueDate(now: string, timeZone: string, dueDate: string): number {
  // By zone, due date, then instant: no key is built per call.
  const byNow = innerMap(innerMap(dueDays, timeZone, 100), dueDate, 1_000);
  return remember(byNow, now, 10_000, () =>
    Math.max(0, daysBetween(dueDate, localDate(now, timeZone))),
  );
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
