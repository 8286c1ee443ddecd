import { performance } from 'node:perf_hooks';

/** Summary of a list of timings, in milliseconds. */
export interface Stats {
  samples: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * Nearest-rank percentile of sorted values: p95 of 20 samples is the 19th, never interpolated,
 * so the reported number is one a round really took.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/**
 * Median, p95 and friends of a list of timings.
 * @example summarize([3, 1, 2]).median // 2
 */
export function summarize(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    samples: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
}

export interface MeasureOptions {
  /** Untimed runs first, so the JIT has compiled the hot paths before we time them. */
  warmup: number;
  rounds: number;
}

/**
 * Times several cases round by round: each round runs every case once, in turn, after `warmup`
 * untimed rounds. Interleaving gives every case the same machine load and JIT state, which
 * matters on a shared machine more than the order of a few milliseconds. Returns each case's
 * milliseconds per round. Results are kept in a sink so the optimizer cannot drop the work.
 * @example
 * const times = measureEach({ parse: () => schema.safeParse(doc), validate: () => validateJourney(doc, c) }, { warmup: 5, rounds: 30 });
 * summarize(times.validate ?? []).median
 */
export function measureEach(
  cases: Readonly<Record<string, () => unknown>>,
  options: MeasureOptions,
): Record<string, number[]> {
  const entries = Object.entries(cases);
  for (let i = 0; i < options.warmup; i++) for (const [, run] of entries) keep(run());
  const times: Record<string, number[]> = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let i = 0; i < options.rounds; i++) {
    for (const [name, run] of entries) {
      const started = performance.now();
      const result = run();
      times[name]?.push(performance.now() - started);
      keep(result);
    }
  }
  return times;
}

/** The last result kept: exported, so the work producing it is observable and cannot be dropped. */
export let lastResult: unknown;
export function keep(value: unknown): void {
  lastResult = value;
}
