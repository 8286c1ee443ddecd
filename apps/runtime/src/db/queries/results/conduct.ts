// Conduct, recomputed from the contact ledger rather than assumed: every contact the version's
// enrollments made is checked again, with the same pure policy functions the sender used,
// against the borrower's window, holidays and caps as they stand, and against holds.
import {
  decideSend,
  effectivePolicy,
  journeyPolicySchema,
  type Channel,
  type ContactPreferences,
  type EffectivePolicy,
  type LedgerEntry,
} from '@tandem/dsl';
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { toIso } from '../../instants';
import { scopedEnrollments, type ResultsScope } from './scope';
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

interface ContactRow {
  id: number;
  borrower_id: string;
  account_id: string | null;
  in_scope: boolean;
  channel: string;
  attempted_at: string;
  initiated_by: 'collector' | 'borrower';
  call_result: string | null;
  country: string;
  region: string | null;
  timezone: string;
  preferences: ContactPreferences;
  during_hold: boolean;
}

/** @example conductResults(db, { journeyVersionId }, versionDocument) */
export async function conductResults(
  db: Database,
  scope: ResultsScope,
  document: unknown,
): Promise<ConductResults> {
  const policy = journeyPolicySchema.safeParse(
    (document as { policy?: unknown } | null)?.policy ?? {},
  );
  const journeyPolicy = policy.success ? policy.data : journeyPolicySchema.parse({});
  // The scoped contacts and, for the caps, every earlier contact of the same borrowers in the
  // last 400 days (any journey): a cap counts across journeys.
  const rows = await sqlRows<ContactRow>(
    db,
    sql`with ${scopedEnrollments(scope)},
        scoped_contacts as (
          select cl.* from contact_ledger cl join scoped_enrollments se on se.id = cl.enrollment_id
           where cl.outcome = 'sent'),
        first_contact as (select borrower_id, min(attempted_at) as at from scoped_contacts group by 1)
        select cl.id::int as id, cl.borrower_id, cl.account_id,
               (cl.enrollment_id in (select id from scoped_enrollments)) as in_scope,
               cl.channel, cl.attempted_at, cl.initiated_by, cl.call_result,
               b.country, b.region, b.timezone, b.preferences,
               exists (select 1 from holds h where h.borrower_id = cl.borrower_id
                         and h.starts_at <= cl.attempted_at
                         and (h.ends_at is null or h.ends_at > cl.attempted_at)
                         and (h.ended_at is null or h.ended_at > cl.attempted_at)) as during_hold
          from contact_ledger cl
          join first_contact fc on fc.borrower_id = cl.borrower_id
          join borrowers b on b.id = cl.borrower_id
         where cl.outcome = 'sent' and cl.attempted_at >= fc.at - interval '400 days'
         order by cl.borrower_id, cl.attempted_at, cl.id`,
  );
  const result: ConductResults = {
    contacts: 0,
    outsideWindow: 0,
    capBreaches: 0,
    duringHold: 0,
    afterOptOut: 0,
  };
  // Borrowers in one place with the same wishes share a policy: build each once.
  const policies = new Map<string, EffectivePolicy>();
  let earlier: LedgerEntry[] = [];
  let borrower: string | null = null;
  for (const row of rows) {
    if (row.borrower_id !== borrower) {
      borrower = row.borrower_id;
      earlier = [];
    }
    const at = toIso(row.attempted_at);
    const channel = row.channel as Channel;
    if (row.in_scope) {
      result.contacts += 1;
      if (row.during_hold) result.duringHold += 1;
      const key = JSON.stringify([row.country, row.region, row.timezone, row.preferences]);
      let effective = policies.get(key);
      if (!effective) {
        effective = effectivePolicy({
          journeyPolicy,
          borrower: {
            country: row.country,
            timezone: row.timezone,
            ...(row.region ? { region: row.region } : {}),
          },
          preferences: row.preferences,
        });
        policies.set(key, effective);
      }
      const decision = decideSend({
        at,
        channel,
        policy: effective,
        ledger: earlier,
        ...(row.account_id ? { debtId: row.account_id } : {}),
        initiatedBy: row.initiated_by,
      });
      if (decision.status === 'suppress' && effective.optedOut.includes(channel))
        result.afterOptOut += 1;
      if (decision.status === 'defer' && decision.reason === 'cap') result.capBreaches += 1;
      if (decision.status === 'defer' && decision.reason !== 'cap') result.outsideWindow += 1;
    }
    earlier.push({
      at,
      channel,
      initiatedBy: row.initiated_by,
      ...(row.account_id ? { debtId: row.account_id } : {}),
      ...(row.call_result === 'conversation' ? { conversation: true } : {}),
    });
  }
  return result;
}
