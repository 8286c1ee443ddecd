import { create } from 'zustand';
import { temporal } from 'zundo';
import type { EditorDocument, JourneyFlowEdge, JourneyFlowNode } from './journey-document';

export type DocumentState = EditorDocument;

/** What undo/redo restores: the content, without selection or drag flags. */
export type DocumentSnapshot = EditorDocument;

export const emptyDocument: EditorDocument = {
  meta: { id: '' },
  nodes: [],
  edges: [],
  hasLayout: true,
};

function snapshotNode(node: JourneyFlowNode): JourneyFlowNode {
  const { selected: _selected, dragging: _dragging, ...rest } = node;
  return rest;
}

function snapshotEdge(edge: JourneyFlowEdge): JourneyFlowEdge {
  const { selected: _selected, ...rest } = edge;
  return rest;
}

export function snapshotOf(state: DocumentState): DocumentSnapshot {
  return {
    meta: state.meta,
    nodes: state.nodes.map(snapshotNode),
    edges: state.edges.map(snapshotEdge),
    hasLayout: state.hasLayout,
  };
}

/**
 * True when two snapshots hold the same content. Edits replace the objects they change, so
 * comparing references field by field is enough; measurements and selection do not count, nor
 * positions with `{ positions: false }` (what a journey does, without where its cards are drawn).
 */
export function sameContent(
  a: DocumentSnapshot,
  b: DocumentSnapshot,
  { positions = true }: { positions?: boolean } = {},
): boolean {
  if (a.meta !== b.meta || a.hasLayout !== b.hasLayout) return false;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  const nodesSame = a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return (
      other !== undefined &&
      node.id === other.id &&
      node.data === other.data &&
      (!positions || (node.position.x === other.position.x && node.position.y === other.position.y))
    );
  });
  if (!nodesSame) return false;
  return a.edges.every((edge, i) => {
    const other = b.edges[i];
    return (
      other !== undefined &&
      edge.id === other.id &&
      edge.source === other.source &&
      edge.target === other.target &&
      edge.sourceHandle === other.sourceHandle
    );
  });
}

/**
 * The open journey as the canvas holds it, with undo/redo (zundo) over its content. Actions
 * live in their own modules (node-actions, edge-actions, clipboard) and go through `edit()`.
 */
export const useDocument = create<DocumentState>()(
  temporal(() => ({ ...emptyDocument }), {
    partialize: snapshotOf,
    equality: sameContent,
    limit: 200,
  }),
);
