import { z } from 'zod';
import { defineNode } from '../define-node';
import { commonOutcomeNames, outcomeName } from '../shared/outcome-names';
import { endBehaviour } from './end.behaviour';

const config = z.object({
  outcome: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9-_.]*$/, 'letters, digits, "-", "_" and "."')
    .max(60)
    .default('completed')
    .describe('Outcome id for reports, e.g. "paid", "plan", "handedToAgent"'),
  // Optional: journeys published before it had none, and a common id is named already.
  label: z
    .string()
    .max(80)
    .optional()
    .describe('The outcome as managers read it, e.g. "No response" (optional)'),
});

export type EndConfig = z.infer<typeof config>;

/** Ends the journey with an outcome (an id for reports, and optionally its name for people). */
export const endNode = defineNode({
  ...endBehaviour,
  config,
  ui: {
    label: 'End',
    category: 'outcome',
    icon: 'flag',
    colour: '#475569',
    help: 'Finish the journey with an outcome for reports',
    summary: (c) => `outcome: ${outcomeName(c.outcome, commonOutcomeNames, c.label)}`,
    outcomes: commonOutcomeNames,
  },
});
