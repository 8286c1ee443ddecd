import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDocument, smallJourney } from '../test-fixtures';
import { portLeft } from './FarCard';
import { renderCanvas, type FlowStore } from './render-canvas.test-helper';

/** What a card is to a screen reader and to React Flow's measuring, and how much it draws. */
const cards = () =>
  [...document.querySelectorAll('.react-flow__node .journey-node')].map((card) => ({
    name: card.getAttribute('aria-label'),
    handles: [...card.querySelectorAll('.react-flow__handle')]
      .map((h) => `${h.getAttribute('data-handlepos')}:${h.getAttribute('data-handleid') ?? ''}`)
      .sort(),
    elements: card.querySelectorAll('*').length,
    far: card.classList.contains('journey-node-far'),
  }));

const zoomTo = (flow: FlowStore, zoom: number) =>
  act(() => flow.setState({ transform: [0, 0, zoom] }));

describe('the canvas level of detail', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('draws each card far out as its title box, with the same name and connection points', () => {
    const flow = renderCanvas();
    const near = cards();
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((c) => !c.far)).toBe(true);

    zoomTo(flow, 0.3);
    const far = cards();
    expect(far.every((c) => c.far)).toBe(true);
    expect(far.map((c) => c.name)).toEqual(near.map((c) => c.name));
    expect(far.map((c) => c.handles)).toEqual(near.map((c) => c.handles));
    // No icon, summary or port list: a fraction of the elements to style, lay out and paint.
    for (const [i, card] of far.entries()) {
      expect(card.elements).toBeLessThan((near[i]?.elements ?? 0) / 2);
    }
    expect(document.querySelector('.journey-node-far .journey-node-summary')).toBeNull();
    expect(document.querySelector('.journey-node-far svg')).toBeNull();
  });

  it('draws the cards in full again once zoomed back in', () => {
    const flow = renderCanvas();
    const near = cards();
    zoomTo(flow, 0.3);
    zoomTo(flow, 1);
    expect(cards()).toEqual(near);
  });

  it('places a port’s handle at the middle of its column, as the near card’s port list does', () => {
    expect(portLeft(0, 1)).toBe('calc(5px + (100% - 10px) * 0.5)');
    expect(portLeft(2, 4)).toBe('calc(5px + (100% - 10px) * 0.625)');
  });
});
