import { describe, expect, it } from 'vitest';
import type { JourneyFlowEdge } from '../document/journey-document';
import { openingSteps } from './initial-view';

const chain = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const edgesOf = (ids: string[]): JourneyFlowEdge[] =>
  ids.slice(1).map((target, i) => ({
    id: `${ids[i]}:next`,
    source: ids[i]!,
    sourceHandle: 'next',
    target,
  }));

describe('openingSteps', () => {
  it('shows a small journey whole', () => {
    const ids = chain(5);
    expect(openingSteps('n2', ids, edgesOf(ids))).toEqual(ids);
  });

  it('shows the first steps of a large journey in flow order from the start', () => {
    const ids = chain(40);
    expect(openingSteps('n10', ids, edgesOf(ids), 3)).toEqual(['n10', 'n11', 'n12']);
  });

  it('begins at the first node when the start is missing', () => {
    const ids = chain(20);
    expect(openingSteps(undefined, ids, edgesOf(ids), 2)).toEqual(['n0', 'n1']);
  });
});
