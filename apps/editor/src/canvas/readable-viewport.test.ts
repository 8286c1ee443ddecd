import { describe, expect, it } from 'vitest';
import { readableViewport, readableZoom } from './readable-viewport';

const pane = { width: 1000, height: 700 };

describe('readableViewport', () => {
  it('shows a small journey whole and centred, never enlarged past 100 %', () => {
    const view = readableViewport({ x: 0, y: 0, width: 200, height: 100 }, pane);
    expect(view).toEqual({ x: 400, y: 300, zoom: 1 });
  });

  it('fits a journey that fits at a readable zoom, whole', () => {
    const view = readableViewport({ x: 0, y: 0, width: 1000, height: 600 }, pane);
    expect(view.zoom).toBeCloseTo(0.936);
    expect(view.zoom).toBeGreaterThan(readableZoom);
    expect(view.x).toBeCloseTo(32);
    expect(1000 * view.zoom + view.x).toBeCloseTo(968);
  });

  it('never zooms below the readable scale: a 40-step journey shows its top, to scroll from', () => {
    const tall = { x: -500, y: 0, width: 1400, height: 40 * 180 };
    const view = readableViewport(tall, pane, 120);
    expect(view.zoom).toBe(readableZoom);
    // The first step (top of the journey) is on screen, below the padding.
    expect(0 * view.zoom + view.y).toBe(32);
    // Centred on the first step's x where the journey is wider than the pane.
    expect(120 * view.zoom + view.x).toBeCloseTo(pane.width / 2);
  });

  it('keeps the journey’s edge on screen when the first step sits at its side', () => {
    const wide = { x: 0, y: 0, width: 3000, height: 3000 };
    const view = readableViewport(wide, pane, 0);
    // Not centred on x = 0 (half the pane would be empty): the left edge is at the padding.
    expect(0 * view.zoom + view.x).toBeCloseTo(32);
  });
});
