import { act, fireEvent } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../document/document-store';
import { undo } from '../document/history';
import { selectOnly } from '../document/node-actions';
import { openDocument, smallJourney } from '../test-fixtures';
import { renderCanvas } from './render-canvas.test-helper';

const card = (id: string) => {
  const element = document.querySelector(`.react-flow__node[data-id="${id}"]`);
  if (!element) throw new Error(`no card ${id} on the canvas`);
  return element;
};
const documentPosition = (id: string) =>
  useDocument.getState().nodes.find((n) => n.id === id)?.position;

/** Drags a card with the mouse as React Flow reads it (d3-drag: down on it, moves on window). */
function drag(id: string, steps: Array<{ x: number; y: number }>) {
  fireEvent.mouseDown(card(id), { button: 0, clientX: 0, clientY: 0, view: window });
  for (const step of steps) {
    act(() => {
      fireEvent.mouseMove(window, { clientX: step.x, clientY: step.y, view: window });
    });
  }
  const last = steps[steps.length - 1] ?? { x: 0, y: 0 };
  act(() => {
    fireEvent.mouseUp(window, { clientX: last.x, clientY: last.y, view: window });
  });
}

describe('dragging a card on the canvas', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('moves it in React Flow during the drag and writes the document once, at its end', () => {
    const flow = renderCanvas();
    const start = documentPosition('hello');
    if (!start) throw new Error('no step hello');
    const positionWrites: Array<{ x: number; y: number } | undefined> = [];
    const unsubscribe = useDocument.subscribe((state, previous) => {
      const now = state.nodes.find((n) => n.id === 'hello')?.position;
      if (now !== previous.nodes.find((n) => n.id === 'hello')?.position) positionWrites.push(now);
    });

    fireEvent.mouseDown(card('hello'), { button: 0, clientX: 0, clientY: 0, view: window });
    for (let step = 1; step <= 10; step++) {
      act(() => {
        fireEvent.mouseMove(window, { clientX: step * 10, clientY: step * 5, view: window });
      });
    }
    // Mid-drag: React Flow draws the card where the pointer took it; the document is untouched.
    const dragged = flow.getState().nodeLookup.get('hello')?.position;
    expect(dragged?.x).toBeGreaterThan(start.x);
    expect(dragged?.y).toBeGreaterThan(start.y);
    expect(positionWrites).toEqual([]);
    act(() => {
      fireEvent.mouseUp(window, { clientX: 100, clientY: 50, view: window });
    });
    unsubscribe();

    expect(positionWrites).toEqual([dragged]);
    expect(flow.getState().nodeLookup.get('hello')?.position).toEqual(dragged);
  });

  it('makes one undo step of a drag, which undo takes back in React Flow too', () => {
    const flow = renderCanvas();
    const start = documentPosition('hello');
    drag('hello', [
      { x: 30, y: 0 },
      { x: 60, y: 20 },
      { x: 90, y: 40 },
    ]);
    expect(documentPosition('hello')).not.toEqual(start);
    expect(useDocument.temporal.getState().pastStates).toHaveLength(1);
    act(() => undo());
    expect(documentPosition('hello')).toEqual(start);
    expect(flow.getState().nodeLookup.get('hello')?.position).toEqual(start);
  });

  it('moves every selected card together, in one document write', () => {
    renderCanvas();
    act(() => selectOnly(['wait', 'hello']));
    const before = { wait: documentPosition('wait'), hello: documentPosition('hello') };
    let writes = 0;
    const unsubscribe = useDocument.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes) writes += 1;
    });
    drag('hello', [
      { x: 40, y: 10 },
      { x: 80, y: 30 },
      { x: 120, y: 60 },
    ]);
    unsubscribe();
    expect(writes).toBe(1);
    const dx = (documentPosition('hello')?.x ?? 0) - (before.hello?.x ?? 0);
    expect(dx).toBeGreaterThan(0);
    expect(documentPosition('wait')?.x).toBe((before.wait?.x ?? 0) + dx);
    expect(documentPosition('bye')).toEqual(useDocument.getState().nodes[2]?.position);
  });

  it('keeps the card where the drag took it when the document changes mid-drag', () => {
    const flow = renderCanvas();
    fireEvent.mouseDown(card('hello'), { button: 0, clientX: 0, clientY: 0, view: window });
    for (const x of [20, 40, 60]) {
      act(() => {
        fireEvent.mouseMove(window, { clientX: x, clientY: 0, view: window });
      });
    }
    const dragged = flow.getState().nodeLookup.get('hello')?.position;
    // Something else writes the nodes (a selection change) while the pointer is still down.
    act(() => selectOnly(['bye']));
    expect(flow.getState().nodeLookup.get('hello')?.position).toEqual(dragged);
    act(() => {
      fireEvent.mouseUp(window, { clientX: 60, clientY: 0, view: window });
    });
    expect(documentPosition('hello')).toEqual(dragged);
  });
});
