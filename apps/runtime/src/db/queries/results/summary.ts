// The journey summary: enrollments, engagement, escalations and money for one version (and
// cohort). Each number is defined in docs/results.md next to the query below that computes it.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { routedEvents, scopedEnrollments, type ResultsScope } from './scope';
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
  const withScope = sql`with ${scopedEnrollments(scope)}, ${routedEvents}`;
  const [statuses, eventCounts, money, timing, escalations, holdsRow, selfServe] =
    await Promise.all([
      sqlRows<{ status: string; outcome: string | null; n: number }>(
        db,
        sql`with ${scopedEnrollments(scope)}
            select status, outcome, count(*)::int as n from scoped_enrollments group by 1, 2`,
      ),
      sqlRows<{ type: string; n: number }>(
        db,
        sql`${withScope}
            select type, count(*)::int as n from routed_events
             where type in ('ptp.promised', 'hardship.requested', 'contact.optedOut', 'dispute.opened')
             group by type`,
      ),
      sqlRows<{ currency: string; paid: number; payments: number; due: number }>(
        db,
        sql`${withScope},
            paid as (
              select coalesce(re.data->>'currency', a.currency) as currency,
                     sum((re.data->>'amount')::numeric) as paid, count(*) as payments
                from routed_events re
                join scoped_enrollments se on se.id = re.enrollment_id
                join accounts a on a.id = se.account_id
               where re.type = 'payment.received'
               group by 1),
            due as (
              select a.currency, sum(a.amount_due) as due
                from scoped_enrollments se join accounts a on a.id = se.account_id
               group by 1)
            select coalesce(paid.currency, due.currency) as currency,
                   coalesce(paid.paid, 0)::float8 as paid,
                   coalesce(paid.payments, 0)::int as payments,
                   coalesce(due.due, 0)::float8 as due
              from paid full join due on due.currency = paid.currency
             order by 1`,
      ),
      sqlRows<{
        matured7: number;
        paid7: number;
        matured14: number;
        paid14: number;
        matured30: number;
        paid30: number;
        payers: number;
        median_days: number | null;
      }>(
        db,
        sql`${withScope},
            first_payment as (
              select enrollment_id, min(occurred_at) as at from routed_events
               where type = 'payment.received' group by 1),
            joined as (
              select se.created_at, fp.at as paid_at,
                     extract(epoch from fp.at - se.created_at) / 86400 as days
                from scoped_enrollments se left join first_payment fp on fp.enrollment_id = se.id)
            select
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '7 days')::int as matured7,
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '7 days' and days <= 7)::int as paid7,
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '14 days')::int as matured14,
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '14 days' and days <= 14)::int as paid14,
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '30 days')::int as matured30,
              count(*) filter (where created_at <= ${nowIso}::timestamptz - interval '30 days' and days <= 30)::int as paid30,
              count(paid_at)::int as payers,
              (percentile_cont(0.5) within group (order by days))::float8 as median_days
            from joined`,
      ),
      sqlRows<{ created: number; resolved: number; overdue: number }>(
        db,
        sql`with ${scopedEnrollments(scope)}
            select count(*)::int as created,
                   count(*) filter (where t.status = 'resolved')::int as resolved,
                   count(*) filter (where t.status = 'open' and t.due_at < ${nowIso}::timestamptz)::int as overdue
              from tasks t join scoped_enrollments se on se.id = t.enrollment_id`,
      ),
      sqlRows<{ n: number }>(
        db,
        sql`with ${scopedEnrollments(scope)}
            select count(distinct h.id)::int as n
              from scoped_enrollments se join holds h on h.borrower_id = se.borrower_id
             where h.starts_at >= se.created_at
               and (se.completed_at is null or h.starts_at <= se.completed_at)`,
      ),
      sqlRows<{ resolutions: number; without_agent: number }>(
        db,
        sql`${withScope},
            paid as (select distinct enrollment_id from routed_events
                      where type in ('payment.received', 'payment.settled')),
            with_task as (select distinct enrollment_id from tasks where enrollment_id is not null),
            with_call as (
              select distinct se.id from scoped_enrollments se
                join contact_ledger cl on cl.borrower_id = se.borrower_id
               where cl.logged_by is not null and cl.attempted_at >= se.created_at
                 and cl.attempted_at <= se.completed_at)
            select count(*)::int as resolutions,
                   count(*) filter (where wt.enrollment_id is null and wc.id is null)::int as without_agent
              from scoped_enrollments se
              join paid on paid.enrollment_id = se.id
              left join with_task wt on wt.enrollment_id = se.id
              left join with_call wc on wc.id = se.id
             where se.status = 'completed'`,
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
  const events = (type: string) => eventCounts.find((row) => row.type === type)?.n ?? 0;
  const steps = fromSteps(groups, nodeTypes);
  const t = timing[0]!;
  const s = selfServe[0]!;
  const hardshipRequests = events('hardship.requested');
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
      made: events('ptp.promised'),
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
      disputes: events('dispute.opened'),
      rate: ratio(events('dispute.opened'), enrolled),
    },
    optOuts: events('contact.optedOut'),
    escalations: escalations[0]!,
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
      resolutions: s.resolutions,
      withoutAgent: s.without_agent,
      share: ratio(s.without_agent, s.resolutions),
    },
  };
}
