// Test support for the validator, the graph compile and the JSON Schema export: a small fake
// catalogue (the real nodes live in @tandem/nodes, which depends on this package) and a
// journey builder with overrides.
import { z } from 'zod';
import { createCatalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition, NodeDefinition } from '../catalogue/node-definition';
import { conditionSchema } from '../conditions/condition-schema';
import { eventNameSchema } from '../events/events';
import {
  channelSchema,
  durationSchema,
  localizedTextSchema,
  slugSchema,
} from '../journey/primitives';
import type { JourneyInput } from '../journey/schema';
import type { Problem } from './problem';

/** A node definition with UI and behaviour stubs, like `defineNode` but for tests. */
function fakeNode<C>(
  definition: Pick<NodeDefinition<C>, 'type' | 'config' | 'ports' | 'waits'> &
    Partial<Pick<NodeDefinition<C>, 'references' | 'check'>>,
): AnyNodeDefinition {
  const node: NodeDefinition<C> = {
    version: 1,
    ui: { label: definition.type, category: 'custom', icon: 'box', colour: '#888', help: 'test' },
    behaviour: { enter: () => ({ kind: 'end', outcome: 'test' }) },
    ...definition,
  };
  return node;
}

export const waitNode = fakeNode({
  type: 'wait',
  config: z.strictObject({ for: durationSchema }),
  ports: () => [{ name: 'done' }],
  waits: true,
});

export const sendNode = fakeNode({
  type: 'send',
  config: z.strictObject({
    channel: channelSchema,
    message: localizedTextSchema,
    subject: localizedTextSchema.optional(),
  }),
  ports: () => [{ name: 'sent' }, { name: 'failed', optional: true }],
  waits: false,
  references: (config) => ({
    texts: [
      { path: ['message'], text: config.message, destination: { channels: [config.channel] } },
      ...(config.subject
        ? [{ path: ['subject'], text: config.subject, destination: { subject: true as const } }]
        : []),
    ],
  }),
});

export const branchNode = fakeNode({
  type: 'branch',
  config: z.strictObject({
    rules: z.array(z.strictObject({ port: slugSchema, when: conditionSchema })).min(1),
  }),
  ports: (config) => [...config.rules.map((rule) => ({ name: rule.port })), { name: 'else' }],
  waits: false,
  references: (config) => ({
    conditions: config.rules.map((rule, i) => ({
      path: ['rules', i, 'when'],
      condition: rule.when,
    })),
  }),
});

export const splitNode = fakeNode({
  type: 'split',
  config: z.strictObject({
    variants: z.array(z.strictObject({ port: slugSchema, weight: z.number().min(0) })).min(1),
  }),
  ports: (config) => config.variants.map((variant) => ({ name: variant.port })),
  waits: false,
  check: (config) => {
    const total = config.variants.reduce((sum, variant) => sum + variant.weight, 0);
    return total === 100
      ? []
      : [
          {
            code: 'SPLIT_WEIGHTS',
            message: `weights add up to ${total}, not 100`,
            path: ['variants'],
          },
        ];
  },
});

export const waitForEventNode = fakeNode({
  type: 'waitForEvent',
  config: z.strictObject({ events: z.array(eventNameSchema).min(1), timeout: durationSchema }),
  ports: (config) => [...config.events.map((name) => ({ name })), { name: 'timeout' }],
  waits: true,
});

export const endNode = fakeNode({
  type: 'end',
  config: z.strictObject({ outcome: z.string().default('done') }),
  ports: () => [],
  waits: false,
});

export const fakeCatalogue = createCatalogue([
  waitNode,
  sendNode,
  branchNode,
  splitNode,
  waitForEventNode,
  endNode,
]);

/**
 * A valid two-language journey: hello (send) → wait-2d → check (branch) → paid | nudge → end.
 * Override any top-level field; nodes are replaced whole.
 */
export function aJourney(
  overrides: Partial<Record<keyof JourneyInput, unknown>> = {},
): Record<string, unknown> {
  return {
    dsl: 'journey/v1',
    id: 'gentle-ladder',
    name: 'Gentle ladder',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    start: 'hello',
    nodes: [
      {
        id: 'hello',
        type: 'send',
        config: {
          channel: 'sms',
          message: {
            en: 'Hi {{ borrower.firstName }}, {{ account.amountDue }} is due. {{ links.pay }}',
            vi: 'Chào {{ borrower.firstName }}, {{ account.amountDue }} đến hạn. {{ links.pay }}',
          },
        },
        next: { sent: 'wait-2d' },
      },
      { id: 'wait-2d', type: 'wait', config: { for: 'P2D' }, next: { done: 'check' } },
      {
        id: 'check',
        type: 'branch',
        config: {
          rules: [{ port: 'paid', when: { fact: 'account.amountDue', op: 'eq', value: 0 } }],
        },
        next: { paid: 'end', else: 'end' },
      },
      { id: 'end', type: 'end', config: { outcome: 'finished' } },
    ],
    ...overrides,
  };
}

/** A node of the `aJourney()` shape, for adding to its `nodes`. */
export type FixtureNode = {
  id: string;
  type: string;
  config?: Record<string, unknown>;
  next?: Record<string, string>;
  label?: string;
};

/** `aJourney()` with its nodes replaced, starting at the first one. */
export function journeyWith(nodes: FixtureNode[], overrides: Record<string, unknown> = {}) {
  return aJourney({ nodes, start: nodes[0]?.id, ...overrides });
}

/**
 * Problems without their `args`: the checks' tests compare messages and locations whole;
 * problem-args.test.ts holds each code's args on their own.
 */
export function withoutArgs(problems: readonly Problem[]): Array<Omit<Problem, 'args'>> {
  return problems.map(({ args: _args, ...rest }) => rest);
}
