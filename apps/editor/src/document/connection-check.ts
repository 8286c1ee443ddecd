import type { Catalogue } from '@tandem/dsl';
import type { JourneyFlowEdge, JourneyFlowNode } from './journey-document';

export interface ConnectionAttempt {
  source: string;
  sourceHandle: string | null;
  target: string;
}

export type ConnectionVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Whether a connection may be drawn: one edge per output port, no edge from a node to itself,
 * and no loop made only of nodes that do not wait (it would spin without ever pausing).
 * @example checkConnection(nodes, edges, { source: 'a', sourceHandle: 'sent', target: 'b' }, catalogue)
 */
export function checkConnection(
  nodes: readonly JourneyFlowNode[],
  edges: readonly JourneyFlowEdge[],
  attempt: ConnectionAttempt,
  catalogue: Catalogue,
): ConnectionVerdict {
  const { source, sourceHandle, target } = attempt;
  if (!sourceHandle) return { ok: false, reason: 'Start the connection from an output port.' };
  if (source === target) return { ok: false, reason: 'A step cannot lead to itself.' };
  if (edges.some((e) => e.source === source && e.sourceHandle === sourceHandle)) {
    return {
      ok: false,
      reason: `Port “${sourceHandle}” already leads somewhere: delete that connection first.`,
    };
  }
  const waits = new Map(nodes.map((n) => [n.id, catalogue.get(n.data.nodeType)?.waits ?? true]));
  if (!waits.get(source) && !waits.get(target) && reaches(edges, target, source, waits)) {
    return {
      ok: false,
      reason: 'That would make a loop with no waiting step in it: add a Wait on the loop.',
    };
  }
  return { ok: true };
}

/** True when `to` is reachable from `from` through nodes that do not wait. */
function reaches(
  edges: readonly JourneyFlowEdge[],
  from: string,
  to: string,
  waits: ReadonlyMap<string, boolean>,
): boolean {
  const outgoing = new Map<string, string[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge.target);
    outgoing.set(edge.source, list);
  }
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) return true;
    for (const next of outgoing.get(current) ?? []) {
      if (seen.has(next) || (waits.get(next) && next !== to)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}
