import type { JourneyDiff } from '@tandem/dsl';
import { pathText } from './diff-marks';

export interface DiffLine {
  kind: 'added' | 'removed' | 'changed';
  text: string;
}

type NodeLike = { id?: unknown; label?: unknown };

/** A step's label (from whichever side has it), else its id: diffs name steps as people do. */
export function stepNamer(...documents: unknown[]): (nodeId: string) => string {
  const labels = new Map<string, string>();
  for (const document of documents) {
    const nodes = (document as { nodes?: unknown } | null)?.nodes;
    if (!Array.isArray(nodes)) continue;
    for (const node of nodes as NodeLike[]) {
      if (typeof node.id === 'string' && typeof node.label === 'string' && node.label.trim())
        if (!labels.has(node.id)) labels.set(node.id, node.label);
    }
  }
  return (nodeId) => labels.get(nodeId) ?? nodeId;
}

/**
 * A journey diff as one line per step that was added, removed or changed (rewired steps count
 * as changed), named by label, then the journey-level changes.
 * @example diffLines(diffJourneys(theirs, mine), stepNamer(mine, theirs))
 */
export function diffLines(diff: JourneyDiff, nameOf: (nodeId: string) => string): DiffLine[] {
  const lines: DiffLine[] = [
    ...diff.added.map((n) => ({ kind: 'added' as const, text: `Added “${nameOf(n.nodeId)}”` })),
    ...diff.removed.map((n) => ({
      kind: 'removed' as const,
      text: `Removed “${nameOf(n.nodeId)}”`,
    })),
  ];
  const changed = new Map<string, string[]>();
  for (const n of diff.changed)
    changed.set(
      n.nodeId,
      n.changes.map((c) => pathText(c.path)),
    );
  for (const r of diff.rewired) {
    const what = changed.get(r.nodeId) ?? [];
    changed.set(r.nodeId, [...what, `next (${r.port})`]);
  }
  for (const [nodeId, what] of changed)
    lines.push({ kind: 'changed', text: `Changed “${nameOf(nodeId)}”: ${what.join(', ')}` });
  for (const c of diff.journey)
    lines.push({ kind: 'changed', text: `Journey ${pathText(c.path)} changed` });
  return lines;
}
