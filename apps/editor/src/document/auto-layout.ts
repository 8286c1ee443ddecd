import dagre from '@dagrejs/dagre';
import type { JourneyFlowEdge, JourneyFlowNode } from './journey-document';

const defaultSize = { width: 240, height: 120 };

/**
 * Positions every node top to bottom along the journey's flow (dagre): first contact at the
 * top, outcomes at the bottom, a branch's paths side by side, using each card's
 * measured size when the canvas has drawn it (else `estimate`'s). Returns new nodes; edges are unchanged.
 * @example const nodes = autoLayout(state.nodes, state.edges)
 */
export function autoLayout(
  nodes: readonly JourneyFlowNode[],
  edges: readonly JourneyFlowEdge[],
  estimate: (node: JourneyFlowNode) => { width: number; height: number } = () => defaultSize,
): JourneyFlowNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 64, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map(
    nodes.map((node) => [
      node.id,
      node.measured?.width && node.measured.height
        ? { width: node.measured.width, height: node.measured.height }
        : estimate(node),
    ]),
  );
  for (const node of nodes) graph.setNode(node.id, sizes.get(node.id) ?? defaultSize);
  for (const edge of edges) {
    if (sizes.has(edge.source) && sizes.has(edge.target)) graph.setEdge(edge.source, edge.target);
  }
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const size = sizes.get(node.id) ?? defaultSize;
    // dagre gives centres; React Flow positions are top-left corners.
    return {
      ...node,
      position: {
        x: Math.round(placed.x - size.width / 2),
        y: Math.round(placed.y - size.height / 2),
      },
    };
  });
}
