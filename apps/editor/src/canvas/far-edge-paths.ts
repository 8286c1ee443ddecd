import { getBezierPath, Position, type InternalNode, type NodeHandle } from '@xyflow/react';

/** The ends of a connection, as the document and React Flow name them. */
export interface ConnectionEnds {
  id: string;
  source: string;
  sourceHandle?: string | null;
  target: string;
  targetHandle?: string | null;
}

type Handles = { source: NodeHandle[]; target: NodeHandle[] };

/** The handles React Flow measured on a card, else the ones it was given (estimated sizes). */
function handlesOf(node: InternalNode): Handles | null {
  const measured = node.internals.handleBounds;
  if (measured) return { source: measured.source ?? [], target: measured.target ?? [] };
  if (!node.handles) return null;
  return {
    source: node.handles.filter((h) => h.type === 'source'),
    target: node.handles.filter((h) => h.type === 'target'),
  };
}

const initialised = (node: InternalNode) =>
  (node.measured.width ?? node.width ?? node.initialWidth) !== undefined &&
  (node.measured.height ?? node.height ?? node.initialHeight) !== undefined;

/** The point a handle attaches at: the middle of its side, as React Flow's getHandlePosition. */
function attachPoint(node: InternalNode, handle: NodeHandle, fallback: Position) {
  const x = handle.x + node.internals.positionAbsolute.x;
  const y = handle.y + node.internals.positionAbsolute.y;
  const width = handle.width ?? 1;
  const height = handle.height ?? 1;
  switch (handle.position ?? fallback) {
    case Position.Top:
      return { x: x + width / 2, y };
    case Position.Right:
      return { x: x + width, y: y + height / 2 };
    case Position.Bottom:
      return { x: x + width / 2, y: y + height };
    case Position.Left:
      return { x, y: y + height / 2 };
  }
}

const pick = (handles: NodeHandle[], id: string | null | undefined) =>
  (id ? handles.find((h) => h.id === id) : handles[0]) ?? null;

/**
 * The SVG path React Flow's default (bezier) edge draws for this connection, or null where it
 * draws none (a card not yet sized, a port it has no handle for). It follows React Flow's own
 * getEdgePosition (strict connection mode), so a connection drawn by the far layer and one drawn
 * by React Flow meet the cards at the same points.
 *
 * @example connectionPath(edge, lookup.get(edge.source), lookup.get(edge.target)) // 'M120,130 C…'
 */
export function connectionPath(
  edge: ConnectionEnds,
  sourceNode: InternalNode | undefined,
  targetNode: InternalNode | undefined,
): string | null {
  if (!sourceNode || !targetNode || !initialised(sourceNode) || !initialised(targetNode)) {
    return null;
  }
  const sourceHandle = pick(handlesOf(sourceNode)?.source ?? [], edge.sourceHandle);
  const targetHandle = pick(handlesOf(targetNode)?.target ?? [], edge.targetHandle);
  if (!sourceHandle || !targetHandle) return null;
  const sourcePosition = sourceHandle.position ?? Position.Bottom;
  const targetPosition = targetHandle.position ?? Position.Top;
  const from = attachPoint(sourceNode, sourceHandle, sourcePosition);
  const to = attachPoint(targetNode, targetHandle, targetPosition);
  const [path] = getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition,
    targetX: to.x,
    targetY: to.y,
    targetPosition,
  });
  return path;
}

interface Drawn {
  source: InternalNode | undefined;
  target: InternalNode | undefined;
  path: string | null;
}

/**
 * The paths of a set of connections, kept between store updates. React Flow replaces a card's
 * internal node object whenever the card moves or is measured and keeps it otherwise, so a path
 * is worked out again only when one of its two cards' objects changed: on a drag, the dragged
 * card's connections, not all of them.
 */
export class ConnectionPaths {
  readonly #drawn = new Map<string, Drawn>();

  /** The path last worked out for this connection (null: none, or not worked out yet). */
  pathOf(id: string): string | null {
    return this.#drawn.get(id)?.path ?? null;
  }

  /**
   * The connections whose path changed since the last call (all of them on the first), with
   * their new path (null: not drawable now).
   */
  update(
    edges: readonly ConnectionEnds[],
    nodeLookup: ReadonlyMap<string, InternalNode>,
  ): Array<[id: string, path: string | null]> {
    const changed: Array<[string, string | null]> = [];
    for (const edge of edges) {
      const source = nodeLookup.get(edge.source);
      const target = nodeLookup.get(edge.target);
      const before = this.#drawn.get(edge.id);
      if (before && before.source === source && before.target === target) continue;
      const path = connectionPath(edge, source, target);
      this.#drawn.set(edge.id, { source, target, path });
      if (!before || before.path !== path) changed.push([edge.id, path]);
    }
    return changed;
  }
}
