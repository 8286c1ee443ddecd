import { useCallback, useRef, useState, type PointerEvent } from 'react';

/** How far a finger moves before a press on a palette entry becomes a drag (CSS pixels). */
const dragThreshold = 8;

export interface TouchDrag {
  nodeType: string;
  label: string;
  x: number;
  y: number;
}

interface Pending {
  pointerId: number;
  nodeType: string;
  label: string;
  startX: number;
  startY: number;
  dragging: boolean;
}

/**
 * Dragging a palette entry with a finger or a pen. Touch screens fire no HTML drag events, so
 * the entry follows pointer events instead: a press that moves past a few pixels becomes a drag
 * (the entry's `touch-action: pan-y` leaves vertical swipes to scroll the palette), a ghost
 * follows the finger, and lifting it drops the step there. The mouse keeps HTML drag and drop.
 * `wasDrag` tells the click that follows a drag apart from a tap (a tap adds the step).
 */
export function useTouchDrag(onDrop: (nodeType: string, x: number, y: number) => void) {
  const pending = useRef<Pending | null>(null);
  const justDragged = useRef(false);
  const [drag, setDrag] = useState<TouchDrag | null>(null);

  const onPointerDown = useCallback((event: PointerEvent, nodeType: string, label: string) => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    justDragged.current = false;
    pending.current = {
      pointerId: event.pointerId,
      nodeType,
      label,
      startX: event.clientX,
      startY: event.clientY,
      dragging: false,
    };
  }, []);

  const onPointerMove = useCallback((event: PointerEvent) => {
    const press = pending.current;
    if (!press || press.pointerId !== event.pointerId) return;
    if (!press.dragging) {
      const moved = Math.hypot(event.clientX - press.startX, event.clientY - press.startY);
      if (moved < dragThreshold) return;
      press.dragging = true;
      // Keep the finger's events on the entry wherever it goes (touch captures implicitly,
      // a pen does not).
      if (event.currentTarget instanceof Element && 'setPointerCapture' in event.currentTarget) {
        event.currentTarget.setPointerCapture(event.pointerId);
      }
    }
    setDrag({ nodeType: press.nodeType, label: press.label, x: event.clientX, y: event.clientY });
  }, []);

  const onPointerUp = useCallback(
    (event: PointerEvent) => {
      const press = pending.current;
      if (!press || press.pointerId !== event.pointerId) return;
      pending.current = null;
      setDrag(null);
      if (!press.dragging) return;
      justDragged.current = true;
      onDrop(press.nodeType, event.clientX, event.clientY);
    },
    [onDrop],
  );

  const onPointerCancel = useCallback(() => {
    pending.current = null;
    setDrag(null);
  }, []);

  /** True once for the click that ends a drag, which must not also add the step. */
  const wasDrag = useCallback(() => {
    const dragged = justDragged.current;
    justDragged.current = false;
    return dragged;
  }, []);

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, wasDrag };
}
