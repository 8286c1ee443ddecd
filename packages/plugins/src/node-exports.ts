// Which exports of a node package's entry module are node definitions. Duck-typed on purpose:
// the module is the package author's, and these are the fields every consumer relies on.
import type { AnyNodeDefinition, NodeBehaviourDefinition } from '@tandem/dsl';

export function isNodeDefinition(value: unknown): value is AnyNodeDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.type === 'string' &&
    typeof v.version === 'number' &&
    typeof v.ports === 'function' &&
    typeof v.behaviour === 'object' &&
    v.behaviour !== null
  );
}

const isNodeList = (value: unknown): value is AnyNodeDefinition[] =>
  Array.isArray(value) && value.length > 0 && value.every(isNodeDefinition);

/**
 * The export names to import, in order. A module that exports a list of its nodes (`nodes`, or
 * the first list found, e.g. `builtInNodes`) is taken by that list, which keeps its order;
 * otherwise every exported node definition, by export name.
 */
export function nodeExportNames(module: Record<string, unknown>): {
  lists: string[];
  single: string[];
} {
  if (isNodeList(module.nodes)) return { lists: ['nodes'], single: [] };
  const names = Object.keys(module).sort();
  const list = names.find((name) => isNodeList(module[name]));
  if (list) return { lists: [list], single: [] };
  return { lists: [], single: names.filter((name) => isNodeDefinition(module[name])) };
}

/**
 * The node definitions those exports name, in the same order: whole definitions by default, or
 * behaviour halves (`nodesOf<NodeBehaviourDefinition>`) for a package's behaviour entry.
 */
export function nodesOf<D extends NodeBehaviourDefinition = AnyNodeDefinition>(
  module: Record<string, unknown>,
): D[] {
  const { lists, single } = nodeExportNames(module);
  return [
    ...lists.flatMap((name) => module[name] as D[]),
    ...single.map((name) => module[name] as D),
  ];
}
