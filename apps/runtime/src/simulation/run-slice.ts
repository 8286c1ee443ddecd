import { compileJourney, persona, simulate, type CompiledJourney } from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import type { CaseResult, PopulationInput, Slice } from './population';

/**
 * Runs the simulations of one slice of a population, in this thread: the same `simulate()` the
 * editor and the CLI use for one borrower, so a threaded run gives exactly what a single-threaded
 * one does.
 * @example runSlice(input, { from: 0, to: input.count })
 */
export function runSlice(
  input: PopulationInput,
  slice: Slice,
  journey: CompiledJourney = compilePopulationJourney(input.journey),
): CaseResult[] {
  const results: CaseResult[] = [];
  for (let i = slice.from; i < slice.to; i++) {
    const personaName = input.personas[i % input.personas.length];
    const borrower = input.borrowers[i % input.borrowers.length];
    const who = personaName === undefined ? undefined : persona(personaName);
    if (!borrower || !who || personaName === undefined)
      throw new Error(`no borrower or persona for simulation ${i}`);
    const sim = simulate({
      journey,
      facts: borrower.facts,
      persona: who,
      start: input.start,
      days: input.days,
      enrollmentId: `${input.idPrefix}-${i}`,
    });
    results.push({
      persona: personaName,
      borrower: borrower.name,
      outcome: sim.outcome,
      steps: sim.steps,
      sent: sim.timeline.reduce((n, entry) => n + (entry.kind === 'sent' ? 1 : 0), 0),
      ...(input.detail
        ? {
            detail: JSON.stringify({
              outcome: sim.outcome,
              timeline: sim.timeline,
              state: sim.state,
              steps: sim.steps,
            }),
          }
        : {}),
    });
  }
  return results;
}

/**
 * The population's journey compiled with this deployment's catalogue, or an error naming its
 * first problem. A pool compiles it once per run and thread, not per chunk.
 * @example const journey = compilePopulationJourney(input.journey);
 */
export function compilePopulationJourney(document: unknown): CompiledJourney {
  const compiled = compileJourney(document, runtimeCatalogue);
  if (!compiled.ok) {
    const first = compiled.problems[0];
    throw new Error(`the journey is not valid: ${first?.message ?? 'unknown problem'}`);
  }
  return compiled.journey;
}
