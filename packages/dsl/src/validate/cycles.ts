import { nodeRef } from './model';
import type { CheckedNode, NodeGraph } from './model';
import type { Problem } from './problem';

/**
 * Tarjan's strongly connected components, iterative so a long chain of nodes cannot overflow
 * the call stack. Linear in nodes + edges.
 * @example stronglyConnectedComponents([[1], [0], []]) // [[1, 0], [2]]
 */
export function stronglyConnectedComponents(
  successors: readonly (readonly number[])[],
): number[][] {
  const count = successors.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    const calls: number[] = [];
    const positions: number[] = [];
    const visit = (v: number) => {
      order[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      calls.push(v);
      positions.push(0);
    };
    visit(root);
    while (calls.length > 0) {
      const top = calls.length - 1;
      const v = calls[top] ?? 0;
      const edges = successors[v] ?? [];
      const position = positions[top] ?? 0;
      if (position < edges.length) {
        positions[top] = position + 1;
        const w = edges[position] ?? 0;
        if (order[w] === -1) visit(w);
        else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        continue;
      }
      calls.pop();
      positions.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  }
  return components;
}

/**
 * INSTANT_CYCLE, once per loop (strongly connected component) that no waiting node breaks:
 * the engine would run round it without a pause. A node of unknown type is assumed to wait,
 * so a typo in a type does not also raise a loop error.
 * @example checkCycles(graph)
 */
export function checkCycles(graph: NodeGraph): Problem[] {
  const loops = stronglyConnectedComponents(graph.successors).filter((component) => {
    const only = component[0];
    const isLoop =
      component.length > 1 || (only !== undefined && graph.successors[only]?.includes(only));
    return isLoop && !component.some((i) => waits(graph.nodes[i]));
  });
  return loops
    .map((component) => inWalkOrder(graph, component))
    .sort((a, b) => (graph.nodes[a[0] ?? 0]?.index ?? 0) - (graph.nodes[b[0] ?? 0]?.index ?? 0))
    .map((walk) => instantCycle(graph, walk));
}

function waits(node: CheckedNode | undefined): boolean {
  return node?.definition?.waits ?? true;
}

/** The loop's nodes as a walk from its first node in the document, following ports in order. */
function inWalkOrder(graph: NodeGraph, component: readonly number[]): number[] {
  const members = new Set(component);
  const first = component.reduce((a, b) =>
    (graph.nodes[b]?.index ?? 0) < (graph.nodes[a]?.index ?? 0) ? b : a,
  );
  const walk: number[] = [];
  const seen = new Set<number>();
  const pending = [first];
  while (pending.length > 0) {
    const v = pending.pop() ?? first;
    if (seen.has(v)) continue;
    seen.add(v);
    walk.push(v);
    const inside = (graph.successors[v] ?? []).filter((w) => members.has(w) && !seen.has(w));
    pending.push(...inside.reverse());
  }
  return walk;
}

function instantCycle(graph: NodeGraph, walk: readonly number[]): Problem {
  const ids = walk.map((i) => `"${graph.nodes[i]?.id ?? '?'}"`);
  const first = graph.nodes[walk[0] ?? 0];
  const members = new Set(walk);
  const simple = walk.every(
    (i) => new Set(graph.successors[i]?.filter((w) => members.has(w))).size === 1,
  );
  const loop =
    walk.length === 1
      ? `Node ${ids[0]} leads straight back to itself`
      : simple
        ? `Nodes ${ids.join(' → ')} → ${ids[0]} go round in a loop`
        : `Nodes ${ids.join(', ')} go round in a loop`;
  return {
    code: 'INSTANT_CYCLE',
    severity: 'error',
    message: `${loop} with no waiting node on it, so a borrower would go round instantly and forever. Put a node that waits (such as a wait) on the loop.`,
    ...(first ? nodeRef(first) : {}),
    nodeIds: walk.flatMap((i) => {
      const id = graph.nodes[i]?.id;
      return id === undefined ? [] : [id];
    }),
    path: ['nodes', first?.index ?? 0],
    args: { nodes: ids.join(' → '), count: walk.length },
  };
}
