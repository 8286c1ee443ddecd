import { z } from 'zod';
import { defineNode } from '../define-node';

const config = z.object({
  outcome: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9-_.]*$/, 'letters, digits, "-", "_" and "."')
    .max(60)
    .default('completed')
    .describe('Outcome label for reports, e.g. "paid", "plan", "handedToAgent"'),
});

/** Ends the journey with an outcome label. */
export const endNode = defineNode({
  type: 'end',
  version: 1,
  waits: false,
  config,
  ports: [],
  ui: {
    label: 'End',
    category: 'outcome',
    icon: 'flag',
    colour: '#475569',
    help: 'Finish the journey with an outcome for reports',
    summary: (c) => `outcome: ${c.outcome}`,
  },
  behaviour: {
    enter: (ctx) => ({ kind: 'end', outcome: ctx.config.outcome }),
  },
});
