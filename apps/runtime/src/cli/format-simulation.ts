import type { EnrollmentFacts, SimulationResult, TimelineEntry } from '@tandem/dsl';
import { formatTimeline, utcMinute } from './format-table';

/** What the report says about the run besides the timeline. */
export interface SimulationReport {
  journey: { id: string; name: string };
  persona: { name: string; description: string };
  facts: EnrollmentFacts;
  start: string;
  days: number;
  result: Pick<SimulationResult, 'outcome' | 'timeline'> & {
    state: { node: { id: string } | null };
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 messages sent, 1 deferred, 1 event" — the counts a reader checks first. */
function tally(timeline: TimelineEntry[]): string {
  const count = (kind: TimelineEntry['kind']) => timeline.filter((e) => e.kind === kind).length;
  const parts = [`${plural(count('sent'), 'message')} sent`];
  if (count('deferred')) parts.push(`${count('deferred')} deferred`);
  if (count('suppressed')) parts.push(`${count('suppressed')} suppressed`);
  if (count('event')) parts.push(plural(count('event'), 'event'));
  if (count('task')) parts.push(plural(count('task'), 'agent task'));
  return parts.join(', ');
}

/**
 * The last line: the journey's outcome, or where it still waits at the horizon.
 * @example outcomeLine({ outcome: 'paid', timeline, state: { node: null } }, 30) // 'Outcome: paid · 1 message sent, 2 events'
 */
export function outcomeLine(result: SimulationReport['result'], days: number): string {
  const where = result.state.node ? ` at node "${result.state.node.id}"` : '';
  const outcome =
    result.outcome === null
      ? `none: still running after ${plural(days, 'day')}${where}`
      : result.outcome;
  return `Outcome: ${outcome} · ${tally(result.timeline)}`;
}

/**
 * The human report of `journey simulate`: who was simulated, the timeline table, the outcome.
 * @example process.stdout.write(formatSimulation(report, 120))
 */
export function formatSimulation(report: SimulationReport, width = 120): string {
  const { borrower, account } = report.facts;
  const place = [borrower.locale, borrower.timezone, borrower.country, borrower.region]
    .filter(Boolean)
    .join(', ');
  const due = account.dueDate ? ` due ${account.dueDate}` : '';
  const lines = [
    `Journey   ${report.journey.id}: ${report.journey.name}`,
    `Persona   ${report.persona.name}: ${report.persona.description}`,
    `Borrower  ${borrower.firstName} (${place}) · ${account.amountDue} ${account.currency}${due}` +
      ` · ${plural(account.daysPastDue, 'day')} past due`,
    `Start     ${utcMinute(report.start)} UTC, for ${plural(report.days, 'day')}`,
    '',
    ...formatTimeline(report.result.timeline, width),
    '',
    outcomeLine(report.result, report.days),
  ];
  return `${lines.join('\n')}\n`;
}
