// The built-in nodes' editor texts in the web app's other languages, one file per language, so
// the node files stay as they are. English is each node's own `ui`.
import type { AnyNodeDefinition } from '@tandem/dsl';
import { es } from './es';
import { vi } from './vi';
import { zh } from './zh';

const byLocale = { es, vi, zh };

/** The node with its built-in translations laid into `ui.translations` (its own win). */
export function withBuiltInTranslations(node: AnyNodeDefinition): AnyNodeDefinition {
  const translations = Object.fromEntries(
    Object.entries(byLocale).flatMap(([locale, nodes]) => {
      const translation = nodes[node.type];
      return translation ? [[locale, translation]] : [];
    }),
  );
  return {
    ...node,
    ui: { ...node.ui, translations: { ...translations, ...node.ui.translations } },
  };
}
