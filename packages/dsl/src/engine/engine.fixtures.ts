// Minimal nodes for testing the engine on its own (packages/nodes depends on dsl, not the other way).
import { z } from 'zod';
import { createCatalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition, NodeDefinition } from '../catalogue/node-definition';
import { localizedTextSchema, type JsonValue } from '../journey/primitives';
import type { JourneyInput } from '../journey/schema';
import { addDuration } from '../time/duration';
import { compileJourneyOrThrow, type CompiledJourney } from './compile';

const ui = {
  label: 'test',
  category: 'custom',
  icon: 'x',
  colour: '#000000',
  help: 'test',
} as const;

const send: NodeDefinition<
  { text: Record<string, string>; fallback?: 'email'; within?: string },
  null
> = {
  type: 'send',
  version: 1,
  waits: false,
  config: z.object({
    text: localizedTextSchema.default({ en: 'Hello {{ borrower.firstName }}' }),
    fallback: z.literal('email').optional(),
    within: z.string().optional(),
  }),
  ports: () => [{ name: 'sent' }, { name: 'failed', optional: true }],
  ui,
  references: (c) => ({ texts: [{ path: ['text'], text: c.text }] }),
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      effects: [
        {
          kind: 'send',
          key: 'msg',
          channel: 'sms',
          ...(ctx.config.fallback ? { fallbackChannel: ctx.config.fallback } : {}),
          message: ctx.config.text,
          intent: 'reminder',
          ...(ctx.config.within ? { notAfter: addDuration(ctx.now, ctx.config.within) } : {}),
        },
      ],
    }),
    onResult: (_ctx, _s, r) =>
      r.kind === 'send'
        ? { kind: 'exit', port: r.status === 'sent' ? 'sent' : 'failed' }
        : undefined,
  },
};

const pause: NodeDefinition<{ for: string }, null> = {
  type: 'pause',
  version: 1,
  waits: true,
  config: z.object({ for: z.string().default('P1D') }),
  ports: () => [{ name: 'done' }],
  ui,
  behaviour: {
    enter: (ctx) => ({ kind: 'stay', state: null, wakeAt: addDuration(ctx.now, ctx.config.for) }),
    onTimer: () => ({ kind: 'exit', port: 'done' }),
  },
};

const ask: NodeDefinition<Record<string, never>, JsonValue> = {
  type: 'ask',
  version: 1,
  waits: true,
  config: z.object({}),
  ports: () => [{ name: 'yes' }, { name: 'no' }],
  ui,
  behaviour: {
    enter: () => ({
      kind: 'stay',
      state: { asked: true },
      effects: [
        {
          kind: 'createTask',
          key: 'task',
          queue: 'q',
          priority: 'normal',
          reason: 'r',
          sla: 'P1D',
          outcomes: ['yes', 'no'],
        },
      ],
    }),
    onEvent: (_ctx, _s, event, related) =>
      event.type === 'task.resolved' && related?.effectKey === 'task'
        ? { kind: 'exit', port: event.data.outcome }
        : undefined,
    onResult: (_ctx, state, result) =>
      result.kind === 'createTask'
        ? { kind: 'stay', state: { ...(state as object), taskId: result.taskId } }
        : undefined,
  },
};

const fin: NodeDefinition<{ outcome: string }, null> = {
  type: 'fin',
  version: 1,
  waits: false,
  config: z.object({ outcome: z.string().default('done') }),
  ports: () => [],
  ui,
  behaviour: { enter: (ctx) => ({ kind: 'end', outcome: ctx.config.outcome }) },
};

export const testCatalogue = createCatalogue([send, pause, ask, fin] as AnyNodeDefinition[]);

/** A journey of test nodes; `nodes` replaces the default remind → pause → remind → end ladder. */
export function testJourney(overrides: Partial<JourneyInput> = {}): CompiledJourney {
  return compileJourneyOrThrow(
    {
      dsl: 'journey/v1',
      id: 'test',
      name: 'Test',
      locales: ['en', 'vi'],
      defaultLocale: 'en',
      start: 'hello',
      nodes: [
        {
          id: 'hello',
          type: 'send',
          config: {
            text: { en: 'Hi {{ borrower.firstName }}', vi: 'Chào {{ borrower.firstName }}' },
          },
          next: { sent: 'nap' },
        },
        { id: 'nap', type: 'pause', config: { for: 'P1D' }, next: { done: 'again' } },
        {
          id: 'again',
          type: 'send',
          config: { text: { en: 'Again', vi: 'Lần nữa' }, fallback: 'email' },
          next: { sent: 'bye' },
        },
        { id: 'bye', type: 'fin', config: { outcome: 'finished' } },
      ],
      ...overrides,
    },
    testCatalogue,
  );
}

export const testFacts = {
  borrower: {
    id: 'b1',
    firstName: 'Lan',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    country: 'VN',
  },
  account: { amountDue: 100, currency: 'USD' },
};
