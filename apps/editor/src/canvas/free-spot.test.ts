import { describe, expect, it } from 'vitest';
import type { JourneyFlowNode } from '../document/journey-document';
import { freeSpot } from './free-spot';

const card = (id: string, x: number, y: number): JourneyFlowNode => ({
  id,
  type: 'journey',
  position: { x, y },
  measured: { width: 240, height: 100 },
  data: { nodeType: 'end', config: {} },
});

describe('freeSpot', () => {
  it('keeps a free place', () => {
    expect(freeSpot([card('a', 600, 600)], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('moves below a card that is in the way, and below the next one too', () => {
    expect(freeSpot([card('a', 0, 0)], { x: 10, y: 10 })).toEqual({ x: 10, y: 144 });
    expect(freeSpot([card('a', 0, 0), card('b', 0, 130)], { x: 10, y: 10 })).toEqual({
      x: 10,
      y: 278,
    });
  });
});
