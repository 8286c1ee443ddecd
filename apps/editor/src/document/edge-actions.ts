import { useDocument } from './document-store';
import { edit } from './history';
import { edgeId } from './journey-document';

/** Connects a node's output port to another node (the caller has checked the connection). */
export function connect(source: string, sourceHandle: string, target: string): void {
  const exists = useDocument
    .getState()
    .edges.some((e) => e.source === source && e.sourceHandle === sourceHandle);
  if (exists) return;
  edit((s) => ({
    edges: [...s.edges, { id: edgeId(source, sourceHandle), source, sourceHandle, target }],
  }));
}

/** Points an existing edge at another node (dragging its end). */
export function retarget(id: string, target: string): void {
  edit((s) => ({ edges: s.edges.map((e) => (e.id === id ? { ...e, target } : e)) }));
}

/**
 * Selects exactly this connection (and no card), as a click on it does: far out, where the
 * plain connections are not React Flow edges (canvas/FarEdgeLayer.tsx), the canvas selects them
 * this way, and a selected connection is drawn by React Flow again (focusable, deletable).
 */
export function selectOnlyEdge(edgeId: string): void {
  useDocument.setState((s) => ({
    nodes: s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
    edges: s.edges.map((e) =>
      Boolean(e.selected) === (e.id === edgeId) ? e : { ...e, selected: e.id === edgeId },
    ),
  }));
}
