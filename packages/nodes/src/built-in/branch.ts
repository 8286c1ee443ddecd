import { conditionSchema, portNameSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { branchBehaviour } from './branch.behaviour';

const config = z.object({
  rules: z
    .array(
      z.object({
        port: portNameSchema.describe('Port name for this rule'),
        label: z.string().max(80).optional(),
        when: conditionSchema,
      }),
    )
    .default([])
    .describe('Checked in order; the first rule that holds picks the port'),
});

export type BranchConfig = z.infer<typeof config>;

/** Takes the port of the first rule whose condition holds over the facts, else "else". */
export const branchNode = defineNode({
  ...branchBehaviour,
  config,
  ui: {
    label: 'Branch',
    category: 'logic',
    icon: 'branch',
    colour: '#ca8a04',
    help: 'Choose a path by facts: days past due, segment, amount…',
    summary: (c) =>
      c.rules.length === 0
        ? 'no rules yet: always "else"'
        : `${c.rules.length} rule${c.rules.length === 1 ? '' : 's'} + else`,
    problems: {
      duplicatePort: 'the exit “{port}” is used twice (or is “else”): give each rule its own exit',
    },
  },
  references: (c) => ({
    conditions: c.rules.map((r, i) => ({ path: ['rules', i, 'when'], condition: r.when })),
  }),
  check(c) {
    const seen = new Set<string>();
    return c.rules.flatMap((r, i) => {
      const duplicate = seen.has(r.port) || r.port === 'else';
      seen.add(r.port);
      return duplicate
        ? [
            {
              code: 'NODE_CONFIG',
              message: `port "${r.port}" is used twice (or is "else"); give each rule its own port`,
              path: ['rules', i, 'port'],
              args: { kind: 'duplicatePort', port: r.port },
            },
          ]
        : [];
    });
  },
});
