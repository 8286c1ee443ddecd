import { durationSchema, eventNameSchema, humanizeDuration } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { waitForEventBehaviour } from './wait-for-event.behaviour';

const config = z.object({
  events: z
    .array(eventNameSchema)
    .min(1)
    .default(['reply.received'])
    .describe('Events to wait for; each gets its own port'),
  timeout: durationSchema.default('P3D').describe('Give up after this long (port "timeout")'),
});

export type WaitForEventConfig = z.infer<typeof config>;

/** Waits for the first of some events, or a timeout. One port per event. */
export const waitForEventNode = defineNode({
  ...waitForEventBehaviour,
  config,
  ui: {
    label: 'Wait for event',
    category: 'timing',
    icon: 'bell',
    colour: '#0891b2',
    help: 'Wait until the borrower does something, or time runs out',
    summary: (c) => `${c.events.join(' or ')} · up to ${humanizeDuration(c.timeout)}`,
    problems: { duplicateEvent: 'the event “{event}” is listed twice: each event is one exit' },
  },
  check: (c) => {
    const twice = c.events.find((e, i) => c.events.indexOf(e) !== i);
    return twice === undefined
      ? []
      : [
          {
            code: 'NODE_CONFIG',
            message: `the event "${twice}" is listed twice; each event is one port`,
            path: ['events'],
            args: { kind: 'duplicateEvent', event: twice },
          },
        ];
  },
});
