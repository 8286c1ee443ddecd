import type { ApiDiff } from '../api/journey-types';
import { edgeId } from '../document/journey-document';
import type { HighlightState, Mark } from '../canvas/highlight-store';

/**
 * What a version diff (from a version to the draft) highlights on the draft's canvas: added
 * nodes, changed nodes (config, label, type), and rewired ports. Removed nodes are not on the
 * canvas; the panel lists them.
 */
export function diffMarks(diff: ApiDiff, caption: string): HighlightState {
  const nodes = new Map<string, Mark>();
  for (const { nodeId } of diff.added) nodes.set(nodeId, 'added');
  for (const { nodeId } of diff.changed) nodes.set(nodeId, 'changed');
  const edges = new Map<string, Mark>();
  for (const rewire of diff.rewired) {
    if (rewire.after !== null) edges.set(edgeId(rewire.nodeId, rewire.port), 'changed');
    if (!nodes.has(rewire.nodeId)) nodes.set(rewire.nodeId, 'changed');
  }
  return { nodes, edges, caption };
}

/** "config.message.vi" for a change path. */
export const pathText = (path: ReadonlyArray<string | number>) => path.join('.') || '(whole)';
