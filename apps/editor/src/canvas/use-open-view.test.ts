import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { JourneyFlowNode } from '../document/journey-document';
import { drawnCardsMeasured } from './use-open-view';

const node = (id: string, measured: { width?: number; height?: number }) =>
  [id, { id, measured } as InternalNode<JourneyFlowNode>] as const;

describe('drawnCardsMeasured', () => {
  it('is true when React Flow reports every card measured', () => {
    const nodeLookup = new Map([node('a', { width: 240, height: 90 })]);
    expect(drawnCardsMeasured({ nodesInitialized: true, nodeLookup })).toBe(true);
  });

  it('is false while no card is measured yet', () => {
    const nodeLookup = new Map([node('a', {}), node('b', {})]);
    expect(drawnCardsMeasured({ nodesInitialized: false, nodeLookup })).toBe(false);
  });

  it('is true on a virtualised canvas once the drawn cards are measured, though the others never are', () => {
    // 3 of 500 cards on screen: React Flow never reports the journey initialised.
    const nodeLookup = new Map([
      node('on-screen-1', { width: 240, height: 90 }),
      node('on-screen-2', { width: 240, height: 120 }),
      ...Array.from({ length: 497 }, (_, i) => node(`off-screen-${i}`, {})),
    ]);
    expect(drawnCardsMeasured({ nodesInitialized: false, nodeLookup })).toBe(true);
  });
});
