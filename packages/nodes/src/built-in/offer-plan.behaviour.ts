import { addDuration, type EventVerdict } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import { sendMessage } from '../shared/send-message';
import type { OfferPlanConfig, PlanOption } from './offer-plan';

/** The amount of each instalment of a plan for a balance (rounded to cents; last one absorbs the rest). */
export function instalmentAmount(option: PlanOption, balance: number): number {
  return Math.ceil((balance * (1 - option.discountPercent / 100) * 100) / option.instalments) / 100;
}

/** Sends the plan offer and leaves by the borrower's answer, or "noResponse". */
export const offerPlanBehaviour = defineBehaviour<OfferPlanConfig>({
  type: 'offerPlan',
  version: 1,
  waits: true,
  ports: [
    { name: 'accepted', label: 'Accepted' },
    { name: 'declined', label: 'Declined' },
    { name: 'noResponse', label: 'No response' },
  ],
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      wakeAt: addDuration(ctx.now, ctx.config.respondWithin, ctx.timezone),
      effects: [sendMessage(ctx.config, 'offer', 'plan.offer', 'plan')],
    }),
    vetEvent(ctx, _state, event): EventVerdict {
      if (event.type !== 'plan.accepted') return { ok: true };
      const option = ctx.config.options[event.data.option];
      if (!option)
        return { ok: false, reason: 'unknownOption', message: 'That plan is not on offer.' };
      if (instalmentAmount(option, ctx.facts.account.amountDue) < option.minInstalment) {
        return {
          ok: false,
          reason: 'belowMinimum',
          message: 'That plan is not available for this balance.',
        };
      }
      return { ok: true };
    },
    onEvent(ctx, _state, event) {
      if (event.type === 'plan.accepted') {
        return ctx.config.options[event.data.option]
          ? { kind: 'exit', port: 'accepted' }
          : undefined;
      }
      if (event.type === 'plan.declined') return { kind: 'exit', port: 'declined' };
      return undefined;
    },
    onTimer: () => ({ kind: 'exit', port: 'noResponse' }),
  },
});
