import { useStoreApi, ViewportPortal } from '@xyflow/react';
import { memo, useCallback, useId, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { selectOnlyEdge } from '../document/edge-actions';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';
import { ConnectionPaths } from './far-edge-paths';

function setPath(element: SVGPathElement, path: string | null) {
  if (path) element.setAttribute('d', path);
  else element.removeAttribute('d');
}

/** React Flow's default edge and arrow colour (its `--xy-edge-stroke-default`). */
const edgeColour = '#b1b1b7';

/**
 * Far out, the plain connections (not selected, marked, broken or weighted: those stay React
 * Flow edges) drawn as one SVG in the canvas's viewport. React Flow keeps an edge component
 * with store selectors per connection, run on every pointer move of a drag; this layer has one
 * store subscription, redraws only the connections whose cards moved, and writes their paths
 * straight into the DOM, so a drag re-renders nothing here. The picture is React Flow's: the
 * same bezier paths (`far-edge-paths.ts`), stroke and arrow. It is hidden from screen readers;
 * the connections list (`FarConnections.tsx`) is their way in, and a click on a line selects it
 * (it then becomes a React Flow edge again, focusable and deletable).
 */
export const FarEdgeLayer = memo(function FarEdgeLayer({
  edges,
}: {
  edges: readonly JourneyFlowEdge[];
}) {
  const store = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  const elements = useRef(new Map<string, SVGPathElement>());
  const markerId = `far-arrow-${useId().replace(/:/g, '')}`;

  const paths = useRef(new ConnectionPaths());

  useLayoutEffect(() => {
    const drawn = new ConnectionPaths();
    paths.current = drawn;
    const draw = () => {
      for (const [id, path] of drawn.update(edges, store.getState().nodeLookup)) {
        const element = elements.current.get(id);
        if (element) setPath(element, path);
      }
    };
    draw();
    return store.subscribe(draw);
  }, [edges, store]);

  // React Flow mounts the viewport's portal after its first render, so the paths may be worked
  // out before their elements exist: an element takes its path when it arrives.
  const register = useCallback((id: string, element: SVGPathElement | null) => {
    if (!element) {
      elements.current.delete(id);
      return;
    }
    elements.current.set(id, element);
    setPath(element, paths.current.pathOf(id));
  }, []);

  const onClick = useCallback((event: MouseEvent<SVGSVGElement>) => {
    const id = (event.target as Element).getAttribute('data-edge-id');
    if (id) selectOnlyEdge(id);
  }, []);

  return (
    <ViewportPortal>
      <svg className="far-edges" aria-hidden="true" onClick={onClick}>
        <defs>
          <marker
            id={markerId}
            className="react-flow__arrowhead"
            markerWidth="18"
            markerHeight="18"
            viewBox="-10 -10 20 20"
            markerUnits="strokeWidth"
            orient="auto-start-reverse"
            refX="0"
            refY="0"
          >
            <polyline
              className="arrowclosed"
              style={{ stroke: edgeColour, fill: edgeColour }}
              strokeLinecap="round"
              strokeLinejoin="round"
              points="-5,-4 0,0 -5,4 -5,-4"
            />
          </marker>
        </defs>
        {edges.map((edge) => (
          <path
            key={edge.id}
            ref={(element) => register(edge.id, element)}
            className="far-edge"
            data-edge-id={edge.id}
            markerEnd={`url(#${markerId})`}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
});
