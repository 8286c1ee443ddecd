import { nodeName, nodeRef } from './model';
import type { CheckedNode, NodeGraph } from './model';
import type { Problem } from './problem';

/**
 * Walks the journey breadth-first from `start`: UNREACHABLE_NODE for each node no borrower can
 * get to, and NO_END when nothing reachable ends the journey. Both are warnings: a draft is
 * often half-wired. Skipped when `start` names no node (that is reported on its own).
 * @example checkReachability(graph, 'hello')
 */
export function checkReachability(graph: NodeGraph, start: string | undefined): Problem[] {
  const first = start === undefined ? undefined : graph.indexById.get(start);
  if (first === undefined) return [];
  const reached = new Uint8Array(graph.nodes.length);
  const queue = [first];
  reached[first] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.successors[queue[head] ?? 0] ?? []) {
      if (reached[next]) continue;
      reached[next] = 1;
      queue.push(next);
    }
  }
  const problems: Problem[] = [];
  graph.nodes.forEach((node, i) => {
    if (reached[i]) return;
    problems.push({
      code: 'UNREACHABLE_NODE',
      severity: 'warning',
      message: `${nodeName(node)} cannot be reached from the start node "${start}": connect a port to it, or delete it.`,
      ...nodeRef(node),
      path: ['nodes', node.index],
      args: { start: start ?? '' },
    });
  });
  const reachable = queue.map((i) => graph.nodes[i]).filter((n): n is CheckedNode => !!n);
  if (!reachable.some(mayEnd)) {
    problems.push({
      code: 'NO_END',
      severity: 'warning',
      message: `No path from the start node "${start}" reaches a node that ends the journey: connect a port to an end node, so every borrower's journey can finish.`,
      path: ['start'],
      args: { start: start ?? '' },
    });
  }
  return problems;
}

/**
 * A node without ports ends the journey. A node whose ports cannot be known (unknown type,
 * invalid config) might: assuming so avoids a warning built on a guess.
 */
function mayEnd(node: CheckedNode): boolean {
  return node.ports === undefined || node.ports.length === 0;
}
