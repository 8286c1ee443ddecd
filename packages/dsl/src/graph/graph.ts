import type { Journey } from '../journey/schema';

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

/** STUB */
export function toGraph(journey: Journey): JourneyGraph {
  void journey;
  throw new Error('not implemented');
}

/** STUB */
export function fromGraph(graph: JourneyGraph): Journey {
  void graph;
  throw new Error('not implemented');
}
