import {
  humanizeId,
  type AnyNodeDefinition,
  type NodeFieldTranslation,
  type PortSpec,
} from '@tandem/dsl';
import { parsedConfig } from './catalogue';

/**
 * A node type's editor texts in one language, from its definition's `ui.translations` (so a
 * custom node ships its own); what a node does not translate shows in English.
 * @example nodeText(waitNode, 'vi').label // "Chờ"
 */
export function nodeText(definition: AnyNodeDefinition, locale: string) {
  const t = locale === 'en' ? undefined : definition.ui.translations?.[locale];
  /** The journey's own name, else the node's name for a known id, else the id in words. */
  const outcome = (id: string, ownName?: string): string =>
    ownName?.trim() || t?.outcomes?.[id] || definition.ui.outcomes?.[id] || humanizeId(id);
  return {
    label: t?.label ?? definition.ui.label,
    help: t?.help ?? definition.ui.help,
    // A fixed port's translation; else its label (a branch rule's, an outcome's name), else the
    // port's name as an outcome: never the raw camelCase id.
    port: (port: PortSpec): string => t?.ports?.[port.name] ?? outcome(port.name, port.label),
    outcome,
    /**
     * A field by its path without list indexes (`"for"`, `"options.label"`): its label and help
     * in this language (none in English: the schema words them), and its choices' names, a
     * choice this language does not name in English.
     */
    field: (path: ReadonlyArray<string | number>): NodeFieldTranslation | undefined => {
      const key = path.filter((p) => typeof p === 'string').join('.');
      const translated = t?.fields?.[key];
      const english = definition.ui.choices?.[key];
      if (!english) return translated;
      return { ...translated, options: { ...english, ...translated?.options } };
    },
    /** The one-line summary of a configured node; its help when the config is broken. */
    summary: (config: Record<string, unknown>): string => {
      const parsed = parsedConfig(definition, config);
      const { ui } = definition;
      if (parsed === null || !(t?.summary ?? ui.summary)) return t?.help ?? ui.help;
      try {
        // Called on their objects (not detached): the definitions declare them as methods.
        return t?.summary ? t.summary(parsed) : (ui.summary?.(parsed) ?? ui.help);
      } catch {
        return t?.help ?? definition.ui.help;
      }
    },
  };
}
export type NodeText = ReturnType<typeof nodeText>;
