import type { JourneyDiff } from '@tandem/dsl';
import type { I18n } from '../i18n/use-i18n';
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
 * as changed), named by label, then the journey-level changes, in the chosen language.
 * @example diffLines(diffJourneys(theirs, mine), stepNamer(mine, theirs), t)
 */
export function diffLines(
  diff: JourneyDiff,
  nameOf: (nodeId: string) => string,
  t: I18n['t'],
): DiffLine[] {
  const lines: DiffLine[] = [
    ...diff.added.map((n) => ({
      kind: 'added' as const,
      text: t('history.line.added', { step: nameOf(n.nodeId) }),
    })),
    ...diff.removed.map((n) => ({
      kind: 'removed' as const,
      text: t('history.line.removed', { step: nameOf(n.nodeId) }),
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
    changed.set(r.nodeId, [...what, t('history.line.next', { port: r.port })]);
  }
  for (const [nodeId, what] of changed)
    lines.push({
      kind: 'changed',
      text: t('history.line.changed', { step: nameOf(nodeId), fields: what.join(', ') }),
    });
  for (const c of diff.journey)
    lines.push({ kind: 'changed', text: t('history.diff.journey', { field: pathText(c.path) }) });
  return lines;
}
