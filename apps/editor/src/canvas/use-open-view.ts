import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';

/** How long to wait for measured cards before opening the view anyway (an empty journey). */
const fallbackMs = 400;

/**
 * Whether the cards React Flow draws have been measured, so a view can be fitted to them. Every
 * card counts on a small journey; a large one is drawn only where visible (virtualised), so its
 * other cards are never measured and React Flow never reports the journey initialised: there,
 * the first measured card says that the drawn ones are (React Flow measures them in one batch).
 */
export function drawnCardsMeasured(
  state: Pick<ReactFlowState<JourneyFlowNode, JourneyFlowEdge>, 'nodesInitialized' | 'nodeLookup'>,
): boolean {
  if (state.nodesInitialized) return true;
  for (const node of state.nodeLookup.values()) {
    if (node.measured.width && node.measured.height) return true;
  }
  return false;
}

/**
 * Calls `open` once, as soon as the drawn cards are measured (or after a short fallback), then
 * stops listening: React Flow's store changes on every pointer move, and nothing here should
 * run then. `open` should be stable (a useCallback).
 */
export function useOpenView(open: () => void): void {
  const store = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    const openOnce = () => {
      stop();
      if (opened.current) return;
      opened.current = true;
      open();
    };
    // Not inside React Flow's own store update: the view is set once that has finished.
    const unsubscribe = store.subscribe((state) => {
      if (drawnCardsMeasured(state)) queueMicrotask(openOnce);
    });
    const timer = setTimeout(openOnce, fallbackMs);
    const stop = () => {
      unsubscribe();
      clearTimeout(timer);
    };
    if (drawnCardsMeasured(store.getState())) openOnce();
    return stop;
  }, [store, open]);
}
