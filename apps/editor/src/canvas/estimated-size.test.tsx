import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { useDocument } from '../document/document-store';
import { openDocument, smallJourney } from '../test-fixtures';
import { Canvas } from './Canvas';
import { estimatedHandles, withEstimatedSize } from './estimated-size';

/** A chain of `count` waits, laid out far apart: a journey large enough to be virtualised. */
function longJourney(count: number) {
  const id = (i: number) => `w${i}`;
  return smallJourney({
    start: id(0),
    nodes: Array.from({ length: count }, (_, i) => ({
      id: id(i),
      type: 'wait',
      config: { for: 'P1D' },
      next: i + 1 < count ? { done: id(i + 1) } : {},
    })),
    layout: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [id(i), { x: 0, y: i * 200 }]),
    ),
  });
}

describe('cards before they are measured', () => {
  it('get an estimated size and a handle for their input and for each port', () => {
    openDocument(smallJourney());
    const wait = useDocument.getState().nodes.find((n) => n.id === 'wait');
    if (!wait) throw new Error('no step wait');
    const estimated = withEstimatedSize(wait);
    expect(estimated.initialWidth).toBe(240);
    expect(estimated.initialHeight).toBeGreaterThan(0);
    expect(estimated.handles?.map((h) => `${h.type}:${h.id ?? ''}`)).toEqual([
      'target:',
      'source:done',
    ]);
    // The same object while the document's node is the same: React Flow keeps its node.
    expect(withEstimatedSize(wait)).toBe(estimated);
    const measured = { ...wait, measured: { width: 250, height: 90 } };
    expect(withEstimatedSize(measured)).toBe(measured);
  });

  it('place each output at the middle of its port’s column, straddling the bottom edge', () => {
    const [, yes, no] = estimatedHandles(['yes', 'no'], 240);
    expect(yes).toMatchObject({ id: 'yes', x: 57, y: 124.5, position: 'bottom' });
    expect(no).toMatchObject({ id: 'no', x: 172, y: 124.5, position: 'bottom' });
  });

  it('are not all drawn at once on a large journey: only those on screen are', () => {
    openDocument(longJourney(200));
    render(
      <ReactFlowProvider>
        <div style={{ width: 1000, height: 800 }}>
          <Canvas onMessage={() => {}} />
        </div>
      </ReactFlowProvider>,
    );
    // jsdom lays nothing out, so the canvas is 0 × 0 px: without estimates React Flow would
    // draw all 200 cards to measure them.
    expect(document.querySelectorAll('.react-flow__node').length).toBeLessThan(200);
  });
});
