import type { EnrollmentFactsInput } from '@tandem/dsl';

/**
 * A simulated population: `count` borrowers, the i-th with persona `personas[i % n]` and facts
 * `borrowers[i % m]`, each run for `days` virtual days from `start`. The journey travels as its
 * JSON, once per run and thread, and each thread compiles it once (a compiled journey holds
 * functions, which do not cross threads).
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

/**
 * `count` indexes cut into contiguous chunks of at most `size` (the last one shorter): a pool
 * hands them out one at a time to whichever thread is free, so a thread slowed by other work on
 * the machine takes fewer.
 * @example chunks(10, 4) // [{from:0,to:4},{from:4,to:8},{from:8,to:10}]
 */
export function chunks(count: number, size: number): Slice[] {
  const step = Math.max(1, Math.floor(size));
  const out: Slice[] = [];
  for (let from = 0; from < count; from += step)
    out.push({ from, to: Math.min(count, from + step) });
  return out;
}

/**
 * A slice's results as they cross between threads: names and outcomes once in a table and each
 * case as small integers in one transferable buffer, instead of an object per case.
 */
export interface PackedResults {
  /** Every distinct persona, borrower name and outcome of the slice. */
  names: string[];
  /** Per case: persona, borrower and outcome (index into `names`, -1 for a null outcome), steps, sent. */
  cases: Int32Array<ArrayBuffer>;
  details?: string[];
}

const FIELDS = 5;

/** Packs results for postMessage (`cases.buffer` can be transferred). */
export function packResults(results: readonly CaseResult[]): PackedResults {
  const names: string[] = [];
  const index = new Map<string, number>();
  const nameIndex = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  const cases = new Int32Array(results.length * FIELDS);
  const details: string[] = [];
  results.forEach((result, i) => {
    cases[i * FIELDS] = nameIndex(result.persona);
    cases[i * FIELDS + 1] = nameIndex(result.borrower);
    cases[i * FIELDS + 2] = result.outcome === null ? -1 : nameIndex(result.outcome);
    cases[i * FIELDS + 3] = result.steps;
    cases[i * FIELDS + 4] = result.sent;
    if (result.detail !== undefined) details.push(result.detail);
  });
  return details.length > 0 ? { names, cases, details } : { names, cases };
}

/** The results `packResults` packed, as they were. */
export function unpackResults(packed: PackedResults): CaseResult[] {
  const { names, cases, details } = packed;
  const out: CaseResult[] = [];
  const name = (i: number): string => names[i] ?? '';
  for (let i = 0; i * FIELDS < cases.length; i++) {
    const outcome = cases[i * FIELDS + 2] ?? -1;
    const detail = details?.[i];
    out.push({
      persona: name(cases[i * FIELDS] ?? -1),
      borrower: name(cases[i * FIELDS + 1] ?? -1),
      outcome: outcome === -1 ? null : name(outcome),
      steps: cases[i * FIELDS + 3] ?? 0,
      sent: cases[i * FIELDS + 4] ?? 0,
      ...(detail === undefined ? {} : { detail }),
    });
  }
  return out;
}
