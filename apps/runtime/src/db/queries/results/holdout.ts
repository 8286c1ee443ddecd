// The seam for holdout comparisons. Launches with a holdout (tables `launches`,
// `launch_holdouts`) are built elsewhere; whoever wires them passes the holdout's account ids
// here and gets the same money numbers the journey summary shows, so the two compare directly.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { sqlRows } from './sql-rows';

export interface HoldoutMoney {
  accounts: number;
  byCurrency: Array<{ currency: string; paid: number; payments: number; due: number }>;
  /** Share of the holdout accounts with a payment within 7, 14, 30 days of `since`. */
  within7: number | null;
  within14: number | null;
  within30: number | null;
}

/**
 * Money metrics for holdout accounts from `since` (the launch instant) to `until`: payments are
 * payment.received events naming the account (a holdout account is in no journey, so nothing
 * is "routed"; an event naming no account is not counted, as it could belong to another debt).
 * @example holdoutMoney(db, holdoutAccountIds, launch.startedAt, new Date().toISOString())
 */
export async function holdoutMoney(
  db: Database,
  holdoutAccountIds: readonly string[],
  since: string,
  until: string,
): Promise<HoldoutMoney> {
  if (holdoutAccountIds.length === 0)
    return { accounts: 0, byCurrency: [], within7: null, within14: null, within30: null };
  const ids = sql`(select unnest(${`{${holdoutAccountIds.join(',')}}`}::uuid[]))`;
  const [byCurrency, timing] = await Promise.all([
    sqlRows<{ currency: string; paid: number; payments: number; due: number }>(
      db,
      sql`with paid as (
            select coalesce(ev.data->>'currency', a.currency) as currency,
                   sum((ev.data->>'amount')::numeric) as paid, count(*) as payments
              from events ev join accounts a on a.id = ev.account_id
             where ev.account_id in ${ids} and ev.type = 'payment.received'
               and ev.occurred_at >= ${since}::timestamptz and ev.occurred_at <= ${until}::timestamptz
             group by 1),
          due as (select currency, sum(amount_due) as due from accounts where id in ${ids} group by 1)
          select coalesce(paid.currency, due.currency) as currency,
                 coalesce(paid.paid, 0)::float8 as paid, coalesce(paid.payments, 0)::int as payments,
                 coalesce(due.due, 0)::float8 as due
            from paid full join due on due.currency = paid.currency order by 1`,
    ),
    sqlRows<{ n: number; paid7: number; paid14: number; paid30: number }>(
      db,
      sql`with first_payment as (
            select a.id, min(ev.occurred_at) as at
              from accounts a left join events ev on ev.account_id = a.id
               and ev.type = 'payment.received' and ev.occurred_at >= ${since}::timestamptz
               and ev.occurred_at <= ${until}::timestamptz
             where a.id in ${ids} group by a.id)
          select count(*)::int as n,
                 count(*) filter (where at <= ${since}::timestamptz + interval '7 days')::int as paid7,
                 count(*) filter (where at <= ${since}::timestamptz + interval '14 days')::int as paid14,
                 count(*) filter (where at <= ${since}::timestamptz + interval '30 days')::int as paid30
            from first_payment`,
    ),
  ]);
  const t = timing[0]!;
  const share = (k: number) => (t.n === 0 ? null : k / t.n);
  return {
    accounts: t.n,
    byCurrency,
    within7: share(t.paid7),
    within14: share(t.paid14),
    within30: share(t.paid30),
  };
}
