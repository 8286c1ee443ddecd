import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useDocument } from '../document/document-store';
import { readableViewport } from './readable-viewport';

/**
 * Shows the whole journey when it fits at a readable zoom, else its top at that zoom centred on
 * the first step (the rest is scrolled to): "fit" never makes the cards too small to read.
 */
export function useReadableFit() {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (duration = 0) => {
      const { width, height } = store.getState();
      const nodes = flow.getNodes();
      if (nodes.length === 0 || width === 0 || height === 0) return;
      const bounds = flow.getNodesBounds(nodes);
      const start = useDocument.getState().meta.start;
      const first = typeof start === 'string' ? flow.getNode(start) : undefined;
      const focusX = first
        ? first.position.x + (first.measured?.width ?? 240) / 2
        : bounds.x + bounds.width / 2;
      void flow.setViewport(readableViewport(bounds, { width, height }, focusX), { duration });
    },
    [flow, store],
  );
}
