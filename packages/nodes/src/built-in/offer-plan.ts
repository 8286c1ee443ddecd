import {
  addDuration,
  durationSchema,
  humanizeDuration,
  localizedTextSchema,
  type EventVerdict,
} from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { messageFields, messageSummary, messageTexts, sendMessage } from '../shared/message-fields';

export const planOptionSchema = z.object({
  // One text per language ({"en": "3 months", "es": "3 meses"}); a plain string (documents
  // written before labels had languages) is still read, as the journey's default language.
  label: z
    .union([z.string().max(80), localizedTextSchema])
    .optional()
    .describe('Name shown to the borrower, per language, e.g. {"en": "3 months", "es": "3 meses"}'),
  instalments: z.number().int().min(2).max(60).describe('Number of payments'),
  frequency: z.enum(['weekly', 'biweekly', 'monthly']).default('monthly'),
  discountPercent: z
    .number()
    .min(0)
    .max(50)
    .default(0)
    .describe('Discount off the balance, percent'),
  minInstalment: z
    .number()
    .min(0)
    .default(0)
    .describe('Smallest allowed payment; plans below it are not offered'),
});
export type PlanOption = z.infer<typeof planOptionSchema>;

const config = z.object({
  ...messageFields({
    en: 'Hi {{ borrower.firstName }}, paying {{ account.amountDue | money }} in smaller parts may be easier. See the plans we can offer you: {{ links.plan }}',
  }),
  options: z
    .array(planOptionSchema)
    .min(1)
    .max(6)
    .default([{ instalments: 3, frequency: 'monthly', discountPercent: 0, minInstalment: 0 }])
    .describe('Plans the borrower can choose from'),
  respondWithin: durationSchema.default('P5D').describe('How long the offer stays open'),
});

/**
 * A plan's label in a language: that language's text, else the journey's default language's,
 * else any; a plain-string label is the same in every language.
 */
export function planLabel(
  option: PlanOption,
  locale: string,
  defaultLocale: string,
): string | undefined {
  const label = option.label;
  if (label === undefined || typeof label === 'string') return label || undefined;
  return label[locale] || label[defaultLocale] || Object.values(label).find(Boolean);
}

/** The amount of each instalment of a plan for a balance (rounded to cents; last one absorbs the rest). */
export function instalmentAmount(option: PlanOption, balance: number): number {
  return Math.ceil((balance * (1 - option.discountPercent / 100) * 100) / option.instalments) / 100;
}

/** Offers instalment plans through a portal link; the borrower's choice comes back as an event. */
export const offerPlanNode = defineNode({
  type: 'offerPlan',
  version: 1,
  waits: true,
  config,
  ports: [
    { name: 'accepted', label: 'Accepted' },
    { name: 'declined', label: 'Declined' },
    { name: 'noResponse', label: 'No response' },
  ],
  ui: {
    label: 'Offer a plan',
    category: 'resolution',
    icon: 'list',
    colour: '#16a34a',
    help: 'Offer instalment plans the borrower can accept online',
    summary: (c) =>
      `${c.options.map((o) => `${o.instalments}× ${o.frequency}`).join(', ')} · ${messageSummary(c)} · open ${humanizeDuration(c.respondWithin)}`,
  },
  references: (c) => ({ texts: messageTexts(c) }),
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
