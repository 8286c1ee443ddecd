import type { Catalogue } from '../catalogue/catalogue';
import type { Journey } from '../journey/schema';
import { checkCycles } from './cycles';
import { checkDisclosures } from './disclosures';
import type { CheckedNode } from './model';
import { checkNodeConfigs } from './node-configs';
import type { Problem } from './problem';
import { checkReachability } from './reachability';
import { readDocument } from './read-document';
import { checkReferences } from './references';
import { buildGraph, checkDefaultLocale, checkPorts, checkStart } from './structure';

export interface ValidationResult {
  /** True when there is no problem of severity "error" (warnings allowed). */
  ok: boolean;
  problems: Problem[];
  /** The parsed document (defaults applied) when its shape is journey/v1, even if other problems exist. */
  journey?: Journey;
}

/**
 * Every problem with a journey at once, each with a stable code, a message that says how to
 * fix it, and a JSON path into the document (plus the node id and port when there is one).
 * Never throws: whatever `doc` is, the answer is a result. A node with a broken shape is
 * reported and the rest of the journey is still checked.
 *
 * Order: document shape, journey settings, node types and configs, ports and targets, texts
 * and facts, loops, then reachability (warnings).
 *
 * @example
 * const { ok, problems } = validateJourney(JSON.parse(text), builtInCatalogue);
 * if (!ok) for (const p of problems) console.log(p.code, p.path.join('.'), p.message);
 */
export function validateJourney(doc: unknown, catalogue: Catalogue): ValidationResult {
  return validateJourneyChecked(doc, catalogue).result;
}

/**
 * `validateJourney`, plus every node as the checks saw it (definition, parsed config), so that
 * `compileJourney` does not parse each config a second time.
 * @example const { result, nodes } = validateJourneyChecked(doc, builtInCatalogue);
 */
export function validateJourneyChecked(
  doc: unknown,
  catalogue: Catalogue,
): { result: ValidationResult; nodes: readonly CheckedNode[] } {
  const document = readDocument(doc);
  const { read } = document;
  const configs = checkNodeConfigs(read.nodes, catalogue);
  const { graph, problems: duplicates } = buildGraph(configs.nodes);
  const problems: Problem[] = [
    ...document.problems,
    ...checkDefaultLocale(read),
    ...checkStart(read, graph),
    ...duplicates,
    ...configs.problems,
    ...checkPorts(configs.nodes, graph),
    ...checkReferences(configs.nodes, read.locales),
    ...checkDisclosures(configs.nodes, document.journey?.policy.jurisdiction),
    ...checkCycles(graph),
    ...checkReachability(graph, read.start),
  ];
  const ok = !problems.some((problem) => problem.severity === 'error');
  const result: ValidationResult = document.journey
    ? { ok, problems, journey: document.journey }
    : { ok, problems };
  return { result, nodes: configs.nodes };
}
