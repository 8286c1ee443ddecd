import {
  durationSchema,
  humanizeDuration,
  portNameSchema,
  type NodeConfigProblem,
} from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { commonOutcomeNames } from '../shared/outcome-names';
import { escalateBehaviour } from './escalate.behaviour';

const config = z.object({
  queue: z.string().min(1).max(60).default('collections').describe('Agent queue'),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
  reason: z
    .string()
    .min(1)
    .max(500)
    .default('Needs a person')
    .describe('What the agent should know'),
  sla: durationSchema.default('P1D').describe('When the task is due'),
  outcomes: z
    .array(portNameSchema)
    .min(1)
    .max(10)
    .default(['resolved'])
    .describe('What the agent can decide; each is a port'),
  // Optional, beside the ids: journeys published before it had none, and common ids are named.
  outcomeLabels: z
    .array(
      z.object({
        outcome: portNameSchema.describe('One of the outcomes above'),
        label: z.string().min(1).max(80).describe('Its name for agents and managers'),
      }),
    )
    .max(10)
    .optional()
    .describe('Names for the outcomes, e.g. "agreed" → "Agreed a plan" (optional)'),
  timeout: durationSchema.default('P3D').describe('Go on without an answer after this long'),
});

export type EscalateConfig = z.infer<typeof config>;

/** Creates a task for a human agent and waits for its outcome. */
export const escalateNode = defineNode({
  ...escalateBehaviour,
  config,
  ui: {
    label: 'Escalate to a person',
    category: 'resolution',
    icon: 'user',
    colour: '#ea580c',
    help: 'Hand the borrower to an agent (queue, priority, SLA) and wait for the outcome',
    choices: { priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } },
    summary: (c) => `${c.queue} · ${c.priority} · SLA ${humanizeDuration(c.sla)}`,
    outcomes: commonOutcomeNames,
    problems: {
      duplicateOutcome: 'the outcome “{outcome}” is listed twice',
      timeoutOutcome: '“timeout” is the exit for no answer: name the outcome differently',
      unknownOutcomeName: '“{outcome}” is named but is not one of the outcomes',
    },
  },
  check(c) {
    const problems: NodeConfigProblem[] = [];
    const twice = c.outcomes.find((o, i) => c.outcomes.indexOf(o) !== i);
    if (twice !== undefined) {
      problems.push({
        code: 'NODE_CONFIG',
        message: `the outcome "${twice}" is listed twice`,
        path: ['outcomes'],
        args: { kind: 'duplicateOutcome', outcome: twice },
      });
    }
    const clash = c.outcomes.indexOf('timeout');
    if (clash >= 0)
      problems.push({
        code: 'NODE_CONFIG',
        message: '"timeout" is the port for no answer; name the outcome differently',
        path: ['outcomes', clash],
        args: { kind: 'timeoutOutcome' },
      });
    (c.outcomeLabels ?? []).forEach((l, i) => {
      if (!c.outcomes.includes(l.outcome))
        problems.push({
          code: 'NODE_CONFIG',
          message: `"${l.outcome}" is named but is not one of the outcomes`,
          path: ['outcomeLabels', i, 'outcome'],
          args: { kind: 'unknownOutcomeName', outcome: l.outcome },
        });
    });
    return problems;
  },
});
