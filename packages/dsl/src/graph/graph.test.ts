import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../journey/schema';
import type { Journey, JourneyInput } from '../journey/schema';
import { fallbackPosition, fromGraph, toGraph } from './graph';
import type { JourneyGraph } from './graph';

const base = {
  dsl: 'journey/v1',
  id: 'ladder',
  name: 'Ladder',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'hello',
} as const;

function journey(overrides: Partial<JourneyInput> = {}): Journey {
  return journeySchema.parse({
    ...base,
    nodes: [
      {
        id: 'hello',
        type: 'send',
        label: 'Say hello',
        config: { channel: 'sms' },
        next: { sent: 'wait', failed: 'end' },
      },
      { id: 'wait', type: 'wait', config: { for: 'P2D' }, next: { done: 'end' } },
      { id: 'end', type: 'end' },
    ],
    ...overrides,
  });
}

describe('fallbackPosition', () => {
  it('lays nodes out on a grid four wide, in document order', () => {
    expect([0, 1, 3, 4, 9].map(fallbackPosition)).toEqual([
      { x: 0, y: 0 },
      { x: 280, y: 0 },
      { x: 840, y: 0 },
      { x: 0, y: 160 },
      { x: 280, y: 320 },
    ]);
  });
});

describe('toGraph', () => {
  it('makes one React Flow node per journey node, with its type, label and config as data', () => {
    const graph = toGraph(journey());
    expect(graph.nodes).toStrictEqual([
      {
        id: 'hello',
        type: 'journey',
        position: { x: 0, y: 0 },
        data: { nodeType: 'send', label: 'Say hello', config: { channel: 'sms' } },
      },
      {
        id: 'wait',
        type: 'journey',
        position: { x: 280, y: 0 },
        data: { nodeType: 'wait', config: { for: 'P2D' } },
      },
      {
        id: 'end',
        type: 'journey',
        position: { x: 560, y: 0 },
        data: { nodeType: 'end', config: {} },
      },
    ]);
    expect(graph.hasLayout).toBe(false);
  });

  it('makes one edge per port, keyed by source and port', () => {
    expect(toGraph(journey()).edges).toStrictEqual([
      { id: 'hello:sent', source: 'hello', sourceHandle: 'sent', target: 'wait' },
      { id: 'hello:failed', source: 'hello', sourceHandle: 'failed', target: 'end' },
      { id: 'wait:done', source: 'wait', sourceHandle: 'done', target: 'end' },
    ]);
  });

  it('keeps the journey settings apart from nodes and layout', () => {
    const { journey: settings } = toGraph(journey({ layout: { hello: { x: 5, y: 6 } } }));
    expect(settings).not.toHaveProperty('nodes');
    expect(settings).not.toHaveProperty('layout');
    expect(settings.policy.maxVisitsPerNode).toBe(20);
  });

  it('places nodes from the layout, and those it lacks on the grid', () => {
    const graph = toGraph(journey({ layout: { wait: { x: -40, y: 12.5 } } }));
    expect(graph.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: -40, y: 12.5 },
      { x: 560, y: 0 },
    ]);
    expect(graph.hasLayout).toBe(true);
  });

  it('does not take a position from the prototype for a node named "constructor"', () => {
    const doc = journeySchema.parse({
      ...base,
      start: 'constructor',
      nodes: [{ id: 'constructor', type: 'end' }],
      layout: {},
    });
    expect(toGraph(doc).nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });
});

describe('fromGraph', () => {
  const moveFirst = (graph: JourneyGraph, x: number): JourneyGraph => ({
    ...graph,
    nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, position: { x, y: 0 } } : n)),
  });

  it('writes no layout for an untouched journey that had none', () => {
    const result = fromGraph(toGraph(journey()));
    expect(result).not.toHaveProperty('layout');
    expect(result).toStrictEqual(journey());
  });

  it('writes the whole layout once a node has moved', () => {
    const result = fromGraph(moveFirst(toGraph(journey()), 99));
    expect(result.layout).toStrictEqual({
      hello: { x: 99, y: 0 },
      wait: { x: 280, y: 0 },
      end: { x: 560, y: 0 },
    });
  });

  it('writes the layout after a delete, so the other nodes stay where they were shown', () => {
    const graph = toGraph(journey());
    const result = fromGraph({
      ...graph,
      nodes: graph.nodes.filter((n) => n.id !== 'hello'),
      edges: graph.edges.filter((e) => e.source !== 'hello'),
    });
    expect(result.layout).toStrictEqual({ wait: { x: 280, y: 0 }, end: { x: 560, y: 0 } });
  });

  it('keeps a layout that happens to sit on the grid', () => {
    const layout = { hello: { x: 0, y: 0 }, wait: { x: 280, y: 0 }, end: { x: 560, y: 0 } };
    expect(fromGraph(toGraph(journey({ layout }))).layout).toStrictEqual(layout);
  });

  it('completes a partial layout and drops entries for nodes that do not exist', () => {
    const result = fromGraph(
      toGraph(journey({ layout: { wait: { x: 1, y: 2 }, gone: { x: 3, y: 4 } } })),
    );
    expect(result.layout).toStrictEqual({
      hello: { x: 0, y: 0 },
      wait: { x: 1, y: 2 },
      end: { x: 560, y: 0 },
    });
  });

  it('rebuilds next from the edges; the later of two edges from one port wins', () => {
    const graph = toGraph(journey());
    const result = fromGraph({
      ...graph,
      edges: [
        ...graph.edges,
        { id: 'wait:done-2', source: 'wait', sourceHandle: 'done', target: 'hello' },
        { id: 'ghost:x', source: 'ghost', sourceHandle: 'x', target: 'end' },
      ],
    });
    expect(result.nodes.map((n) => n.next)).toStrictEqual([
      { sent: 'wait', failed: 'end' },
      { done: 'hello' },
      {},
    ]);
  });

  it('keeps a port named "__proto__" as an own key', () => {
    const graph = toGraph(journey());
    const result = fromGraph({
      ...graph,
      edges: [{ id: 'wait:__proto__', source: 'wait', sourceHandle: '__proto__', target: 'end' }],
    });
    expect(Object.keys(result.nodes[1]?.next ?? {})).toEqual(['__proto__']);
  });
});

// --- property: fromGraph(toGraph(j)) is j, for any valid journey ---

// Not "constructor": toStrictEqual compares `a.constructor === b.constructor`, which for a
// layout keyed "constructor" compares two position objects by reference (tested above instead).
const nodeId = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,7}$/),
  fc.constantFrom('toString', 'hasOwnProperty', 'valueOf', 'Wait-2D'),
);
const port = fc.constantFrom('done', 'sent', 'failed', 'else', 'timeout', 'a', 'b', 'constructor');
const position = fc.record({
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.integer({ min: -5000, max: 5000 }),
});
const configKey = fc.string({ maxLength: 8 }).filter((key) => key !== '__proto__');

function nodeArbitrary(id: string, ids: readonly string[]) {
  return fc
    .record({
      type: fc.constantFrom('wait', 'send', 'branch', 'split', 'end', 'acme.creditCheck'),
      label: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      config: fc.option(fc.dictionary(configKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), {
        nil: undefined,
      }),
      wiring: fc.array(fc.tuple(port, fc.constantFrom(...ids)), { maxLength: 4 }),
    })
    .map(({ type, label, config, wiring }) => ({
      id,
      type,
      ...(label === undefined ? {} : { label }),
      ...(config === undefined ? {} : { config }),
      next: Object.fromEntries(wiring),
    }));
}

const journeyArbitrary = fc.uniqueArray(nodeId, { minLength: 1, maxLength: 12 }).chain((ids) =>
  fc
    .record({
      nodes: fc.tuple(...ids.map((id) => nodeArbitrary(id, ids))),
      layout: fc.oneof(
        fc.constant<'none' | 'grid'>('none'),
        fc.constant<'none' | 'grid'>('grid'),
        fc.tuple(...ids.map(() => position)),
      ),
      description: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      start: fc.constantFrom(...ids),
      locales: fc.constantFrom(['en'], ['en', 'vi']),
    })
    .map(({ nodes, layout, description, start, locales }) =>
      journeySchema.parse({
        ...base,
        locales,
        start,
        ...(description === undefined ? {} : { description }),
        nodes,
        ...(layout === 'none'
          ? {}
          : {
              layout: Object.fromEntries(
                ids.map((id, i) => [id, layout === 'grid' ? fallbackPosition(i) : layout[i]]),
              ),
            }),
      }),
    ),
);

describe('toGraph / fromGraph round trip', () => {
  it('gives back the same journey, without or with a layout', () => {
    fc.assert(
      fc.property(journeyArbitrary, (original) => {
        expect(fromGraph(toGraph(original))).toStrictEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back a journey that is still journey/v1', () => {
    fc.assert(
      fc.property(journeyArbitrary, (original) => {
        expect(journeySchema.safeParse(fromGraph(toGraph(original))).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
