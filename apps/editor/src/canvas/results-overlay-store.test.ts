import { describe, expect, it } from 'vitest';
import {
  arrowFor,
  clearResultsOverlay,
  edgeWeight,
  showResultsOverlay,
  useResultsOverlay,
} from './results-overlay-store';

describe('the results overlay', () => {
  it('weights edges by share, from a hairline to 9 px, with arrows of one size', () => {
    expect(edgeWeight(0)).toBe(1.5);
    expect(edgeWeight(1)).toBe(9);
    expect(edgeWeight(null)).toBe(1.5);
    // Markers scale with the stroke: width × stroke stays 18 px.
    expect(arrowFor(9).width * 9).toBeCloseTo(18);
    expect(arrowFor(1.5).height * 1.5).toBeCloseTo(18);
  });

  it('holds one version’s steps by node id until cleared', () => {
    showResultsOverlay(2, [
      {
        nodeId: 'ask',
        type: 'promiseToPay',
        entered: 3,
        visits: 3,
        now: 1,
        nowEnrollmentIds: ['e1'],
        ended: 0,
        ports: [],
        messages: [],
        secondsAtStep: { median: null, p90: null },
      },
    ]);
    expect(useResultsOverlay.getState().version).toBe(2);
    expect(useResultsOverlay.getState().steps.get('ask')?.entered).toBe(3);
    clearResultsOverlay();
    expect(useResultsOverlay.getState().steps.size).toBe(0);
  });
});
