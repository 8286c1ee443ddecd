import type { CaseResult } from '../simulation/population';
import { formatTable } from './format-table';

/** Outcome counts of a simulated population, overall and by persona. */
export interface PopulationSummary {
  count: number;
  outcomes: Record<string, number>;
  byPersona: Record<string, { count: number; outcomes: Record<string, number>; sent: number }>;
  /** Messages sent per borrower, mean. */
  sentMean: number;
  /** Engine steps per borrower, mean. */
  stepsMean: number;
}

/** "running" stands for a journey still going at the horizon (outcome null). */
const outcomeName = (outcome: string | null) => outcome ?? 'running';

/**
 * Counts a population's results; deterministic for the same results in the same order.
 * @example summarizePopulation(results).outcomes // { paid: 4210, running: 1530, … }
 */
export function summarizePopulation(results: CaseResult[]): PopulationSummary {
  const outcomes: Record<string, number> = {};
  const byPersona: PopulationSummary['byPersona'] = {};
  let sent = 0;
  let steps = 0;
  for (const result of results) {
    const outcome = outcomeName(result.outcome);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    const persona = (byPersona[result.persona] ??= { count: 0, outcomes: {}, sent: 0 });
    persona.count += 1;
    persona.outcomes[outcome] = (persona.outcomes[outcome] ?? 0) + 1;
    persona.sent += result.sent;
    sent += result.sent;
    steps += result.steps;
  }
  const n = Math.max(1, results.length);
  return { count: results.length, outcomes, byPersona, sentMean: sent / n, stepsMean: steps / n };
}

const share = (part: number, whole: number) =>
  `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

/**
 * The summary as two plain-text tables: outcomes overall, then each persona's outcomes.
 * @example formatPopulation(summary, 100)
 */
export function formatPopulation(summary: PopulationSummary, width: number): string {
  const byCount = (counts: Record<string, number>) =>
    Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const overall = formatTable(
    [{ header: 'outcome' }, { header: 'borrowers' }, { header: 'share' }],
    byCount(summary.outcomes).map(([outcome, n]) => [
      outcome,
      n.toLocaleString('en-US'),
      share(n, summary.count),
    ]),
    { width },
  );
  const personas = formatTable(
    [
      { header: 'persona' },
      { header: 'borrowers' },
      { header: 'sent/borrower' },
      { header: 'outcomes', flex: true },
    ],
    Object.entries(summary.byPersona).map(([name, p]) => [
      name,
      p.count.toLocaleString('en-US'),
      (p.sent / Math.max(1, p.count)).toFixed(1),
      byCount(p.outcomes)
        .map(([outcome, n]) => `${outcome} ${share(n, p.count)}`)
        .join(', '),
    ]),
    { width },
  );
  return [
    `${summary.count.toLocaleString('en-US')} simulated borrowers: ` +
      `${summary.sentMean.toFixed(1)} messages and ${summary.stepsMean.toFixed(1)} steps each on average`,
    '',
    ...overall,
    '',
    ...personas,
    '',
  ].join('\n');
}
