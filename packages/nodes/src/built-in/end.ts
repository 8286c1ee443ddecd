import { z } from 'zod';
import { defineNode } from '../define-node';
import { endBehaviour } from './end.behaviour';

const config = z.object({
  outcome: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9-_.]*$/, 'letters, digits, "-", "_" and "."')
    .max(60)
    .default('completed')
    .describe('Outcome label for reports, e.g. "paid", "plan", "handedToAgent"'),
});

export type EndConfig = z.infer<typeof config>;

/** Ends the journey with an outcome label. */
export const endNode = defineNode({
  ...endBehaviour,
  config,
  ui: {
    label: 'End',
    category: 'outcome',
    icon: 'flag',
    colour: '#475569',
    help: 'Finish the journey with an outcome for reports',
    summary: (c) => `outcome: ${c.outcome}`,
  },
});
