import {
  compileJourney,
  persona,
  simulate,
  type Catalogue,
  type EnrollmentFactsInput,
  type Problem,
  type SimulationResult,
  type TimelineEntry,
} from '@tandem/dsl';
import { edgeId } from '../document/journey-document';

export type SimulationRun =
  | { ok: true; result: SimulationResult }
  | { ok: false; problems: Problem[]; message: string; failure: SimulationFailure };

/** Why a simulation did not run, for the panel to word in the chosen language. */
export type SimulationFailure =
  | { kind: 'problems' }
  | { kind: 'noPersona'; persona: string }
  | { kind: 'crashed'; detail: string };

/**
 * Runs the simulator in the browser: the real engine, contact policy and templates on a
 * virtual clock, for one persona and borrower. A journey with errors cannot run; the problems
 * say why.
 */
export function runSimulation(options: {
  document: unknown;
  catalogue: Catalogue;
  personaName: string;
  facts: EnrollmentFactsInput;
  start: string;
  days?: number;
}): SimulationRun {
  const compiled = compileJourney(options.document, options.catalogue);
  if (!compiled.ok) {
    const errors = compiled.problems.filter((p) => p.severity === 'error');
    return {
      ok: false,
      problems: errors,
      message: `Fix ${errors.length} problem${errors.length === 1 ? '' : 's'} before simulating.`,
      failure: { kind: 'problems' },
    };
  }
  const who = persona(options.personaName);
  if (!who)
    return {
      ok: false,
      problems: [],
      message: `There is no persona “${options.personaName}”.`,
      failure: { kind: 'noPersona', persona: options.personaName },
    };
  try {
    return {
      ok: true,
      result: simulate({
        journey: compiled.journey,
        facts: options.facts,
        persona: who,
        start: options.start,
        days: options.days ?? 30,
      }),
    };
  } catch (error) {
    // A borrower the engine cannot place (an unknown time zone, say) is the input's fault.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [],
      message: `The simulation could not run: ${message}`,
      failure: { kind: 'crashed', detail: message },
    };
  }
}

/** The nodes a simulated borrower visited and the connections (`node:port`) they took. */
export function pathOf(timeline: readonly TimelineEntry[]): {
  nodes: Set<string>;
  edges: Set<string>;
} {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const entry of timeline) {
    if (!entry.nodeId) continue;
    nodes.add(entry.nodeId);
    if (entry.kind === 'exit' && entry.port) edges.add(edgeId(entry.nodeId, entry.port));
  }
  return { nodes, edges };
}
