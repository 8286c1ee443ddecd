import { diffJourneys, type JourneyInput } from '@tandem/dsl';
import type { Edge, Node } from '@xyflow/react';
import { estimatedCardSize } from '../canvas/card-size';
import { autoLayout } from '../document/auto-layout';
import {
  edgeId,
  readDocument,
  type JourneyFlowEdge,
  type JourneyFlowNode,
  type JourneyNodeData,
} from '../document/journey-document';

export type CompareMark = 'added' | 'changed' | 'removed' | null;
export type CompareNodeData = JourneyNodeData & { mark: CompareMark };
export type CompareFlowNode = Node<CompareNodeData, 'compare'>;

export interface VersionComparison {
  /** Version B's steps, marked, and version A's removed steps as ghosts where A had them. */
  nodes: CompareFlowNode[];
  edges: Edge[];
  counts: { added: number; changed: number; removed: number };
}

/** A document's cards where its layout puts them, laid out now when it has none. */
function placed(document: unknown): { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] } {
  const reading = readDocument(document);
  if (!reading.ok) return { nodes: [], edges: [] };
  const { nodes, edges, hasLayout } = reading.document;
  return { nodes: hasLayout ? nodes : autoLayout(nodes, edges, estimatedCardSize), edges };
}

/**
 * What changed from version A to version B, drawn as B: each step marked added or changed (a
 * rewired step counts as changed), and A's removed steps as ghosts at A's positions. The diff is
 * the same `diffJourneys` the API's diff and the draft comparison use.
 * @example compareVersions(v1.document, v3.document)
 */
export function compareVersions(a: unknown, b: unknown): VersionComparison {
  const diff = diffJourneys(a as JourneyInput, b as JourneyInput);
  const marks = new Map<string, CompareMark>();
  for (const n of diff.added) marks.set(n.nodeId, 'added');
  for (const n of diff.changed) marks.set(n.nodeId, 'changed');
  for (const r of diff.rewired) if (!marks.has(r.nodeId)) marks.set(r.nodeId, 'changed');
  const rewired = new Set(diff.rewired.map((r) => edgeId(r.nodeId, r.port)));

  const before = placed(a);
  const after = placed(b);
  const removed = new Set(diff.removed.map((n) => n.nodeId));
  const asCompare = (node: JourneyFlowNode, mark: CompareMark): CompareFlowNode => ({
    id: mark === 'removed' ? `removed:${node.id}` : node.id,
    type: 'compare',
    position: node.position,
    data: { ...node.data, mark },
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
  });
  const nodes = [
    ...after.nodes.map((node) => asCompare(node, marks.get(node.id) ?? null)),
    ...before.nodes
      .filter((node) => removed.has(node.id))
      .map((node) => asCompare(node, 'removed')),
  ];
  const edges: Edge[] = after.edges.map((edge) => ({
    ...edge,
    className: rewired.has(edge.id) ? 'edge-changed' : undefined,
    selectable: false,
    deletable: false,
  }));
  const changed = new Set([
    ...diff.changed.map((n) => n.nodeId),
    ...diff.rewired.map((r) => r.nodeId),
  ]);
  return {
    nodes,
    edges,
    counts: { added: diff.added.length, changed: changed.size, removed: diff.removed.length },
  };
}
