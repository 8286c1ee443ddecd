// One listed node package as the generated modules hand it on: its name and version, the node
// definitions its entry module exports, and where each node type comes from. No zod: the
// workflow bundle imports this through nodes.behaviour.generated.ts.
import type { AnyNodeDefinition, NodeBehaviourDefinition } from '@tandem/dsl';
import { nodesOf } from './node-exports';
import type { NodeOrigin } from './node-origin';

/**
 * One package's half: `D` is what its entry module exports, whole node definitions for the
 * schema half (`SchemaNodePackage`), behaviour halves for the workflow bundle's
 * (`BehaviourNodePackage`).
 */
export interface LoadedNodePackage<D extends NodeBehaviourDefinition = AnyNodeDefinition> {
  name: string;
  version: string;
  nodes: D[];
  origins: NodeOrigin[];
}

/** A package's schema entry as nodes.schema.generated.ts loads it. */
export type SchemaNodePackage = LoadedNodePackage<AnyNodeDefinition>;
/** A package's behaviour entry as nodes.behaviour.generated.ts loads it. */
export type BehaviourNodePackage = LoadedNodePackage<NodeBehaviourDefinition>;

/**
 * The node definitions `module` exports, as the half `D` (inferred from where the result goes).
 * The check is by shape: the fields of a behaviour half, which every whole definition has too.
 */
export function nodePackage<D extends NodeBehaviourDefinition = AnyNodeDefinition>(
  name: string,
  version: string,
  module: object,
): LoadedNodePackage<D> {
  const nodes = nodesOf<D>(module as Record<string, unknown>);
  if (nodes.length === 0)
    throw new Error(`node package "${name}": its entry module exports no node definition`);
  return {
    name,
    version,
    nodes,
    origins: nodes.map((n) => ({
      type: n.type,
      version: n.version,
      package: name,
      packageVersion: version,
    })),
  };
}

/** A custom activity's implementation, keyed by its contract's name (input already parsed). */
export type ActivityImplementation = (input: never) => Promise<unknown>;

/** The `activities` export of a package's activities entry, checked to be functions by name. */
export function activitiesOf(name: string, module: object): Record<string, ActivityImplementation> {
  const { activities } = module as { activities?: unknown };
  if (typeof activities !== 'object' || activities === null)
    throw new Error(
      `node package "${name}": its activities entry exports no \`activities\` object`,
    );
  const found: Record<string, ActivityImplementation> = {};
  for (const [activity, implementation] of Object.entries(activities)) {
    if (typeof implementation !== 'function')
      throw new Error(`node package "${name}": activities["${activity}"] is not a function`);
    found[activity] = implementation as ActivityImplementation;
  }
  return found;
}
