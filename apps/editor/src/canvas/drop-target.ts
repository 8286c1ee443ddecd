/** MIME type the palette puts on a drag: the node type to create. */
export const nodeDragType = 'application/x-tandem-node';

/**
 * The id of the edge under a screen point, if any: dropping a palette node there inserts it
 * into that connection. React Flow marks each edge's group with `data-id`.
 */
export function edgeAtPoint(x: number, y: number): string | null {
  if (typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}
