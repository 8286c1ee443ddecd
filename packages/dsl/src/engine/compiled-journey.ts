// A journey indexed for the engine, and how the workflow builds one from a published version
// without validating anything (publish did that, and stored each node's parsed config).
import type { Catalogue } from '../catalogue/catalogue';
import type {
  AnyNodeDefinition,
  NodeBehaviourDefinition,
  PortSpec,
} from '../catalogue/node-definition';
import type { Journey } from '../journey/schema';

/** A node ready to run: its definition found, its config parsed with defaults. */
export interface CompiledNode<D extends NodeBehaviourDefinition = AnyNodeDefinition> {
  id: string;
  type: string;
  label?: string;
  definition: D;
  config: unknown;
  ports: PortSpec[];
  next: Readonly<Record<string, string>>;
}

/** A validated journey indexed for the engine. Build once per journey version, reuse per step. */
export interface CompiledJourney<D extends NodeBehaviourDefinition = AnyNodeDefinition> {
  journey: Journey;
  nodes: ReadonlyMap<string, CompiledNode<D>>;
}

/** Each node's config as its schema parsed it at publish (defaults filled), by node id. */
export type ParsedConfigs = Readonly<Record<string, unknown>>;

/**
 * Indexes a published journey (validated at publish) with the configs publish parsed, against
 * the node behaviours this worker has. Nothing is parsed: a node type the catalogue lacks, or a
 * node without a parsed config, comes back as a problem naming it.
 * @example const compiled = indexPublishedJourney(version.document, version.configs, behaviours);
 */
export function indexPublishedJourney<D extends NodeBehaviourDefinition>(
  journey: Journey,
  configs: ParsedConfigs,
  catalogue: Catalogue<D>,
): { ok: true; journey: CompiledJourney<D> } | { ok: false; problems: string[] } {
  const nodes = new Map<string, CompiledNode<D>>();
  const problems: string[] = [];
  for (const node of journey.nodes) {
    const definition = catalogue.get(node.type);
    if (!definition) {
      problems.push(`node "${node.id}": this worker has no node type "${node.type}"`);
      continue;
    }
    if (!Object.hasOwn(configs, node.id)) {
      problems.push(`node "${node.id}": the version has no parsed config for it`);
      continue;
    }
    const config = configs[node.id];
    nodes.set(node.id, {
      id: node.id,
      type: node.type,
      ...(node.label === undefined ? {} : { label: node.label }),
      definition,
      config,
      ports: definition.ports(config),
      next: node.next,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey: { journey, nodes } };
}

/** What the engine runs: a compiled journey of behaviours (full definitions fit too). */
export type RunnableJourney = CompiledJourney<NodeBehaviourDefinition>;
export type RunnableNode = CompiledNode<NodeBehaviourDefinition>;
