import { durationSchema, factLabel, humanizeDuration, localTimeSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { midSentence } from './translations/summary-words';
import { waitBehaviour } from './wait.behaviour';

const config = z.object({
  mode: z
    .enum(['duration', 'untilDate'])
    .default('duration')
    .describe('Wait a fixed time, or until a date taken from the facts'),
  for: durationSchema.default('P1D').describe('How long to wait (when waiting a length of time)'),
  fact: z
    .string()
    .default('account.dueDate')
    .describe('Date fact to wait for (when waiting until a date), e.g. account.dueDate'),
  offsetDays: z
    .number()
    .int()
    .min(-365)
    .max(365)
    .default(0)
    .describe('Days relative to the date: -3 is three days before'),
  atLocalTime: localTimeSchema.default('10:00').describe("Time of day, borrower's local time"),
});
export type WaitConfig = z.infer<typeof config>;
/** The fields of a wait until a date; a wait for a duration does not use them. */
const untilDateFields = new Set(['fact', 'offsetDays', 'atLocalTime']);

/**
 * Waits a fixed duration, or until a date fact (e.g. 3 days before `account.dueDate` at 10:00
 * borrower time). A date already past, or missing, lets the journey go on at once.
 */
export const waitNode = defineNode({
  ...waitBehaviour,
  config,
  ui: {
    label: 'Wait',
    category: 'timing',
    icon: 'clock',
    colour: '#64748b',
    help: 'Pause for a while, or until a date such as the due date',
    choices: { mode: { duration: 'For a length of time', untilDate: 'Until a date' } },
    summary: (c) =>
      c.mode === 'duration'
        ? `wait ${humanizeDuration(c.for)}`
        : `${c.offsetDays === 0 ? 'on' : `${Math.abs(c.offsetDays)} day${Math.abs(c.offsetDays) === 1 ? '' : 's'} ${c.offsetDays < 0 ? 'before' : 'after'}`} ${midSentence(factLabel(c.fact, 'en'))} at ${c.atLocalTime}`,
    problems: {
      notDateFact: '“{fact}” is not a date: choose the due date or a date attribute',
    },
    // A duration wait has no date; a date wait has no duration.
    fieldShown: (field, c) =>
      untilDateFields.has(field)
        ? c.mode === 'untilDate'
        : field !== 'for' || c.mode === 'duration',
  },
  check: (c) =>
    c.mode === 'untilDate' &&
    !/^(account\.dueDate|(borrower|account)\.attributes\..+)$/.test(c.fact)
      ? [
          {
            code: 'NODE_CONFIG',
            message: `"${c.fact}" is not a date fact; use account.dueDate or a date attribute`,
            path: ['fact'],
            args: { kind: 'notDateFact', fact: c.fact },
          },
        ]
      : [],
});
