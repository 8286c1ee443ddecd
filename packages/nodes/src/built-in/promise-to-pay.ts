import { durationSchema, humanizeDuration, localizedTextSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import {
  messageChoices,
  messageDestination,
  messageFields,
  messageSummary,
  messageTexts,
} from '../shared/message-fields';
import { promiseToPayBehaviour } from './promise-to-pay.behaviour';

const config = z.object({
  ...messageFields({
    en: 'Hi {{ borrower.firstName }}, we understand things come up. If you can, pick a date that works for you to pay {{ account.amountDue | money }}: {{ links.promise }}',
  }),
  respondWithin: durationSchema.default('P3D').describe('How long the borrower has to pick a date'),
  maxDaysOut: z
    .number()
    .int()
    .min(1)
    .max(90)
    .default(14)
    .describe('Latest date that can be picked, in days from today'),
  graceDays: z
    .number()
    .int()
    .min(0)
    .max(14)
    .default(1)
    .describe('Days after the promised date before it counts as broken'),
  remindBefore: durationSchema
    .nullable()
    .default('P1D')
    .describe(
      'Remind this long before the promised date, at 10:00 their time; turn it off for no reminder',
    ),
  reminder: localizedTextSchema
    .default({
      en: 'Hi {{ borrower.firstName }}, just a reminder of the payment you planned for this week. Thank you! {{ links.pay }}',
    })
    .describe('The reminder before the promised date, per language'),
  confirmation: localizedTextSchema
    .optional()
    .describe('Sent when a date is picked, per language (optional)'),
  minAmountPercent: z
    .number()
    .min(0)
    .max(100)
    .default(0)
    .describe('A promise must cover at least this share of the amount due (0: any amount)'),
});
export type PromiseToPayConfig = z.infer<typeof config>;

/**
 * Asks the borrower to pick a date to pay (within limits), reminds them before it, and checks
 * for payment once the grace days are over.
 */
export const promiseToPayNode = defineNode({
  ...promiseToPayBehaviour,
  config,
  ui: {
    label: 'Promise to pay',
    category: 'resolution',
    icon: 'calendar',
    colour: '#16a34a',
    help: 'Let the borrower choose a date to pay; remind and check kindly',
    choices: messageChoices,
    summary: (c) =>
      `promise within ${c.maxDaysOut} days · ${messageSummary(c)} · answer in ${humanizeDuration(c.respondWithin)}`,
  },
  references: (c) => ({
    texts: [
      ...messageTexts(c),
      { path: ['reminder'], text: c.reminder, destination: messageDestination(c) },
      ...(c.confirmation
        ? [{ path: ['confirmation'], text: c.confirmation, destination: messageDestination(c) }]
        : []),
    ],
  }),
});
