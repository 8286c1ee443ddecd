import type { EnrollmentFactsInput } from '../facts/facts';
import type { RunnableJourney } from './compiled-journey';
import { startParsedEnrollment } from './engine';
import { parseEnrollmentFacts } from './parse-facts';
import type { StepResult } from './types';

/**
 * Starts an enrollment: a fresh state at the journey's start node, and the first commands.
 * Pure: the same arguments always give the same result. The facts are parsed (defaults filled).
 * @example
 * const { state, commands } = startEnrollment(compiled, {
 *   enrollmentId: 'enr_1', at: '2026-03-02T09:00:00Z', facts: { borrower, account },
 * });
 */
export function startEnrollment(
  journey: RunnableJourney,
  input: { enrollmentId: string; at: string; facts: EnrollmentFactsInput },
): StepResult {
  return startParsedEnrollment(journey, { ...input, facts: parseEnrollmentFacts(input.facts) });
}
