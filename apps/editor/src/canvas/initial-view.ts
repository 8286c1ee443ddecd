import type { JourneyFlowEdge } from '../document/journey-document';

/** Up to this many steps the whole journey is fitted into view when it opens. */
export const fitAllUpTo = 12;

/**
 * The steps to show when a journey opens: all of a small journey; of a large one, the first
 * `count` steps in flow order from the start, so the user sees where it begins at a readable
 * size instead of the whole journey too small to read.
 * @example openingSteps('a', ['a', 'b', 'c'], edges, 2) // ['a', 'b']
 */
export function openingSteps(
  start: string | undefined,
  nodeIds: readonly string[],
  edges: readonly JourneyFlowEdge[],
  count = 4,
): string[] {
  if (nodeIds.length <= fitAllUpTo) return [...nodeIds];
  const first = start && nodeIds.includes(start) ? start : nodeIds[0];
  if (first === undefined) return [];
  const seen = new Set([first]);
  const queue = [first];
  while (queue.length > 0 && seen.size < count) {
    const current = queue.shift()!;
    for (const edge of edges) {
      if (edge.source !== current || seen.has(edge.target)) continue;
      seen.add(edge.target);
      queue.push(edge.target);
      if (seen.size >= count) break;
    }
  }
  return [...seen];
}
