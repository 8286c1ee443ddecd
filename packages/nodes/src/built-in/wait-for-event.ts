import { durationSchema, eventNameSchema, humanizeDuration } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { outcomeName } from '../shared/outcome-names';
import { waitForEventBehaviour } from './wait-for-event.behaviour';

/** Each event's exit as a manager reads it (the exit itself is the event's name). */
const eventExitNames: Record<string, string> = {
  'payment.received': 'Paid',
  'payment.settled': 'Payment cleared',
  'ptp.promised': 'Promised to pay',
  'ptp.cancelled': 'Promise withdrawn',
  'plan.accepted': 'Plan accepted',
  'plan.declined': 'Plan declined',
  'lesson.watched': 'Lesson watched',
  'message.delivered': 'Delivered',
  'message.failed': 'Not delivered',
  'message.read': 'Read',
  'reply.received': 'Replied',
  'contact.optedOut': 'Opted out',
  'contact.ceased': 'Asked to stop contact',
  'dispute.opened': 'Disputed',
  'dispute.resolved': 'Dispute resolved',
  'hardship.requested': 'Asked for hardship help',
  'hold.started': 'Put on hold',
  'hold.ended': 'Hold ended',
  'task.resolved': 'Agent resolved',
};

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
    // The event to wait for is named as the exit it opens.
    choices: { events: eventExitNames },
    summary: (c) =>
      `${c.events.map((e) => outcomeName(e, eventExitNames)).join(' or ')} · up to ${humanizeDuration(c.timeout)}`,
    outcomes: eventExitNames,
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
