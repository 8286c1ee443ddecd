import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Weekday } from '../journey/primitives';
import type { JourneyInput } from '../journey/schema';
import { diffJourneys } from './diff-journeys';

type NodeInput = JourneyInput['nodes'][number];

const remind: NodeInput = {
  id: 'hello',
  type: 'remind',
  label: 'Say hello',
  config: { channel: 'sms', message: { en: 'Hi', vi: 'Chào' } },
  next: { sent: 'wait-2d', failed: 'done' },
};
const wait: NodeInput = {
  id: 'wait-2d',
  type: 'wait',
  config: { for: 'P2D' },
  next: { done: 'plan' },
};
const plan: NodeInput = {
  id: 'plan',
  type: 'offerPlan',
  config: {
    plans: [
      { count: 3, frequency: 'monthly' },
      { count: 6, frequency: 'monthly', discountPercent: 5 },
    ],
  },
  next: { accepted: 'done', declined: 'done', noResponse: 'done' },
};
const end: NodeInput = { id: 'done', type: 'end', config: { outcome: 'completed' } };

function journey(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    dsl: 'journey/v1',
    id: 'ladder',
    name: 'Ladder',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    start: 'hello',
    nodes: [remind, wait, plan, end],
    ...overrides,
  };
}

/** The journey with one node replaced (matched by id) by `change(node)`. */
function withNode(id: string, change: (node: NodeInput) => NodeInput): JourneyInput {
  const base = journey();
  return { ...base, nodes: base.nodes.map((node) => (node.id === id ? change(node) : node)) };
}

const empty = { added: [], removed: [], changed: [], rewired: [], journey: [] };

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself, whatever the node order or layout', () => {
    const moved = journey({
      nodes: [end, plan, wait, remind],
      layout: { hello: { x: 10, y: 20 }, done: { x: 300, y: 0 } },
    });
    expect(diffJourneys(journey(), journey())).toEqual(empty);
    expect(diffJourneys(journey(), moved)).toEqual(empty);
    expect(diffJourneys(moved, journey({ layout: { hello: { x: 0, y: 0 } } }))).toEqual(empty);
  });

  it('lists added and removed nodes with their types, and not their ports as rewiring', () => {
    const lesson: NodeInput = {
      id: 'lesson',
      type: 'educationLesson',
      config: { lesson: 'budgeting' },
      next: { watched: 'done', notWatched: 'done' },
    };
    const after = journey({ nodes: [remind, wait, lesson, end] });
    const diff = diffJourneys(journey(), after);
    expect(diff.added).toEqual([{ nodeId: 'lesson', type: 'educationLesson' }]);
    expect(diff.removed).toEqual([{ nodeId: 'plan', type: 'offerPlan' }]);
    expect(diff.changed).toEqual([]);
    expect(diff.rewired).toEqual([]);
  });

  it('locates a changed message text by its full path', () => {
    const after = withNode('hello', (node) => ({
      ...node,
      config: { channel: 'sms', message: { en: 'Hi', vi: 'Xin chào' } },
    }));
    expect(diffJourneys(journey(), after).changed).toEqual([
      {
        nodeId: 'hello',
        type: 'remind',
        changes: [{ path: ['config', 'message', 'vi'], before: 'Chào', after: 'Xin chào' }],
      },
    ]);
  });

  it('reports config fields that appear or disappear, with the missing side undefined', () => {
    const after = withNode('hello', (node) => ({
      ...node,
      label: undefined,
      config: { channel: 'sms', message: { en: 'Hi', vi: 'Chào' }, fallback: 'email' },
    }));
    const [changed] = diffJourneys(journey(), after).changed;
    expect(changed?.changes).toEqual([
      { path: ['label'], before: 'Say hello', after: undefined },
      { path: ['config', 'fallback'], before: undefined, after: 'email' },
    ]);
    // Over the wire the missing side is simply absent.
    expect(JSON.parse(JSON.stringify(changed?.changes[1]))).toEqual({
      path: ['config', 'fallback'],
      after: 'email',
    });
  });

  it('walks into config arrays of the same length item by item', () => {
    const after = withNode('plan', (node) => ({
      ...node,
      config: {
        plans: [
          { count: 3, frequency: 'monthly' },
          { count: 12, frequency: 'monthly' },
        ],
      },
    }));
    expect(diffJourneys(journey(), after).changed[0]?.changes).toEqual([
      { path: ['config', 'plans', 1, 'count'], before: 6, after: 12 },
      { path: ['config', 'plans', 1, 'discountPercent'], before: 5, after: undefined },
    ]);
  });

  it('reports an array whose length changed as a whole, since its indices shifted', () => {
    const before = plan.config?.plans;
    const plans = [{ count: 2, frequency: 'weekly' }, ...(before as object[])];
    const after = withNode('plan', (node) => ({ ...node, config: { plans } }));
    expect(diffJourneys(journey(), after).changed[0]?.changes).toEqual([
      { path: ['config', 'plans'], before, after: plans },
    ]);
  });

  it('ignores key order inside configs', () => {
    const after = withNode('plan', (node) => ({
      ...node,
      config: {
        plans: [
          { frequency: 'monthly', count: 3 },
          { discountPercent: 5, frequency: 'monthly', count: 6 },
        ],
      },
    }));
    expect(diffJourneys(journey(), after)).toEqual(empty);
  });

  it('keeps a node whose type changed as one changed node, with the type change first', () => {
    const after = withNode('wait-2d', () => ({
      id: 'wait-2d',
      type: 'waitForEvent',
      config: { events: ['payment.received'], timeout: 'P2D' },
      next: { 'payment.received': 'done', timeout: 'plan' },
    }));
    const diff = diffJourneys(journey(), after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        nodeId: 'wait-2d',
        type: 'waitForEvent',
        changes: [
          { path: ['type'], before: 'wait', after: 'waitForEvent' },
          { path: ['config', 'for'], before: 'P2D', after: undefined },
          { path: ['config', 'events'], before: undefined, after: ['payment.received'] },
          { path: ['config', 'timeout'], before: undefined, after: 'P2D' },
        ],
      },
    ]);
    expect(diff.rewired).toEqual([
      { nodeId: 'wait-2d', port: 'done', before: 'plan', after: null },
      { nodeId: 'wait-2d', port: 'payment.received', before: null, after: 'done' },
      { nodeId: 'wait-2d', port: 'timeout', before: null, after: 'plan' },
    ]);
  });

  it('reports rewired ports (moved, connected, disconnected) and not as config changes', () => {
    const after = withNode('hello', (node) => ({
      ...node,
      next: { sent: 'plan', retry: 'wait-2d' },
    }));
    const diff = diffJourneys(journey(), after);
    expect(diff.changed).toEqual([]);
    expect(diff.rewired).toEqual([
      { nodeId: 'hello', port: 'sent', before: 'wait-2d', after: 'plan' },
      { nodeId: 'hello', port: 'failed', before: 'done', after: null },
      { nodeId: 'hello', port: 'retry', before: null, after: 'wait-2d' },
    ]);
  });

  it('reports policy changes by path: a cap, a new send window, a longer exit list', () => {
    const before = journey({
      policy: { caps: [{ channel: 'any', max: 3, per: 'P7D' }], exitOn: ['payment.settled'] },
    });
    const days: Weekday[] = ['mon', 'tue'];
    const sendWindow = { start: '10:00', end: '18:00', days };
    const after = journey({
      policy: {
        caps: [{ channel: 'any', max: 2, per: 'P7D' }],
        exitOn: ['payment.settled', 'dispute.opened'],
        sendWindow: { ...sendWindow, days: [...days] },
      },
    });
    expect(diffJourneys(before, after)).toEqual({
      ...empty,
      journey: [
        { path: ['policy', 'caps', 0, 'max'], before: 3, after: 2 },
        {
          path: ['policy', 'exitOn'],
          before: ['payment.settled'],
          after: ['payment.settled', 'dispute.opened'],
        },
        { path: ['policy', 'sendWindow'], before: undefined, after: sendWindow },
      ],
    });
  });

  it('reports top-level fields: name, locales, start, a removed description', () => {
    const before = journey({ description: 'Gentle', locales: ['en'] });
    const after = journey({ name: 'Ladder v2', start: 'wait-2d' });
    expect(diffJourneys(before, after).journey).toEqual([
      { path: ['name'], before: 'Ladder', after: 'Ladder v2' },
      { path: ['description'], before: 'Gentle', after: undefined },
      { path: ['locales'], before: ['en'], after: ['en', 'vi'] },
      { path: ['start'], before: 'hello', after: 'wait-2d' },
    ]);
  });

  it('does not count a default written out on one side only as a change', () => {
    const explicit = journey({
      policy: {
        caps: [],
        exitOn: ['payment.settled', 'contact.ceased', 'dispute.opened'],
        jurisdiction: 'auto',
        holidays: [],
        maxVisitsPerNode: 20,
      },
      nodes: [remind, wait, plan, { ...end, next: {} }],
    });
    expect(diffJourneys(journey(), explicit)).toEqual(empty);
  });

  it('compares a draft that is not valid journey/v1 as written', () => {
    const broken = { ...journey(), name: '', extra: true } as unknown as JourneyInput;
    expect(diffJourneys(journey(), broken).journey).toEqual([
      { path: ['name'], before: 'Ladder', after: '' },
      { path: ['policy'], before: expect.any(Object) as unknown, after: undefined },
      { path: ['extra'], before: undefined, after: true },
    ]);
  });

  it('does not throw on a draft whose nodes are not readable', () => {
    const garbage = { ...journey(), nodes: [null, 'x', { type: 'end' }, end] };
    const diff = diffJourneys(journey(), garbage as unknown as JourneyInput);
    expect(diff.removed.map((n) => n.nodeId)).toEqual(['hello', 'wait-2d', 'plan']);
    const notAList = { ...journey(), nodes: { hello: remind } };
    expect(diffJourneys(notAList as unknown as JourneyInput, journey()).added).toHaveLength(4);
  });

  it('lists enough to turn one config into the other (property)', () => {
    const json = fc
      .jsonValue()
      .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
      .filter((value) => !JSON.stringify(value).includes('__proto__'));
    const config = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 4 });
    fc.assert(
      fc.property(config, config, (a, b) => {
        const diff = diffJourneys(
          withNode('done', (node) => ({ ...node, config: a })),
          withNode('done', (node) => ({ ...node, config: b })),
        );
        const patched = structuredClone({ config: a }) as Record<string, unknown>;
        for (const change of diff.changed[0]?.changes ?? []) apply(patched, change);
        expect(patched.config).toEqual(b);
        expect(diff.changed.length === 0).toBe(isSame(a, b));
      }),
    );
  });
});

function apply(
  target: Record<string, unknown>,
  change: { path: Array<string | number>; after: unknown },
) {
  let parent: Record<string | number, unknown> = target;
  for (const key of change.path.slice(0, -1))
    parent = parent[key] as Record<string | number, unknown>;
  const last = change.path[change.path.length - 1]!;
  if (change.after === undefined) delete parent[last];
  else
    Object.defineProperty(parent, last, {
      value: change.after,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

function isSame(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
