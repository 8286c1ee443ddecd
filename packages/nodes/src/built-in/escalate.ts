import { durationSchema, humanizeDuration, portNameSchema } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
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
    summary: (c) => `${c.queue} · ${c.priority} · SLA ${humanizeDuration(c.sla)}`,
  },
  check(c) {
    const problems = [];
    if (new Set(c.outcomes).size !== c.outcomes.length) {
      problems.push({
        code: 'NODE_CONFIG',
        message: 'an outcome is listed twice',
        path: ['outcomes'],
      });
    }
    const clash = c.outcomes.indexOf('timeout');
    if (clash >= 0)
      problems.push({
        code: 'NODE_CONFIG',
        message: '"timeout" is the port for no answer; name the outcome differently',
        path: ['outcomes', clash],
      });
    return problems;
  },
});
