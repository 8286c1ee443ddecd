import { portNameSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { splitBehaviour } from './split.behaviour';

export type SplitConfig = z.infer<typeof config>;

/** What the split's results page compares the arms on (docs/experiments.md defines each). */
export const experimentMetrics = [
  'paidWithinDays',
  'promiseKept',
  'settled',
  'planAccepted',
] as const;
/** Rates that must not get worse in a challenger arm. */
export const experimentGuardrails = ['optOut', 'hardshipOrDispute'] as const;

export const splitExperimentSchema = z
  .object({
    primaryMetric: z
      .enum(experimentMetrics)
      .default('paidWithinDays')
      .describe('Primary metric: paid within N days, promise kept, settled, plan accepted'),
    paidWithinDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(30)
      .describe('N for "paid within N days"'),
    guardrails: z
      .array(z.enum(experimentGuardrails))
      .max(experimentGuardrails.length)
      .default(['optOut', 'hardshipOrDispute'])
      .describe('Guardrails: rates that must not get worse'),
    targetLiftPoints: z
      .number()
      .min(0.1)
      .max(50)
      .default(5)
      .describe('Smallest lift worth detecting, in percentage points'),
  })
  .describe('Experiment: how the results page judges the arms (optional)');
export type SplitExperiment = z.infer<typeof splitExperimentSchema>;

const config = z.object({
  variants: z
    .array(
      z.object({
        name: portNameSchema.describe('Variant name (its port)'),
        weight: z.number().min(0).max(100).describe('Share, percent'),
      }),
    )
    .min(2)
    .max(10)
    .default([
      { name: 'a', weight: 50 },
      { name: 'b', weight: 50 },
    ])
    .describe('Variants and their weights (must add up to 100)'),
  experiment: splitExperimentSchema.optional(),
});

/**
 * A/B/n split by weight. Deterministic per enrollment and node (a hash, not a dice roll), so a
 * replay, a rerun or a simulation puts the same borrower in the same variant.
 */
export const splitNode = defineNode({
  ...splitBehaviour,
  config,
  ui: {
    label: 'A/B split',
    category: 'logic',
    icon: 'split',
    colour: '#db2777',
    help: 'Test messages or offers against each other, fairly and repeatably',
    choices: {
      'experiment.primaryMetric': {
        paidWithinDays: 'Paid within N days',
        promiseKept: 'Promise kept',
        settled: 'Settled',
        planAccepted: 'Plan accepted',
      },
      'experiment.guardrails': { optOut: 'Opt-outs', hardshipOrDispute: 'Hardship or dispute' },
    },
    summary: (c) => c.variants.map((v) => `${v.name} ${v.weight}%`).join(' / '),
    problems: { duplicateVariant: 'the variant “{name}” is listed twice: give each its own name' },
  },
  check(c) {
    const problems = [];
    const total = c.variants.reduce((sum, v) => sum + v.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      problems.push({
        code: 'SPLIT_WEIGHTS',
        message: `weights add up to ${total}, not 100`,
        args: { total },
        path: ['variants'],
      });
    }
    const names = c.variants.map((v) => v.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        problems.push({
          code: 'NODE_CONFIG',
          message: `variant "${name}" is listed twice`,
          path: ['variants', i, 'name'],
          args: { kind: 'duplicateVariant', name },
        });
    });
    return problems;
  },
});
