import {
  createCatalogue,
  type AnyNodeDefinition,
  type Catalogue,
  type NodeCategory,
  type PortSpec,
} from '@tandem/dsl';
import { schemaNodes } from '@tandem/plugins/schema';
import type { MessageKey } from '../i18n/message-keys';

/**
 * The catalogue the editor draws from: the schema halves of the node packages tandem.config.ts
 * lists (the generated module). Everything below reads node types through it, so a listed
 * custom node gets a palette entry, a canvas card and an inspector form with no editor code.
 */
export const catalogue: Catalogue = createCatalogue(schemaNodes);

/** Each palette category's name, as a message of the chosen language. */
export const categoryLabels: Record<NodeCategory, MessageKey> = {
  timing: 'canvas.category.timing',
  contact: 'canvas.category.contact',
  resolution: 'canvas.category.resolution',
  logic: 'canvas.category.logic',
  outcome: 'canvas.category.outcome',
  custom: 'canvas.category.custom',
};

/**
 * Parsed configs by definition and config object. Edits replace a config object rather than
 * change it, so one parse serves a card's ports, its summary and its size estimate.
 */
const parsedConfigs = new WeakMap<AnyNodeDefinition, WeakMap<object, unknown>>();

/** A node's config with its schema's defaults filled in, or null when it does not parse. */
export function parsedConfig(
  definition: AnyNodeDefinition,
  config: Record<string, unknown>,
): unknown {
  let byConfig = parsedConfigs.get(definition);
  if (!byConfig) parsedConfigs.set(definition, (byConfig = new WeakMap()));
  if (byConfig.has(config)) return byConfig.get(config);
  const result = definition.config.safeParse(config);
  const parsed = result.success ? result.data : null;
  byConfig.set(config, parsed);
  return parsed;
}

/**
 * The ports a node shows. A config that does not parse (mid-edit) falls back to the default
 * config's ports so the card keeps its handles and edges stay attached.
 */
export function portsOf(
  definition: AnyNodeDefinition,
  config: Record<string, unknown>,
): PortSpec[] {
  const parsed = parsedConfig(definition, config) ?? parsedConfig(definition, {});
  if (parsed === null) return [];
  try {
    return definition.ports(parsed);
  } catch {
    return [];
  }
}

/** Palette groups in category order, each with its node definitions. */
export function paletteGroups(
  from: Catalogue = catalogue,
): Array<{ category: NodeCategory; label: MessageKey; definitions: AnyNodeDefinition[] }> {
  const order = Object.keys(categoryLabels) as NodeCategory[];
  return order
    .map((category) => ({
      category,
      label: categoryLabels[category],
      definitions: from.definitions.filter((d) => d.ui.category === category),
    }))
    .filter((group) => group.definitions.length > 0);
}

/**
 * Which of a node's top-level config fields the inspector shows, from the node's own
 * `ui.fieldShown` hint (so custom nodes can hide fields too). A config that does not parse
 * shows every field, so whatever is wrong with it can be found and fixed.
 * @example shownFields(waitNode, { mode: 'duration' })('fact') // false
 */
export function shownFields(
  definition: AnyNodeDefinition,
  config: Record<string, unknown>,
): (field: string) => boolean {
  const { ui } = definition;
  if (!ui.fieldShown) return () => true;
  const parsed = parsedConfig(definition, config);
  if (parsed === null) return () => true;
  return (field) => ui.fieldShown?.(field, parsed) ?? true;
}
