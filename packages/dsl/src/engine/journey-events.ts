import type { HoldKind, JourneyEvent } from '../events/events';
import { addDuration } from '../time/instant-math';
import type { Run } from './run';

/** Breathing space (England and Wales Debt Respite Scheme): a standard one lasts 60 days. */
const BREATHING_SPACE = 'P60D';

/**
 * What every event changes whatever node the enrollment is in: counters, balance, holds,
 * opt-outs. Returns true when the event changed something here.
 */
export function applyJourneyBookkeeping(run: Run, event: JourneyEvent): boolean {
  const { state } = run;
  switch (event.type) {
    case 'contact.optedOut':
      if (!state.optedOut.includes(event.data.channel)) state.optedOut.push(event.data.channel);
      return true;
    case 'ptp.promised':
      state.counters.promisesMade += 1;
      return true;
    case 'lesson.watched':
      state.counters.lessonsWatched += 1;
      return true;
    case 'payment.received':
      state.facts.account.amountDue = Math.max(
        0,
        state.facts.account.amountDue - event.data.amount,
      );
      return true;
    case 'payment.settled':
      state.facts.account.amountDue = 0;
      return true;
    case 'hold.started':
      startHold(run, event.data.kind, event.data.until ?? null);
      return true;
    case 'hold.ended':
      endHold(run, event.data.kind);
      return true;
    case 'dispute.opened':
      startHold(run, 'dispute', null);
      return true;
    case 'dispute.resolved':
      endHold(run, 'dispute');
      return true;
    case 'contact.ceased':
      startHold(run, 'cease', null);
      return true;
    default:
      return false;
  }
}

/**
 * The journey's own answer to an event no node took: a hardship request puts sends on hold
 * and routes the borrower to a person; that person's decision releases or replaces the hold.
 * Returns true when the event meant something here.
 */
export function journeyLevelResponse(run: Run, event: JourneyEvent): boolean {
  const { state } = run;
  if (event.type === 'hardship.requested') {
    if (state.holds.some((h) => h.kind === 'hardshipReview')) return true;
    startHold(run, 'hardshipReview', null);
    const taskId = run.emitJourneyTask({
      queue: 'hardship',
      priority: 'high',
      reason: `Borrower asked for help with hardship${event.data.category ? ` (${event.data.category})` : ''}`,
      sla: 'P1D',
      outcomes: ['breathingSpace', 'resume', 'close'],
    });
    state.journeyTasks[taskId] = 'hardshipReview';
    return true;
  }
  if (event.type === 'task.resolved') {
    const hold = state.journeyTasks[event.data.commandId];
    if (hold === undefined) return false;
    delete state.journeyTasks[event.data.commandId];
    if (event.data.outcome === 'close') {
      run.end('hardship:closed');
      return true;
    }
    if (event.data.outcome === 'breathingSpace') {
      startHold(run, 'breathingSpace', addDuration(run.now, BREATHING_SPACE));
    }
    endHold(run, hold);
    return true;
  }
  return false;
}

function startHold(run: Run, kind: HoldKind, until: string | null): void {
  const holds = run.state.holds.filter((h) => h.kind !== kind);
  holds.push({ kind, since: run.now, until });
  run.state.holds = holds;
  run.trace.push({ kind: 'hold', at: run.now, hold: kind, change: 'started' });
}

function endHold(run: Run, kind: HoldKind): void {
  const before = run.state.holds.length;
  run.state.holds = run.state.holds.filter((h) => h.kind !== kind);
  if (run.state.holds.length === before) return;
  run.trace.push({ kind: 'hold', at: run.now, hold: kind, change: 'ended' });
  run.releaseHeldSends();
}
