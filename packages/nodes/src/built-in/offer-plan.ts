import { durationSchema, humanizeDuration, localizedTextSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import {
  messageChoices,
  messageFields,
  messageSummary,
  messageTexts,
} from '../shared/message-fields';
import { offerPlanBehaviour } from './offer-plan.behaviour';

export { instalmentAmount } from './offer-plan.behaviour';

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

export type OfferPlanConfig = z.infer<typeof config>;

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

/** Offers instalment plans through a portal link; the borrower's choice comes back as an event. */
export const offerPlanNode = defineNode({
  ...offerPlanBehaviour,
  config,
  ui: {
    label: 'Offer a plan',
    category: 'resolution',
    icon: 'list',
    colour: '#16a34a',
    help: 'Offer instalment plans the borrower can accept online',
    choices: {
      ...messageChoices,
      'options.frequency': { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' },
    },
    summary: (c) =>
      `${c.options.map((o) => `${o.instalments}× ${o.frequency}`).join(', ')} · ${messageSummary(c)} · open ${humanizeDuration(c.respondWithin)}`,
  },
  references: (c) => ({ texts: messageTexts(c) }),
});
