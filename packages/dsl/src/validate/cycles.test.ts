import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from './cycles';
import { fakeCatalogue, journeyWith, withoutArgs } from './test-fixtures';
import type { FixtureNode } from './test-fixtures';
import { validateJourney } from './validate-journey';

const problemsOf = (doc: unknown) => withoutArgs(validateJourney(doc, fakeCatalogue).problems);
const cyclesOf = (doc: unknown) => problemsOf(doc).filter((p) => p.code === 'INSTANT_CYCLE');

const send = (id: string, next: Record<string, string>): FixtureNode => ({
  id,
  type: 'send',
  config: { channel: 'sms', message: { en: 'Hi', vi: 'Chào' } },
  next,
});
const wait = (id: string, next: Record<string, string>): FixtureNode => ({
  id,
  type: 'wait',
  config: { for: 'P1D' },
  next,
});
const split = (id: string, a: string, b: string): FixtureNode => ({
  id,
  type: 'split',
  config: {
    variants: [
      { port: 'a', weight: 50 },
      { port: 'b', weight: 50 },
    ],
  },
  next: { a, b },
});
const end: FixtureNode = { id: 'end', type: 'end' };

const sorted = (components: number[][]) => components.map((c) => [...c].sort()).sort();

describe('stronglyConnectedComponents', () => {
  it('groups the nodes that reach each other', () => {
    expect(sorted(stronglyConnectedComponents([[1], [2], [0, 3], [], [4]]))).toEqual([
      [0, 1, 2],
      [3],
      [4],
    ]);
  });

  it('keeps nodes that only lead into a loop out of it', () => {
    expect(sorted(stronglyConnectedComponents([[1], [2], [1]]))).toEqual([[0], [1, 2]]);
  });

  it('walks a chain of 50,000 nodes without overflowing the stack', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => (i + 1 < 50_000 ? [i + 1] : [0]));
    expect(stronglyConnectedComponents(chain)).toHaveLength(1);
  });
});

describe('INSTANT_CYCLE', () => {
  it('reports a loop without a waiting node once, with its nodes in order', () => {
    const doc = journeyWith([
      send('hello', { sent: 'again' }),
      send('again', { sent: 'third' }),
      split('third', 'hello', 'end'),
      end,
    ]);
    expect(cyclesOf(doc)).toEqual([
      {
        code: 'INSTANT_CYCLE',
        severity: 'error',
        message:
          'Nodes "hello" → "again" → "third" → "hello" go round in a loop with no waiting node on it, so a borrower would go round instantly and forever. Put a node that waits (such as a wait) on the loop.',
        nodeId: 'hello',
        nodeIds: ['hello', 'again', 'third'],
        path: ['nodes', 0],
      },
    ]);
  });

  it('starts the loop at its first node in the document, wherever the journey enters it', () => {
    const doc = journeyWith([
      send('hello', { sent: 'late' }),
      split('early', 'late', 'end'),
      send('late', { sent: 'early' }),
      end,
    ]);
    const [problem] = cyclesOf(doc);
    expect(problem?.nodeId).toBe('early');
    expect(problem?.path).toEqual(['nodes', 1]);
    expect(problem?.message).toContain('Nodes "early" → "late" → "early" go round');
  });

  it('reports a node that leads straight back to itself', () => {
    const doc = journeyWith([split('spin', 'spin', 'end'), end]);
    expect(cyclesOf(doc)).toEqual([
      expect.objectContaining({
        nodeId: 'spin',
        message: expect.stringContaining(
          'Node "spin" leads straight back to itself with no waiting node',
        ) as string,
      }),
    ]);
  });

  it('lists the nodes of a tangled loop without pretending it is one circle', () => {
    const doc = journeyWith([
      split('hub', 'left', 'right'),
      send('left', { sent: 'hub' }),
      send('right', { sent: 'hub', failed: 'end' }),
      end,
    ]);
    const [problem] = cyclesOf(doc);
    expect(problem?.message).toContain('Nodes "hub", "left", "right" go round in a loop');
  });

  it('accepts a loop that passes through a waiting node', () => {
    const doc = journeyWith([
      send('hello', { sent: 'pause' }),
      wait('pause', { done: 'check' }),
      split('check', 'hello', 'end'),
      end,
    ]);
    expect(problemsOf(doc)).toEqual([]);
  });

  it('reports each separate loop', () => {
    const doc = journeyWith([
      split('one', 'one', 'two'),
      split('two', 'three', 'end'),
      send('three', { sent: 'two' }),
      end,
    ]);
    expect(cyclesOf(doc).map((p) => p.nodeId)).toEqual(['one', 'two']);
  });

  it('assumes a node of unknown type might wait, so a typo raises one problem, not two', () => {
    const doc = journeyWith([
      send('hello', { sent: 'pause' }),
      { id: 'pause', type: 'wiat', config: { for: 'P1D' }, next: { done: 'hello' } },
      end,
    ]);
    expect(problemsOf(doc).map((p) => p.code)).not.toContain('INSTANT_CYCLE');
  });
});
