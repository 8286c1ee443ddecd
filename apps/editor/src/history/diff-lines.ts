import type { JourneyDiff } from '@tandem/dsl';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { exitName } from '../catalogue/outcome-name';
import type { I18n } from '../i18n/use-i18n';
import { fieldName } from '../validation/node-problem-words';
import { pathText } from './diff-marks';

export interface DiffLine {
  kind: 'added' | 'removed' | 'changed';
  text: string;
}

type NodeLike = { id?: unknown; type?: unknown; label?: unknown; config?: unknown };
interface StepOfDocument {
  type: string;
  label: string | undefined;
  config: Record<string, unknown>;
}

/** How a diff names what it is about, as the canvas and inspector do. */
export interface DiffNames {
  /** A step by its label, else its type's name beside its id. */
  step(nodeId: string): string;
  /** A changed value of a step by its field's name ("Message (en)"), else its path. */
  field(nodeId: string, path: ReadonlyArray<string | number>): string;
  /** A step's exit by its name on the card ("Sent", a branch rule's label). */
  port(nodeId: string, port: string): string;
}

/**
 * Names for a diff between journey documents (the first that has a step gives its type and
 * config; a label from whichever has one), in the chosen language: a draft conflict compares two documents, neither of them on the canvas.
 * @example diffNames([mine, theirs], i18nFor('vi')).port('hello', 'sent') // "Đã gửi"
 */
export function diffNames(
  documents: readonly unknown[],
  { t, locale }: Pick<I18n, 't' | 'locale'>,
): DiffNames {
  const steps = new Map<string, StepOfDocument>();
  for (const document of documents) {
    const nodes = (document as { nodes?: unknown } | null)?.nodes;
    if (!Array.isArray(nodes)) continue;
    for (const node of nodes as NodeLike[]) {
      if (typeof node.id !== 'string' || typeof node.type !== 'string') continue;
      const label = typeof node.label === 'string' && node.label.trim() ? node.label : undefined;
      const known = steps.get(node.id);
      // A step one side unlabelled still goes by the label the other side gave it.
      if (known) {
        known.label ??= label;
        continue;
      }
      steps.set(node.id, {
        type: node.type,
        label,
        config:
          typeof node.config === 'object' && node.config !== null
            ? (node.config as Record<string, unknown>)
            : {},
      });
    }
  }
  return {
    step: (nodeId) => {
      const step = steps.get(nodeId);
      const definition = step && catalogue.get(step.type);
      if (step?.label) return step.label;
      return definition
        ? t('validation.step.ofType', { type: nodeText(definition, locale).label, id: nodeId })
        : nodeId;
    },
    field: (nodeId, path) => {
      if (path[0] === 'label') return t('inspector.name');
      const step = steps.get(nodeId);
      const definition = step && catalogue.get(step.type);
      if (path[0] !== 'config' || !definition) return pathText(path);
      return fieldName(definition, locale, path.slice(1)) ?? pathText(path);
    },
    port: (nodeId, port) => {
      const step = steps.get(nodeId);
      return exitName(step?.type, step?.config, port, locale);
    },
  };
}

/**
 * A journey diff as one line per step that was added, removed or changed (rewired steps count
 * as changed), steps, fields and exits by name, then the journey-level changes, in the chosen
 * language.
 * @example diffLines(diffJourneys(theirs, mine), diffNames([mine, theirs], i18n), i18n.t)
 */
export function diffLines(diff: JourneyDiff, names: DiffNames, t: I18n['t']): DiffLine[] {
  const lines: DiffLine[] = [
    ...diff.added.map((n) => ({
      kind: 'added' as const,
      text: t('history.line.added', { step: names.step(n.nodeId) }),
    })),
    ...diff.removed.map((n) => ({
      kind: 'removed' as const,
      text: t('history.line.removed', { step: names.step(n.nodeId) }),
    })),
  ];
  const changed = new Map<string, string[]>();
  for (const n of diff.changed)
    changed.set(
      n.nodeId,
      n.changes.map((c) => names.field(n.nodeId, c.path)),
    );
  for (const r of diff.rewired) {
    const what = changed.get(r.nodeId) ?? [];
    changed.set(r.nodeId, [
      ...what,
      t('history.line.next', { port: names.port(r.nodeId, r.port) }),
    ]);
  }
  for (const [nodeId, what] of changed)
    lines.push({
      kind: 'changed',
      // Two languages of one message are one field changed.
      text: t('history.line.changed', {
        step: names.step(nodeId),
        fields: [...new Set(what)].join(', '),
      }),
    });
  for (const c of diff.journey)
    lines.push({ kind: 'changed', text: t('history.diff.journey', { field: pathText(c.path) }) });
  return lines;
}
