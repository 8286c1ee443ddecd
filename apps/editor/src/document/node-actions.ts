import { catalogue } from '../catalogue/catalogue';
import type { DocumentState } from './document-store';
import { useDocument } from './document-store';
import { edit } from './history';
import {
  edgeId,
  type JourneyFlowEdge,
  type JourneyFlowNode,
  type JourneyNodeData,
} from './journey-document';
import { freshNodeId } from './node-ids';
import { portsOf } from '../catalogue/catalogue';

const takenIds = (state: DocumentState) => new Set(state.nodes.map((n) => n.id));

/**
 * Adds a node of `nodeType` at a canvas position, selected and alone in the selection. The
 * first node of an empty journey becomes its start. Returns the new id.
 */
export function addNode(nodeType: string, position: { x: number; y: number }): string {
  const state = useDocument.getState();
  const id = freshNodeId(nodeType, takenIds(state));
  const node: JourneyFlowNode = {
    id,
    type: 'journey',
    position,
    selected: true,
    data: { nodeType, config: {} },
  };
  edit((s) => ({
    nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
    edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
    meta:
      typeof s.meta.start === 'string' && s.meta.start !== '' ? s.meta : { ...s.meta, start: id },
  }));
  return id;
}

/**
 * Drops a new node onto an edge: `a —port→ b` becomes `a —port→ new —first port→ b`.
 * Returns the new id, or null when the edge no longer exists.
 */
export function insertNodeOnEdge(
  targetEdgeId: string,
  nodeType: string,
  position: { x: number; y: number },
): string | null {
  const state = useDocument.getState();
  const edge = state.edges.find((e) => e.id === targetEdgeId);
  const definition = catalogue.get(nodeType);
  if (!edge || !definition) return null;
  const id = freshNodeId(nodeType, takenIds(state));
  const firstPort = portsOf(definition, {})[0]?.name;
  const node: JourneyFlowNode = {
    id,
    type: 'journey',
    position,
    selected: true,
    data: { nodeType, config: {} },
  };
  const rewired: JourneyFlowEdge[] = [
    {
      id: edgeId(edge.source, edge.sourceHandle),
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: id,
    },
    ...(firstPort
      ? [{ id: edgeId(id, firstPort), source: id, sourceHandle: firstPort, target: edge.target }]
      : []),
  ];
  edit((s) => ({
    nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
    edges: [...s.edges.filter((e) => e.id !== targetEdgeId), ...rewired],
  }));
  return id;
}

/** Changes a node's data (config or label); typing in one field is one undo step. */
export function updateNodeData(
  nodeId: string,
  change: (data: JourneyNodeData) => JourneyNodeData,
  coalesceKey?: string,
): void {
  edit(
    (s) => ({
      nodes: s.nodes.map((n) => (n.id === nodeId ? { ...n, data: change(n.data) } : n)),
    }),
    coalesceKey,
  );
}

/** Renames a node and everything that points at it (edges, the start). */
export function renameNode(oldId: string, newId: string): boolean {
  const state = useDocument.getState();
  if (oldId === newId || takenIds(state).has(newId)) return false;
  edit((s) => ({
    nodes: s.nodes.map((n) => (n.id === oldId ? { ...n, id: newId } : n)),
    edges: s.edges.map((e) => {
      const source = e.source === oldId ? newId : e.source;
      const target = e.target === oldId ? newId : e.target;
      return { ...e, id: edgeId(source, e.sourceHandle), source, target };
    }),
    meta: s.meta.start === oldId ? { ...s.meta, start: newId } : s.meta,
  }));
  return true;
}

/** Removes nodes (with their edges) and edges, as one undo step. */
export function deleteElements(nodeIds: readonly string[], edgeIds: readonly string[]): void {
  if (nodeIds.length === 0 && edgeIds.length === 0) return;
  const gone = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  edit((s) => ({
    nodes: s.nodes.filter((n) => !gone.has(n.id)),
    edges: s.edges.filter(
      (e) => !goneEdges.has(e.id) && !gone.has(e.source) && !gone.has(e.target),
    ),
  }));
}

/** Makes a node the journey's first step. */
export function setStart(nodeId: string): void {
  edit((s) => ({ meta: { ...s.meta, start: nodeId } }));
}

/** Selects exactly these nodes (the problem list and the simulator focus a node this way). */
export function selectOnly(nodeIds: readonly string[]): void {
  const wanted = new Set(nodeIds);
  useDocument.setState((s) => ({
    nodes: s.nodes.map((n) =>
      Boolean(n.selected) === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) },
    ),
    edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  }));
}
