// The journey summary: enrollments, engagement, escalations and money for one version (and
// cohort). Each number is defined in docs/results.md next to the query below that computes it.
// They read enrollment_facts and routed_payments (one narrow row per enrollment or payment, kept
// by migration 0017's triggers as events, tasks and calls arrive), not the events themselves.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { cohortOf, scopedEnrollments, scopedFacts, type ResultsScope } from './scope';
import { sqlRows } from './sql-rows';
import type { StepGroup } from './step-groups';

export interface MoneyByCurrency {
  currency: string;
  /** Sum of payment.received amounts routed to the enrollments while they were live. */
  paid: number;
  payments: number;
  /** Sum of the enrolled accounts' amount due (this currency). */
  due: number;
  /** paid ÷ due; null when nothing was due. */
  recoveryRate: number | null;
}

export interface PaymentTiming {
  /** Share of enrollments at least N days old that paid within N days of enrolling. */
  within7: number | null;
  within14: number | null;
  within30: number | null;
  /** Median days from enrolling to the first routed payment, over enrollments that paid. */
  medianDaysToFirstPayment: number | null;
  payers: number;
}

export interface JourneySummary {
  enrollments: {
    enrolled: number;
    active: number;
    completed: number;
    completedByOutcome: Record<string, number>;
    cancelled: number;
    failed: number;
  };
  promises: { made: number; kept: number; broken: number; keptRate: number | null };
  plans: { offered: number; accepted: number };
  lessonsWatched: number;
  hardship: { requests: number; holds: number; rate: number | null };
  complaints: { disputes: number; rate: number | null };
  optOuts: number;
  escalations: { created: number; resolved: number; overdue: number };
  money: { byCurrency: MoneyByCurrency[]; timing: PaymentTiming };
  selfServe: { resolutions: number; withoutAgent: number; share: number | null };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Node-based numbers from the grouped steps: the node types say what an exit port means. */
function fromSteps(groups: StepGroup[], types: Map<string, string>) {
  const sum = (type: string, kind: 'enter' | 'exit', port?: string) =>
    groups
      .filter(
        (g) =>
          types.get(g.nodeId) === type &&
          g.kind === kind &&
          (port === undefined || g.port === port),
      )
      .reduce((total, g) => total + g.visits, 0);
  return {
    kept: sum('promiseToPay', 'exit', 'kept'),
    broken: sum('promiseToPay', 'exit', 'broken'),
    plansOffered: sum('offerPlan', 'enter'),
    plansAccepted: sum('offerPlan', 'exit', 'accepted'),
    lessonsWatched: sum('educationLesson', 'exit', 'watched'),
  };
}

/**
 * The summary of one version; `groups` are its step groups (stepGroups) for the same scope.
 * @example journeySummary(db, { journeyVersionId }, await stepGroups(db, scope), nodeTypes, now)
 */
export async function journeySummary(
  db: Database,
  scope: ResultsScope,
  groups: StepGroup[],
  nodeTypes: Map<string, string>,
  now: Date,
): Promise<JourneySummary> {
  const nowIso = now.toISOString();
  const withFacts = sql`with ${scopedFacts(scope)}`;
  // The cutoffs are computed once (a one-row CTE), not per enrollment.
  const matured = (days: 7 | 14 | 30) => sql`created_at <= ${sql.raw(`cutoff.d${days}`)}`;
  const [statuses, totals, money, holdsRow] = await Promise.all([
    sqlRows<{ status: string; outcome: string | null; n: number }>(
      db,
      sql`${withFacts} select status, outcome, count(*)::int as n from scoped_facts group by 1, 2`,
    ),
    sqlRows<{
      promises_made: number;
      hardship_requests: number;
      opt_outs: number;
      disputes: number;
      tasks: number;
      tasks_resolved: number;
      tasks_overdue: number;
      matured7: number;
      paid7: number;
      matured14: number;
      paid14: number;
      matured30: number;
      paid30: number;
      payers: number;
      median_days: number | null;
      resolutions: number;
      without_agent: number;
    }>(
      db,
      sql`${withFacts},
          overdue as (select enrollment_id, count(*) as n from tasks
                       where status = 'open' and due_at < ${nowIso}::timestamptz group by 1),
          cutoff as (select ${nowIso}::timestamptz - interval '7 days' as d7,
                            ${nowIso}::timestamptz - interval '14 days' as d14,
                            ${nowIso}::timestamptz - interval '30 days' as d30),
          timed as (select f.*, extract(epoch from f.first_payment_at - f.created_at) / 86400 as days,
                           overdue.n as overdue
                      from scoped_facts f left join overdue on overdue.enrollment_id = f.enrollment_id)
          select coalesce(sum(promises_made), 0)::int as promises_made,
                 coalesce(sum(hardship_requests), 0)::int as hardship_requests,
                 coalesce(sum(opt_outs), 0)::int as opt_outs,
                 coalesce(sum(disputes), 0)::int as disputes,
                 coalesce(sum(tasks), 0)::int as tasks,
                 coalesce(sum(tasks_resolved), 0)::int as tasks_resolved,
                 coalesce(sum(overdue), 0)::int as tasks_overdue,
                 count(*) filter (where ${matured(7)})::int as matured7,
                 count(*) filter (where ${matured(7)} and days <= 7)::int as paid7,
                 count(*) filter (where ${matured(14)})::int as matured14,
                 count(*) filter (where ${matured(14)} and days <= 14)::int as paid14,
                 count(*) filter (where ${matured(30)})::int as matured30,
                 count(*) filter (where ${matured(30)} and days <= 30)::int as paid30,
                 count(first_payment_at)::int as payers,
                 (percentile_cont(0.5) within group (order by days))::float8 as median_days,
                 count(*) filter (where status = 'completed' and paid)::int as resolutions,
                 count(*) filter (where status = 'completed' and paid and tasks = 0
                                    and not agent_call)::int as without_agent
            from timed cross join cutoff`,
    ),
    sqlRows<{ currency: string; paid: number; payments: number; due: number }>(
      db,
      sql`${withFacts},
          paid as (
            select currency, sum(amount) as paid, count(*) as payments from routed_payments
             where journey_version_id = ${scope.journeyVersionId} ${cohortOf(sql`enrolled_at`, scope)}
             group by 1),
          due as (select currency, sum(amount_due) as due from scoped_facts group by 1)
          select coalesce(paid.currency, due.currency) as currency,
                 coalesce(paid.paid, 0)::float8 as paid,
                 coalesce(paid.payments, 0)::int as payments,
                 coalesce(due.due, 0)::float8 as due
            from paid full join due on due.currency = paid.currency
           order by 1`,
    ),
    sqlRows<{ n: number }>(
      db,
      sql`with ${scopedEnrollments(scope)}
          select count(distinct h.id)::int as n
            from scoped_enrollments se join holds h on h.borrower_id = se.borrower_id
           where h.starts_at >= se.created_at
             and (se.completed_at is null or h.starts_at <= se.completed_at)`,
    ),
  ]);

  const byStatus: Record<string, number> = {};
  const completedByOutcome: Record<string, number> = {};
  for (const row of statuses) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n;
    if (row.status === 'completed' && row.outcome !== null)
      completedByOutcome[row.outcome] = (completedByOutcome[row.outcome] ?? 0) + row.n;
  }
  const enrolled = statuses.reduce((total, row) => total + row.n, 0);
  const steps = fromSteps(groups, nodeTypes);
  const t = totals[0]!;
  const hardshipRequests = t.hardship_requests;
  return {
    enrollments: {
      enrolled,
      active: (byStatus.pending ?? 0) + (byStatus.running ?? 0),
      completed: byStatus.completed ?? 0,
      completedByOutcome,
      cancelled: byStatus.cancelled ?? 0,
      failed: byStatus.failed ?? 0,
    },
    promises: {
      made: t.promises_made,
      kept: steps.kept,
      broken: steps.broken,
      keptRate: ratio(steps.kept, steps.kept + steps.broken),
    },
    plans: { offered: steps.plansOffered, accepted: steps.plansAccepted },
    lessonsWatched: steps.lessonsWatched,
    hardship: {
      requests: hardshipRequests,
      holds: holdsRow[0]?.n ?? 0,
      rate: ratio(hardshipRequests, enrolled),
    },
    complaints: {
      disputes: t.disputes,
      rate: ratio(t.disputes, enrolled),
    },
    optOuts: t.opt_outs,
    escalations: { created: t.tasks, resolved: t.tasks_resolved, overdue: t.tasks_overdue },
    money: {
      byCurrency: money.map((row) => ({ ...row, recoveryRate: ratio(row.paid, row.due) })),
      timing: {
        within7: ratio(t.paid7, t.matured7),
        within14: ratio(t.paid14, t.matured14),
        within30: ratio(t.paid30, t.matured30),
        medianDaysToFirstPayment: t.median_days,
        payers: t.payers,
      },
    },
    selfServe: {
      resolutions: t.resolutions,
      withoutAgent: t.without_agent,
      share: ratio(t.without_agent, t.resolutions),
    },
  };
}
