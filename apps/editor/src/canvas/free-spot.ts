import type { JourneyFlowNode } from '../document/journey-document';

const cardSize = { width: 240, height: 110 };
const gap = 24;

function overlaps(node: JourneyFlowNode, at: { x: number; y: number }): boolean {
  const width = node.measured?.width ?? cardSize.width;
  const height = node.measured?.height ?? cardSize.height;
  return (
    at.x < node.position.x + width + gap &&
    at.x + cardSize.width + gap > node.position.x &&
    at.y < node.position.y + height + gap &&
    at.y + cardSize.height + gap > node.position.y
  );
}

/**
 * Where a new card can go near `at` without covering another: `at` itself if it is free, else
 * the first free place below it (then to the right), so a step added from the keyboard is
 * never hidden under an existing one.
 * @example freeSpot([], { x: 0, y: 0 }) // { x: 0, y: 0 }
 */
export function freeSpot(
  nodes: readonly JourneyFlowNode[],
  at: { x: number; y: number },
): { x: number; y: number } {
  for (let column = 0; column < 6; column++) {
    for (let row = 0; row < 8; row++) {
      const candidate = {
        x: Math.round(at.x + column * (cardSize.width + gap)),
        y: Math.round(at.y + row * (cardSize.height + gap)),
      };
      if (!nodes.some((node) => overlaps(node, candidate))) return candidate;
    }
  }
  return { x: Math.round(at.x), y: Math.round(at.y) };
}
