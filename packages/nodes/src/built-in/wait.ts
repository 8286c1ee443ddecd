import {
  addDays,
  addDuration,
  compareInstants,
  durationSchema,
  humanizeDuration,
  isoDateSchema,
  localDateTimeToInstant,
  localTimeSchema,
  readFact,
  type NodeContext,
} from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';

const config = z.object({
  mode: z
    .enum(['duration', 'untilDate'])
    .default('duration')
    .describe('Wait a fixed time, or until a date taken from the facts'),
  for: durationSchema.default('P1D').describe('How long to wait (mode "duration")'),
  fact: z
    .string()
    .default('account.dueDate')
    .describe('Date fact to wait for (mode "untilDate"), e.g. account.dueDate'),
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

/** The instant a wait ends, or null when the date fact is missing or not a date. */
function wakeTime(ctx: NodeContext<WaitConfig>): string | null {
  const { config: c, now, timezone } = ctx;
  if (c.mode === 'duration') return addDuration(now, c.for, timezone);
  const date = readFact(ctx.facts, c.fact);
  if (typeof date !== 'string' || !isoDateSchema.safeParse(date).success) return null;
  return localDateTimeToInstant(addDays(date, c.offsetDays), c.atLocalTime, timezone);
}

/**
 * Waits a fixed duration, or until a date fact (e.g. 3 days before `account.dueDate` at 10:00
 * borrower time). A date already past, or missing, lets the journey go on at once.
 */
export const waitNode = defineNode({
  type: 'wait',
  version: 1,
  waits: true,
  config,
  ports: [{ name: 'done', label: 'Done' }],
  ui: {
    label: 'Wait',
    category: 'timing',
    icon: 'clock',
    colour: '#64748b',
    help: 'Pause for a while, or until a date such as the due date',
    summary: (c) =>
      c.mode === 'duration'
        ? `wait ${humanizeDuration(c.for)}`
        : `${c.offsetDays === 0 ? 'on' : `${Math.abs(c.offsetDays)} day${Math.abs(c.offsetDays) === 1 ? '' : 's'} ${c.offsetDays < 0 ? 'before' : 'after'}`} ${c.fact} at ${c.atLocalTime}`,
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
          },
        ]
      : [],
  behaviour: {
    enter(ctx) {
      const at = wakeTime(ctx);
      if (at === null || compareInstants(at, ctx.now) <= 0) return { kind: 'exit', port: 'done' };
      return { kind: 'stay', state: null, wakeAt: at };
    },
    onTimer: () => ({ kind: 'exit', port: 'done' }),
  },
});
