import { applyNodeChanges, useStoreApi, type NodeChange, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useDocument } from '../document/document-store';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';

type Change = NodeChange<JourneyFlowNode>;

/** A move React Flow reports while the pointer is still down. */
const isDragMove = (change: Change) => change.type === 'position' && change.dragging === true;

/**
 * React Flow's node changes, applied to the document store, except the moves of a drag in
 * progress: those go to React Flow's own store only, which draws the cards and their connections
 * from it, and the document gets the final positions once, when the pointer is released (React
 * Flow then reports the same moves with `dragging: false`). Writing the document on every pointer
 * move re-rendered the canvas, handed React Flow a new 500-node list per frame and woke every
 * document subscriber (history, validation, autosave) to find that nothing they track changed.
 *
 * Returns the change handler and the nodes to give React Flow: the document's, with the drag's
 * moves so far laid over them, so that a document write that lands mid-drag (a selection, a card
 * measured) does not send the dragged cards back to where they started.
 *
 * Removals arrive through onDelete as one change (one undo step), so the per-item remove changes
 * React Flow also sends are dropped here.
 */
export function useNodesChange(nodes: JourneyFlowNode[]): {
  onNodesChange: (changes: Change[]) => void;
  shownNodes: JourneyFlowNode[];
} {
  const flow = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  // Mutated in place during a drag: it must not re-render anything.
  const [moved] = useState(() => new Map<string, XYPosition>());

  const onNodesChange = useCallback(
    (changes: Change[]) => {
      const kept = changes.filter((c) => c.type !== 'remove');
      if (kept.length === 0) return;
      if (kept.every(isDragMove)) {
        for (const c of kept) if (c.type === 'position' && c.position) moved.set(c.id, c.position);
        const { nodes: drawn, setNodes } = flow.getState();
        setNodes(applyNodeChanges(kept, drawn));
        return;
      }
      if (kept.some((c) => c.type === 'position' && c.dragging === false)) moved.clear();
      useDocument.setState((s) => ({ nodes: applyNodeChanges(kept, s.nodes) }));
    },
    [flow, moved],
  );

  // Recomputed when the document's nodes change, never per pointer move (they do not change then).
  const shownNodes = useMemo(
    () =>
      moved.size === 0
        ? nodes
        : nodes.map((node) => {
            const position = moved.get(node.id);
            return position ? { ...node, position, dragging: true } : node;
          }),
    [nodes, moved],
  );

  return { onNodesChange, shownNodes };
}
