import type postgres from 'postgres';

export interface SeededArm {
  journeyId: string;
  /** The split node's id. */
  nodeId: string;
  arm: string;
  /** Enrollments that took the arm 45 days ago (past the default 30-day window). */
  count: number;
  /** How many of those paid on their own account two days after taking the arm. */
  paid: number;
  /** More that took it two days ago: they set the recent enrollment rate, not the rate. */
  recent: number;
}

/**
 * Enrollments of version 1 that took `arm` of a split, with their payments, written as the
 * runtime and the lender's payment feed write them (borrower, account, enrollment, the split's
 * enter and exit steps, `payment.received` events). The experiment page reads exactly these.
 */
export async function seedSplitArm(sql: postgres.Sql, seed: SeededArm): Promise<void> {
  const { journeyId, nodeId, arm, count, paid, recent } = seed;
  await sql`
    with version as (select id from journey_versions where journey_id = ${journeyId} and version = 1),
    rows as (
      select gen_random_uuid() as borrower_id, gen_random_uuid() as account_id,
             gen_random_uuid() as enrollment_id, i,
             case when i <= ${count} then now() - interval '45 days'
                  else now() - interval '2 days' end as took_at
      from generate_series(1, ${count + recent}) as i
    ),
    b as (insert into borrowers (id, external_id, first_name, locale, timezone, country)
          select borrower_id, 'exp-' || borrower_id, 'Lan', 'en', 'UTC', 'GB' from rows returning id),
    a as (insert into accounts (id, external_id, borrower_id, amount_due, currency)
          select account_id, 'acc-' || account_id, borrower_id, 100, 'GBP' from rows
          where exists (select 1 from b where b.id = rows.borrower_id) returning id),
    e as (insert into enrollments (id, borrower_id, account_id, journey_version_id, workflow_id, status, created_by, created_at)
          select enrollment_id, borrower_id, account_id, (select id from version), 'enr-' || enrollment_id, 'running', 'seed', took_at
          from rows where exists (select 1 from a where a.id = rows.account_id) returning id),
    s as (insert into journey_steps (enrollment_id, journey_version_id, ordinal, node_id, kind, port, at)
          select enrollment_id, (select id from version), o, ${nodeId}, k, p, took_at
          from rows cross join (values (0, 'enter', null), (1, 'exit', ${arm})) as step(o, k, p)
          where exists (select 1 from e where e.id = rows.enrollment_id) returning 1)
    insert into events (source_id, type, borrower_id, account_id, occurred_at, data)
    select 'pay-' || enrollment_id, 'payment.received', borrower_id, account_id, took_at + interval '2 days', '{"amount": 50}'::jsonb
    from rows where i <= ${paid} and (select count(*) from s) > 0`;
}
