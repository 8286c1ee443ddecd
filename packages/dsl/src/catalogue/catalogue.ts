import type { AnyNodeDefinition, NodeBehaviourDefinition } from './node-definition';

/** The node types a journey may use: built-in plus custom. Every consumer takes one. */
export interface Catalogue<D extends NodeBehaviourDefinition = AnyNodeDefinition> {
  get(type: string): D | undefined;
  readonly types: readonly string[];
  readonly definitions: readonly D[];
}

export class DuplicateNodeTypeError extends Error {
  constructor(readonly type: string) {
    super(
      `node type "${type}" is defined twice in the catalogue; give the custom node a namespaced type such as "acme.${type}"`,
    );
    this.name = 'DuplicateNodeTypeError';
  }
}

/**
 * Builds a catalogue from node definitions.
 * @example const catalogue = createCatalogue([...builtInNodes, creditCheckNode]);
 */
export function createCatalogue<D extends NodeBehaviourDefinition = AnyNodeDefinition>(
  definitions: readonly D[],
): Catalogue<D> {
  const byType = new Map<string, D>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw new DuplicateNodeTypeError(definition.type);
    byType.set(definition.type, definition);
  }
  return {
    get: (type) => byType.get(type),
    types: [...byType.keys()],
    definitions: [...byType.values()],
  };
}
