import { defineNode } from '@tandem/nodes';
import { z } from 'zod';
import { affordabilityCheckBehaviour } from './affordability-check.behaviour';

export const affordabilityInput = z.object({
  borrowerId: z.string().describe("The borrower's id in Tandem (no personal data)"),
  amountDue: z.number().describe('The balance due, in the account currency'),
  currency: z.string().describe('ISO 4217 code, e.g. EUR'),
});
export const affordabilityOutput = z.object({
  burden: z
    .number()
    .nonnegative()
    .describe('Share of monthly disposable income the balance takes, 0–1+'),
});

const config = z.object({
  stretchedAbove: z
    .number()
    .min(0)
    .max(2)
    .default(0.3)
    .describe('Burden above this is "stretched"'),
  unaffordableAbove: z
    .number()
    .min(0)
    .max(5)
    .default(0.6)
    .describe('Burden above this is "unaffordable"'),
});

/**
 * Asks the lender's affordability service how heavy the balance is for this borrower, and routes
 * by the answer: affordable → a normal ladder, stretched → a plan, unaffordable → a specialist.
 * The runtime runs the activity; the simulator calls `simulate`. The routing itself is the
 * behaviour half (affordability-check.behaviour.ts), which the workflow bundle imports alone.
 */
export const affordabilityCheckNode = defineNode({
  ...affordabilityCheckBehaviour,
  config,
  ui: {
    label: 'Affordability check',
    category: 'custom',
    icon: 'gauge',
    colour: '#7c3aed',
    help: "Ask the lender's affordability service before choosing a path",
    summary: (c) =>
      `stretched > ${c.stretchedAbove * 100}% · unaffordable > ${c.unaffordableAbove * 100}%`,
  },
  check: (c) =>
    c.unaffordableAbove > c.stretchedAbove
      ? []
      : [
          {
            code: 'NODE_CONFIG',
            message: 'unaffordableAbove must be higher than stretchedAbove',
            path: ['unaffordableAbove'],
          },
        ],
  activity: {
    ...affordabilityCheckBehaviour.activity,
    input: affordabilityInput,
    output: affordabilityOutput,
    // The simulator has no affordability service: a balance over 1,000 counts as a heavy burden.
    simulate: (i) => ({ burden: i.amountDue > 1000 ? 0.5 : 0.1 }),
  },
});
