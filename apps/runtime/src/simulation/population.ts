import type { EnrollmentFactsInput } from '@tandem/dsl';

/**
 * A simulated population: `count` borrowers, the i-th with persona `personas[i % n]` and facts
 * `borrowers[i % m]`, each run for `days` virtual days from `start`. The journey travels as its
 * JSON and is compiled in each thread (a compiled journey holds functions, which do not cross
 * threads).
 */
export interface PopulationInput {
  journey: unknown;
  borrowers: { name: string; facts: EnrollmentFactsInput }[];
  personas: string[];
  count: number;
  start: string;
  days: number;
  /** Enrollment ids are `${idPrefix}-${i}`, so a run is reproducible whatever the threads. */
  idPrefix: string;
  /** Also return each simulation's serialised `{ outcome, timeline, state, steps }` (tests). */
  detail?: boolean;
}

/** What one simulated borrower did. */
export interface CaseResult {
  persona: string;
  borrower: string;
  outcome: string | null;
  steps: number;
  sent: number;
  detail?: string;
}

/** The half-open index range [from, to) of a population one thread runs. */
export interface Slice {
  from: number;
  to: number;
}

/**
 * `count` indexes cut into `parts` contiguous slices of nearly equal size (the persona mix is
 * round-robin, so each slice gets the same mix and about the same work).
 * @example slices(10, 3) // [{from:0,to:4},{from:4,to:7},{from:7,to:10}]
 */
export function slices(count: number, parts: number): Slice[] {
  const n = Math.max(1, Math.min(parts, count));
  const base = Math.floor(count / n);
  const extra = count % n;
  const out: Slice[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const to = from + base + (i < extra ? 1 : 0);
    out.push({ from, to });
    from = to;
  }
  return out;
}
