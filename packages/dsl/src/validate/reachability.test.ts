import { describe, expect, it } from 'vitest';
import { fakeCatalogue, journeyWith } from './test-fixtures';
import type { FixtureNode } from './test-fixtures';
import { validateJourney } from './validate-journey';

const wait = (id: string, next: Record<string, string>): FixtureNode => ({
  id,
  type: 'wait',
  config: { for: 'P1D' },
  next,
});
const end: FixtureNode = { id: 'end', type: 'end' };

describe('reachability', () => {
  it('warns about each node the start cannot reach; warnings alone leave the journey ok', () => {
    const doc = journeyWith([wait('hello', { done: 'end' }), end, wait('orphan', { done: 'end' })]);
    const { ok, problems } = validateJourney(doc, fakeCatalogue);
    expect(problems).toEqual([
      {
        code: 'UNREACHABLE_NODE',
        severity: 'warning',
        message:
          'Node "orphan" cannot be reached from the start node "hello": connect a port to it, or delete it.',
        nodeId: 'orphan',
        path: ['nodes', 2],
        args: { start: 'hello' },
      },
    ]);
    expect(ok).toBe(true);
  });

  it('follows every port, whatever its order', () => {
    const doc = journeyWith([
      {
        id: 'ab',
        type: 'split',
        config: {
          variants: [
            { port: 'a', weight: 50 },
            { port: 'b', weight: 50 },
          ],
        },
        next: { a: 'end', b: 'later' },
      },
      end,
      wait('later', { done: 'end' }),
    ]);
    expect(validateJourney(doc, fakeCatalogue).problems).toEqual([]);
  });

  it('warns NO_END when no reachable node ends the journey', () => {
    const doc = journeyWith([
      wait('hello', { done: 'again' }),
      wait('again', { done: 'hello' }),
      end,
    ]);
    const { ok, problems } = validateJourney(doc, fakeCatalogue);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNREACHABLE_NODE', nodeId: 'end' }),
      {
        code: 'NO_END',
        severity: 'warning',
        message:
          'No path from the start node "hello" reaches a node that ends the journey: connect a port to an end node, so every borrower\'s journey can finish.',
        path: ['start'],
        args: { start: 'hello' },
      },
    ]);
    expect(ok).toBe(true);
  });

  it('says nothing about reachability when the start names no node', () => {
    const doc = journeyWith([wait('hello', { done: 'end' }), end], { start: 'nowhere' });
    expect(validateJourney(doc, fakeCatalogue).problems.map((p) => p.code)).toEqual([
      'UNKNOWN_START',
    ]);
  });
});
