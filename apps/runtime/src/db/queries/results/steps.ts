// Per-step numbers for the canvas: entered, there now, exits per port, message outcomes by
// channel (with why a send was deferred or suppressed), and time spent at the step.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { scopedEnrollments, type ResultsScope } from './scope';
import { sqlRows } from './sql-rows';
import type { StepGroup } from './step-groups';

/** How many enrollment ids a step lists; the count beside them is always complete. */
export const enrollmentsListedPerStep = 50;

export interface StepPort {
  port: string;
  count: number;
  /** count ÷ all exits of the step; null before anyone left. */
  share: number | null;
}

export interface StepMessages {
  channel: string;
  /** Handed to the provider (sent, delivered or read now). */
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  suppressed: Record<string, number>;
  deferred: Record<string, number>;
}

export interface StepResults {
  nodeId: string;
  type: string | null;
  /** Distinct enrollments that entered. */
  entered: number;
  visits: number;
  /** Live enrollments whose current step this is. */
  now: number;
  nowEnrollmentIds: string[];
  ended: number;
  ports: StepPort[];
  messages: StepMessages[];
  /** Seconds from entering to leaving, over visits that left; null when none has. */
  secondsAtStep: { median: number | null; p90: number | null };
}

/**
 * The ledger's reason text starts with its kind ("window: …", "cap: …", "hold: …"); an opt-out
 * suppression names the opt-out. Anything else is "other".
 */
const cohort = (scope: ResultsScope) => scope.from !== undefined || scope.to !== undefined;

const reasonClass = sql`case
  when cl.reason like 'hold:%' then 'hold'
  when cl.reason like 'window:%' then 'window'
  when cl.reason like 'holiday:%' then 'holiday'
  when cl.reason like 'cap:%' then 'cap'
  when cl.reason ilike '%opt%out%' then 'opt-out'
  else 'other' end`;

/** @example stepResults(db, scope, await stepGroups(db, scope), nodeTypes) */
export async function stepResults(
  db: Database,
  scope: ResultsScope,
  groups: StepGroup[],
  nodeTypes: Map<string, string>,
): Promise<StepResults[]> {
  const v = scope.journeyVersionId;
  const [now, messageRows, ledgerRows, durations] = await Promise.all([
    sqlRows<{ node: string; n: number; ids: string[] }>(
      db,
      sql`with ${scopedEnrollments(scope)}
          select current_node as node, count(*)::int as n,
                 (array_agg(id::text order by created_at, id))[1:${enrollmentsListedPerStep}] as ids
            from scoped_enrollments
           where status in ('pending', 'running') and current_node is not null
           group by 1`,
    ),
    sqlRows<{ node: string; channel: string; status: string; n: number }>(
      db,
      sql`with ${scopedEnrollments(scope)}
          select m.node_id as node, m.channel, m.status, count(*)::int as n
            from messages m join scoped_enrollments se on se.id = m.enrollment_id
           where m.node_id is not null
           group by 1, 2, 3`,
    ),
    // The ledger names no step: a deferral or suppression belongs to the step the enrollment
    // had last entered when it was written.
    sqlRows<{ node: string; channel: string; outcome: string; reason: string; n: number }>(
      db,
      sql`with ${scopedEnrollments(scope)}
          select s.node_id as node, cl.channel, cl.outcome, ${reasonClass} as reason,
                 count(*)::int as n
            from contact_ledger cl
            join scoped_enrollments se on se.id = cl.enrollment_id
            cross join lateral (
              select js.node_id from journey_steps js
               where js.enrollment_id = cl.enrollment_id and js.kind = 'enter'
                 and js.at <= cl.attempted_at
               order by js.ordinal desc limit 1) s
           where cl.outcome in ('deferred', 'suppressed')
           group by 1, 2, 3, 4`,
    ),
    // The seconds are stored on the exit or end row when it is written (the enter's node is the
    // exit's node); the index on (version, node, seconds) feeds the sort.
    sqlRows<{ node: string; median: number | null; p90: number | null }>(
      db,
      cohort(scope)
        ? sql`with ${scopedEnrollments(scope)}
              select js.node_id as node,
                     (percentile_cont(0.5) within group (order by js.seconds_at_step))::float8 as median,
                     (percentile_cont(0.9) within group (order by js.seconds_at_step))::float8 as p90
                from journey_steps js join scoped_enrollments se on se.id = js.enrollment_id
               where js.journey_version_id = ${v} and js.seconds_at_step is not null
               group by 1`
        : sql`select node_id as node,
                     (percentile_cont(0.5) within group (order by seconds_at_step))::float8 as median,
                     (percentile_cont(0.9) within group (order by seconds_at_step))::float8 as p90
                from journey_steps
               where journey_version_id = ${v} and seconds_at_step is not null
               group by 1`,
    ),
  ]);

  const steps = new Map<string, StepResults>();
  const step = (nodeId: string) => {
    let entry = steps.get(nodeId);
    if (!entry) {
      entry = {
        nodeId,
        type: nodeTypes.get(nodeId) ?? null,
        entered: 0,
        visits: 0,
        now: 0,
        nowEnrollmentIds: [],
        ended: 0,
        ports: [],
        messages: [],
        secondsAtStep: { median: null, p90: null },
      };
      steps.set(nodeId, entry);
    }
    return entry;
  };
  for (const nodeId of nodeTypes.keys()) step(nodeId);
  for (const g of groups) {
    const entry = step(g.nodeId);
    if (g.kind === 'enter') {
      entry.entered += g.enrollments;
      entry.visits += g.visits;
    } else if (g.kind === 'end') entry.ended += g.visits;
    else if (g.port !== null) entry.ports.push({ port: g.port, count: g.visits, share: null });
  }
  for (const entry of steps.values()) {
    const exits = entry.ports.reduce((total, p) => total + p.count, 0);
    entry.ports.sort((a, b) => b.count - a.count || a.port.localeCompare(b.port));
    for (const p of entry.ports) p.share = exits === 0 ? null : p.count / exits;
  }
  for (const row of now) {
    const entry = step(row.node);
    entry.now = row.n;
    entry.nowEnrollmentIds = row.ids;
  }
  const channelOf = (entry: StepResults, channel: string) => {
    let found = entry.messages.find((m) => m.channel === channel);
    if (!found) {
      found = { channel, sent: 0, delivered: 0, read: 0, failed: 0, suppressed: {}, deferred: {} };
      entry.messages.push(found);
      entry.messages.sort((a, b) => a.channel.localeCompare(b.channel));
    }
    return found;
  };
  for (const row of messageRows) {
    const m = channelOf(step(row.node), row.channel);
    // A message's status is its latest state, so a read message was also sent and delivered.
    if (row.status === 'sent' || row.status === 'delivered' || row.status === 'read')
      m.sent += row.n;
    if (row.status === 'delivered' || row.status === 'read') m.delivered += row.n;
    if (row.status === 'read') m.read += row.n;
    if (row.status === 'failed') m.failed += row.n;
  }
  for (const row of ledgerRows) {
    const m = channelOf(step(row.node), row.channel);
    const bucket = row.outcome === 'deferred' ? m.deferred : m.suppressed;
    bucket[row.reason] = (bucket[row.reason] ?? 0) + row.n;
  }
  for (const row of durations) step(row.node).secondsAtStep = { median: row.median, p90: row.p90 };
  return [...steps.values()];
}
