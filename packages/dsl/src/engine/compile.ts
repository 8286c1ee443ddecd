import type { Catalogue } from '../catalogue/catalogue';
import type { Journey } from '../journey/schema';
import type { Problem } from '../validate/problem';
import type { CheckedNode } from '../validate/model';
import { validateJourneyChecked } from '../validate/validate-journey';
import type { CompiledJourney, CompiledNode, ParsedConfigs } from './compiled-journey';

export type { CompiledJourney, CompiledNode } from './compiled-journey';

export class InvalidJourneyError extends Error {
  constructor(readonly problems: Problem[]) {
    const first = problems.find((p) => p.severity === 'error');
    super(
      `journey is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'})` +
        (first ? `; first: ${first.nodeId ? `node "${first.nodeId}": ` : ''}${first.message}` : ''),
    );
    this.name = 'InvalidJourneyError';
  }
}

/**
 * Validates a journey document and indexes it for the engine. Invalid journeys come back as
 * problems: the engine never runs one.
 * @example
 * const compiled = compileJourney(doc, builtInCatalogue);
 * if (!compiled.ok) console.table(compiled.problems);
 */
export function compileJourney(
  doc: unknown,
  catalogue: Catalogue,
):
  { ok: true; journey: CompiledJourney; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  const { result, nodes } = validateJourneyChecked(doc, catalogue);
  if (!result.ok || !result.journey) return { ok: false, problems: result.problems };
  return {
    ok: true,
    journey: indexJourney(result.journey, catalogue, nodes),
    warnings: result.problems,
  };
}

/** Like `compileJourney`, but throws `InvalidJourneyError`: for journeys that must be valid. */
export function compileJourneyOrThrow(doc: unknown, catalogue: Catalogue): CompiledJourney {
  const result = compileJourney(doc, catalogue);
  if (!result.ok) throw new InvalidJourneyError(result.problems);
  return result.journey;
}

function indexJourney(
  journey: Journey,
  catalogue: Catalogue,
  checked: readonly CheckedNode[],
): CompiledJourney {
  const nodes = new Map<string, CompiledNode>();
  journey.nodes.forEach((node, index) => {
    const definition = catalogue.get(node.type);
    if (!definition) throw new InvalidJourneyError([]); // validated above: cannot happen
    // Validation has parsed this very config with this definition: use its result.
    const seen = checked[index];
    const reuse =
      seen?.index === index &&
      seen.id === node.id &&
      seen.definition === definition &&
      seen.config === node.config &&
      seen.parsedConfig !== undefined;
    const config = reuse ? seen.parsedConfig : definition.config.parse(node.config);
    nodes.set(node.id, {
      id: node.id,
      type: node.type,
      ...(node.label === undefined ? {} : { label: node.label }),
      definition,
      config,
      ports: definition.ports(config),
      next: node.next,
    });
  });
  return { journey, nodes };
}

/**
 * The parsed config of every node of a compiled journey, by node id: what publish stores so that
 * the workflow never parses.
 */
export function parsedConfigsOf(journey: CompiledJourney): ParsedConfigs {
  return Object.fromEntries([...journey.nodes.values()].map((node) => [node.id, node.config]));
}
