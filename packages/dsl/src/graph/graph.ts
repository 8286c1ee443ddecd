import type { Journey, JourneyNode } from '../journey/schema';

/** A node as React Flow holds it. */
export interface GraphNode {
  id: string;
  type: 'journey';
  position: { x: number; y: number };
  data: { nodeType: string; label?: string; config: Record<string, unknown> };
}

/** An edge from a node's named port (React Flow's sourceHandle) to a node. */
export interface GraphEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
}

/** What the editor holds: React-Flow-shaped nodes and edges plus the journey's own fields. */
export interface JourneyGraph {
  journey: Omit<Journey, 'nodes' | 'layout'>;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the journey had a layout (fromGraph writes one back only then, or when nodes moved). */
  hasLayout: boolean;
}

const gridColumns = 4;
const gridSpacing = { x: 280, y: 160 };

/**
 * Where the node at `index` sits when the journey has no layout: a grid, four nodes a row, in
 * document order. Deterministic, so `fromGraph` can tell an untouched canvas from a moved one.
 * @example fallbackPosition(5) // { x: 280, y: 160 }
 */
export function fallbackPosition(index: number): { x: number; y: number } {
  return {
    x: (index % gridColumns) * gridSpacing.x,
    y: Math.floor(index / gridColumns) * gridSpacing.y,
  };
}

/**
 * Compiles a journey to the editor's graph: one React Flow node per journey node (positioned
 * from the layout, else on the fallback grid) and one edge per `next` entry, with the port as
 * `sourceHandle` and the id `${source}:${port}`, unique because a port has one target.
 * @example toGraph(journey).edges[0] // { id: 'hello:sent', source: 'hello', sourceHandle: 'sent', target: 'wait-2d' }
 */
export function toGraph(journey: Journey): JourneyGraph {
  const { nodes, layout, ...rest } = journey;
  return {
    journey: rest,
    nodes: nodes.map((node, index) => ({
      id: node.id,
      type: 'journey',
      position: { ...(placed(layout, node.id) ?? fallbackPosition(index)) },
      data: {
        nodeType: node.type,
        ...(node.label === undefined ? {} : { label: node.label }),
        config: node.config,
      },
    })),
    edges: nodes.flatMap((node) =>
      Object.entries(node.next).map(([port, target]) => ({
        id: `${node.id}:${port}`,
        source: node.id,
        sourceHandle: port,
        target,
      })),
    ),
    hasLayout: layout !== undefined,
  };
}

/**
 * Rebuilds the journey from the editor's graph: nodes in graph order, `next` from the edges
 * (when two edges leave the same port, the later one wins: it is the newer connection).
 * The layout is written for every node when the journey had one or when any node is off its
 * fallback grid place (moved, added or deleted); an untouched layout-less journey stays
 * without one. So `fromGraph(toGraph(j))` equals `j` whenever `j` has no layout or a layout
 * entry for each of its nodes; a partial layout comes back completed, stale entries dropped.
 * @example fromGraph(toGraph(journey)) // deep-equals journey
 */
export function fromGraph(graph: JourneyGraph): Journey {
  const ports = new Map<string, Map<string, string>>();
  for (const edge of graph.edges) {
    const out = ports.get(edge.source) ?? new Map<string, string>();
    out.set(edge.sourceHandle, edge.target);
    ports.set(edge.source, out);
  }
  const nodes = graph.nodes.map((node): JourneyNode => ({
    id: node.id,
    type: node.data.nodeType,
    ...(node.data.label === undefined ? {} : { label: node.data.label }),
    config: node.data.config,
    // fromEntries defines own keys: a port named "__proto__" stays a port.
    next: Object.fromEntries(ports.get(node.id) ?? []),
  }));
  const moved = graph.nodes.some(
    (node, index) => !samePlace(node.position, fallbackPosition(index)),
  );
  if (!graph.hasLayout && !moved) return { ...graph.journey, nodes };
  const layout = Object.fromEntries(
    graph.nodes.map((node) => [node.id, { x: node.position.x, y: node.position.y }]),
  );
  return { ...graph.journey, nodes, layout };
}

function placed(layout: Journey['layout'], id: string): { x: number; y: number } | undefined {
  return layout && Object.hasOwn(layout, id) ? layout[id] : undefined;
}

function samePlace(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}
