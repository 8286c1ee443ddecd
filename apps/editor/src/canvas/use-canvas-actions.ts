import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { autoLayout } from '../document/auto-layout';
import { useDocument } from '../document/document-store';
import { edit } from '../document/history';
import { addNode, selectOnly } from '../document/node-actions';
import { estimatedCardSize } from './card-size';
import { freeSpot } from './free-spot';
import { useReadableFit } from './use-readable-fit';

/** Canvas commands that need the viewport: add at the centre, focus a node, tidy up, fit. */
export function useCanvasActions() {
  const flow = useReactFlow();
  const fitReadable = useReadableFit();

  const viewportCentre = useCallback(() => {
    const pane = document.querySelector('.react-flow');
    const rect = pane?.getBoundingClientRect();
    const point = rect
      ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    return flow.screenToFlowPosition(point);
  }, [flow]);

  const addAtCentre = useCallback(
    (nodeType: string) => {
      const centre = viewportCentre();
      const at = { x: centre.x - 120, y: centre.y - 50 };
      return addNode(nodeType, freeSpot(useDocument.getState().nodes, at));
    },
    [viewportCentre],
  );

  const focusNode = useCallback(
    (nodeId: string) => {
      const node = flow.getNode(nodeId);
      selectOnly([nodeId]);
      if (!node) return;
      const width = node.measured?.width ?? 240;
      const height = node.measured?.height ?? 100;
      void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 300,
      });
    },
    [flow],
  );

  const tidyUp = useCallback(() => {
    edit((s) => ({ nodes: autoLayout(s.nodes, s.edges, estimatedCardSize), hasLayout: true }));
    window.requestAnimationFrame(() => fitReadable(300));
  }, [fitReadable]);

  const fit = useCallback(() => fitReadable(300), [fitReadable]);

  return { addAtCentre, focusNode, tidyUp, fit };
}
