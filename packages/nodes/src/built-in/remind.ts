import { durationSchema, linkKinds } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { remindBehaviour } from './remind.behaviour';
import {
  messageChoices,
  messageFields,
  messageSummary,
  messageTexts,
} from '../shared/message-fields';

const config = z.object({
  ...messageFields({
    en: 'Hi {{ borrower.firstName }}, a friendly reminder that {{ account.amountDue | money }} is due. You can pay or choose what suits you here: {{ links.portal }}',
  }),
  purpose: z
    .enum(['reminder', 'confirmation'])
    .default('reminder')
    .describe(
      'A confirmation answers something the borrower did (a payment, a plan): it keeps contact hours but not caps',
    ),
  link: z
    .enum(linkKinds)
    .default('portal')
    .describe('Which self-service page the message links to'),
  sendWithin: durationSchema
    .nullable()
    .default(null)
    .describe(
      'Drop the message if quiet hours or contact limits delay it longer than this (say 2 days, for a due-date heads-up); turn it off for no limit',
    ),
});

export type RemindConfig = z.infer<typeof config>;

/** Sends one localized message on a channel (fallback channel if the borrower opted out). */
export const remindNode = defineNode({
  ...remindBehaviour,
  config,
  ui: {
    label: 'Reminder',
    category: 'contact',
    icon: 'message',
    colour: '#2563eb',
    help: 'Send a message in the borrower’s language, inside legal hours and caps',
    choices: {
      ...messageChoices,
      purpose: { reminder: 'Reminder', confirmation: 'Confirmation' },
      link: {
        portal: 'Self-service portal',
        pay: 'Payment page',
        promise: 'Promise-to-pay page',
        plan: 'Payment plan page',
        lesson: 'Lesson page',
      },
    },
    summary: (c) => messageSummary(c),
  },
  references: (c) => ({ texts: messageTexts(c) }),
});
