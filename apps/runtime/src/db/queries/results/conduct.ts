// Conduct, recomputed from the contact ledger rather than assumed: contacts not checked yet are
// checked now (conduct-check.ts), then the verdicts' counts (contact_conduct_counts, kept by a
// trigger per version and day) of the version (and cohort) are summed. Each number must read
// 0; docs/results.md defines them.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { checkNewContacts } from './conduct-check';
import type { ResultsScope } from './scope';
import { sqlRows } from './sql-rows';

export interface ConductResults {
  /** Contacts made ("sent" in the ledger) by the version's enrollments. */
  contacts: number;
  /** Of those, made at a local time or on a holiday the borrower's policy forbids. */
  outsideWindow: number;
  /** Of those, made when a cap was already reached by earlier contacts. */
  capBreaches: number;
  /** Of those, made while a hold on the borrower was active. */
  duringHold: number;
  /** Of those, made on a channel the borrower had opted out of. */
  afterOptOut: number;
}

/** @example conductResults(db, { journeyVersionId }, versionDocument) */
export async function conductResults(
  db: Database,
  scope: ResultsScope,
  document: unknown,
): Promise<ConductResults> {
  await checkNewContacts(db, scope.journeyVersionId, document);
  // The cohort is a range of the enrollments' UTC creation days, as in scopedEnrollments.
  const [row] = await sqlRows<ConductResults>(
    db,
    sql`select coalesce(sum(contacts), 0)::int as contacts,
               coalesce(sum(outside_window), 0)::int as "outsideWindow",
               coalesce(sum(cap_breaches), 0)::int as "capBreaches",
               coalesce(sum(during_hold), 0)::int as "duringHold",
               coalesce(sum(after_opt_out), 0)::int as "afterOptOut"
          from contact_conduct_counts
         where journey_version_id = ${scope.journeyVersionId}
           ${scope.from ? sql`and cohort_day >= ${scope.from}::date` : sql``}
           ${scope.to ? sql`and cohort_day <= ${scope.to}::date` : sql``}`,
  );
  return row!;
}
