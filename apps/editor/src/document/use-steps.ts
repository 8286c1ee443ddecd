import { useStoreWithEqualityFn } from 'zustand/traditional';
import { useDocument } from './document-store';
import type { JourneyFlowNode } from './journey-document';

/**
 * True when two node lists hold the same steps with the same content, wherever they are. Moving
 * a card replaces its node object but keeps its `data` (applyNodeChanges), so comparing ids and
 * data references is enough.
 */
export function sameSteps(a: readonly JourneyFlowNode[], b: readonly JourneyFlowNode[]): boolean {
  return (
    a.length === b.length && a.every((node, i) => node.id === b[i]?.id && node.data === b[i]?.data)
  );
}

/**
 * The journey's nodes for panels that show what the steps are (their names, types, config) and
 * not where they are: a drag, which replaces the node list on every pointer move, does not
 * re-render them. With 500 steps, a port select of 500 options re-rendered on every frame cost
 * more than the card being dragged.
 */
export function useSteps(): readonly JourneyFlowNode[] {
  return useStoreWithEqualityFn(useDocument, (s) => s.nodes, sameSteps);
}
