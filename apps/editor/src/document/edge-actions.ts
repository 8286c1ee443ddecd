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
