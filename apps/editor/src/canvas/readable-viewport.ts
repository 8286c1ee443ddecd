/** The size of a card title on the canvas, in flow pixels (app.css `.journey-node-title`). */
export const cardTitlePx = 14;
/** Card titles are at least this large on screen when a journey opens or is fitted. */
export const readableTitlePx = 12;
/** The smallest zoom at which a card title is still readable: fit never goes below it. */
export const readableZoom = readableTitlePx / cardTitlePx;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where to look at a journey of `bounds` in a pane of `pane` size: the whole of it when it fits
 * at a readable zoom (never above 1), else its top (journeys read top to bottom) at the
 * readable zoom, horizontally centred on `focusX` (the first step), and the rest is scrolled to.
 * @example readableViewport({ x: 0, y: 0, width: 240, height: 100 }, { width: 1000, height: 800 })
 */
export function readableViewport(
  bounds: Rect,
  pane: { width: number; height: number },
  focusX = bounds.x + bounds.width / 2,
  padding = 32,
): Viewport {
  const room = { width: pane.width - 2 * padding, height: pane.height - 2 * padding };
  const fitZoom = Math.min(
    room.width / Math.max(bounds.width, 1),
    room.height / Math.max(bounds.height, 1),
    1,
  );
  const zoom = Math.max(fitZoom, readableZoom);
  const shown = { width: bounds.width * zoom, height: bounds.height * zoom };
  const x =
    shown.width <= room.width
      ? (pane.width - shown.width) / 2 - bounds.x * zoom
      : pane.width / 2 -
        clamp(
          focusX,
          bounds.x + room.width / zoom / 2,
          bounds.x + bounds.width - room.width / zoom / 2,
        ) *
          zoom;
  const y =
    shown.height <= room.height
      ? (pane.height - shown.height) / 2 - bounds.y * zoom
      : padding - bounds.y * zoom;
  return { x, y, zoom };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
