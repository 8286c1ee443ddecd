import {
  addDays,
  addDuration,
  compareInstants,
  daysBetween,
  localDate,
  localDateTimeToInstant,
  type EventVerdict,
  type JourneyEvent,
  type NodeContext,
  type NodeStep,
} from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import { sendMessage } from '../shared/send-message';
import type { PromiseToPayConfig } from './promise-to-pay';

export type PromiseState =
  | { phase: 'asking' }
  | {
      phase: 'promised';
      date: string;
      amount: number | null;
      paid: number;
      reminderAt: string | null;
      checkAt: string;
    };

function vetPromise(
  ctx: NodeContext<PromiseToPayConfig>,
  event: JourneyEvent,
  state?: PromiseState,
): EventVerdict {
  if (event.type === 'ptp.cancelled' && state?.phase !== 'promised')
    return { ok: false, reason: 'notOpen', message: 'There is no promise to cancel.' };
  if (event.type !== 'ptp.promised') return { ok: true };
  const today = localDate(ctx.now, ctx.timezone);
  const days = daysBetween(today, event.data.date);
  if (days < 0)
    return {
      ok: false,
      reason: 'pastDate',
      message: 'That date has already passed. Please pick today or a later date.',
    };
  if (days > ctx.config.maxDaysOut) {
    return {
      ok: false,
      reason: 'tooFar',
      message: `Please pick a date within ${ctx.config.maxDaysOut} days.`,
    };
  }
  const minimum = (ctx.facts.account.amountDue * ctx.config.minAmountPercent) / 100;
  if (event.data.amount !== undefined && event.data.amount < minimum) {
    return { ok: false, reason: 'amountTooLow', message: `Please promise at least ${minimum}.` };
  }
  return { ok: true };
}

function acceptPromise(
  ctx: NodeContext<PromiseToPayConfig>,
  date: string,
  amount: number | null,
): NodeStep<PromiseState> {
  const { config: c, timezone, now } = ctx;
  // Broken only once the whole grace period is over, at midnight local time.
  const checkAt = localDateTimeToInstant(addDays(date, c.graceDays + 1), '00:00', timezone);
  const remindAt = c.remindBefore
    ? addDuration(localDateTimeToInstant(date, '10:00', timezone), `-${c.remindBefore}`, timezone)
    : null;
  const reminderAt = remindAt && compareInstants(remindAt, now) > 0 ? remindAt : null;
  return {
    kind: 'stay',
    state: { phase: 'promised', date, amount, paid: 0, reminderAt, checkAt },
    wakeAt: reminderAt ?? checkAt,
    effects: c.confirmation
      ? [sendMessage(c, 'confirmation', 'promise.confirmation', 'portal', c.confirmation)]
      : [],
  };
}

/**
 * Asks for a date (within limits), accepts a promise, reminds before it and checks for payment
 * once the grace days are over.
 */
export const promiseToPayBehaviour = defineBehaviour<PromiseToPayConfig, PromiseState>({
  type: 'promiseToPay',
  version: 1,
  waits: true,
  ports: [
    { name: 'kept', label: 'Kept' },
    { name: 'broken', label: 'Broken' },
    { name: 'noResponse', label: 'No response' },
  ],
  behaviour: {
    enter: (ctx): NodeStep<PromiseState> => ({
      kind: 'stay',
      state: { phase: 'asking' },
      wakeAt: addDuration(ctx.now, ctx.config.respondWithin, ctx.timezone),
      effects: [sendMessage(ctx.config, 'ask', 'promise.request', 'promise')],
    }),
    vetEvent: (ctx, state: PromiseState, event) => vetPromise(ctx, event, state),
    onEvent(ctx, state: PromiseState, event): NodeStep<PromiseState> | undefined {
      if (event.type === 'ptp.promised') {
        if (!vetPromise(ctx, event).ok) return undefined;
        return acceptPromise(ctx, event.data.date, event.data.amount ?? null);
      }
      // A withdrawn promise: the borrower may pick a date again, for as long as at first.
      if (event.type === 'ptp.cancelled' && state.phase === 'promised')
        return {
          kind: 'stay',
          state: { phase: 'asking' },
          wakeAt: addDuration(ctx.now, ctx.config.respondWithin, ctx.timezone),
        };
      if (event.type === 'payment.settled')
        return { kind: 'exit', port: 'kept', count: { promisesKept: 1 } };
      if (event.type === 'payment.received') {
        if (state.phase === 'asking')
          return { kind: 'exit', port: 'kept', count: { promisesKept: 1 } };
        const paid = state.paid + event.data.amount;
        if (state.amount === null || paid >= state.amount) {
          return { kind: 'exit', port: 'kept', count: { promisesKept: 1 } };
        }
        return {
          kind: 'stay',
          state: { ...state, paid },
          wakeAt: state.reminderAt ?? state.checkAt,
        };
      }
      return undefined;
    },
    onTimer(ctx, state: PromiseState): NodeStep<PromiseState> {
      if (state.phase === 'asking') return { kind: 'exit', port: 'noResponse' };
      if (state.reminderAt && compareInstants(ctx.now, state.checkAt) < 0) {
        return {
          kind: 'stay',
          state: { ...state, reminderAt: null },
          wakeAt: state.checkAt,
          effects: [
            {
              ...sendMessage(
                ctx.config,
                'reminder',
                'promise.reminder',
                'pay',
                ctx.config.reminder,
              ),
              // A reminder that a cap or window pushes past the promised day is worse than none.
              notAfter: localDateTimeToInstant(addDays(state.date, 1), '00:00', ctx.timezone),
            },
          ],
        };
      }
      return { kind: 'exit', port: 'broken', count: { promisesBroken: 1 } };
    },
  },
});
