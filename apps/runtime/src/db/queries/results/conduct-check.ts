// The conduct check: each contact a version's enrollments made that waits in the queue
// (contact_conduct_pending, filled by a trigger as contacts are written) is replayed, with the same pure policy functions the sender used, against the borrower's window,
// holidays and caps as they stand, and against holds; the verdicts are stored (contact_conduct)
// and the contact leaves the queue, so a request replays only contacts made since the last one.
import {
  decideSend,
  effectivePolicy,
  journeyPolicySchema,
  type Channel,
  type ContactPreferences,
  type EffectivePolicy,
  type LedgerEntry,
} from '@tandem/dsl';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { contactConduct, contactConductPending } from '../../schema';
import { toIso } from '../../instants';
import { sqlRows } from './sql-rows';

interface ContactRow {
  id: number;
  borrower_id: string;
  account_id: string | null;
  /** The enrollment's UTC creation day when the contact is one to check; null otherwise. */
  cohort_day: string | null;
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

type Verdict = typeof contactConduct.$inferInsert;

/** Verdicts written per statement (seven parameters each). */
const insertBatch = 2_000;

/**
 * Checks the version's contacts that have no verdict yet and stores their verdicts; returns how
 * many it checked. Two requests checking at once store each verdict once.
 * @example await checkNewContacts(db, journeyVersionId, versionDocument)
 */
export async function checkNewContacts(
  db: Database,
  journeyVersionId: string,
  document: unknown,
): Promise<number> {
  // Usually nothing waits: one index probe answers that without planning the replay's query.
  const [waiting] = await sqlRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from contact_conduct_pending
          where journey_version_id = ${journeyVersionId} limit 1) p`,
  );
  if (!waiting || waiting.n === 0) return 0;
  const policy = journeyPolicySchema.safeParse(
    (document as { policy?: unknown } | null)?.policy ?? {},
  );
  const journeyPolicy = policy.success ? policy.data : journeyPolicySchema.parse({});
  // The unchecked contacts and, for the caps, every earlier contact of the same borrowers in the
  // last 400 days (any journey): a cap counts across journeys.
  const rows = await sqlRows<ContactRow>(
    db,
    sql`with unchecked as (
          select cl.id, cl.borrower_id, cl.attempted_at,
                 to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD') as cohort_day
            from contact_conduct_pending p
            join contact_ledger cl on cl.id = p.ledger_id
            join enrollments e on e.id = cl.enrollment_id
           where p.journey_version_id = ${journeyVersionId} and cl.outcome = 'sent'),
        first_contact as (select borrower_id, min(attempted_at) as at from unchecked group by 1)
        select cl.id::int as id, cl.borrower_id, cl.account_id, u.cohort_day,
               cl.channel, cl.attempted_at, cl.initiated_by, cl.call_result,
               b.country, b.region, b.timezone, b.preferences,
               exists (select 1 from holds h where h.borrower_id = cl.borrower_id
                         and h.starts_at <= cl.attempted_at
                         and (h.ends_at is null or h.ends_at > cl.attempted_at)
                         and (h.ended_at is null or h.ended_at > cl.attempted_at)) as during_hold
          from contact_ledger cl
          join first_contact fc on fc.borrower_id = cl.borrower_id
          join borrowers b on b.id = cl.borrower_id
          left join unchecked u on u.id = cl.id
         where cl.outcome = 'sent' and cl.attempted_at >= fc.at - interval '400 days'
         order by cl.borrower_id, cl.attempted_at, cl.id`,
  );
  const verdicts: Verdict[] = [];
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
    if (row.cohort_day !== null) {
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
      verdicts.push({
        ledgerId: row.id,
        journeyVersionId,
        cohortDay: row.cohort_day,
        outsideWindow: decision.status === 'defer' && decision.reason !== 'cap',
        capBreach: decision.status === 'defer' && decision.reason === 'cap',
        duringHold: row.during_hold,
        afterOptOut: decision.status === 'suppress' && effective.optedOut.includes(channel),
      });
    }
    earlier.push({
      at,
      channel,
      initiatedBy: row.initiated_by,
      ...(row.account_id ? { debtId: row.account_id } : {}),
      ...(row.call_result === 'conversation' ? { conversation: true } : {}),
    });
  }
  // Each batch's verdicts and its leaving the queue commit together.
  for (let i = 0; i < verdicts.length; i += insertBatch) {
    const batch = verdicts.slice(i, i + insertBatch);
    await db.transaction(async (tx) => {
      await tx
        .insert(contactConduct)
        .values(batch)
        .onConflictDoNothing({ target: contactConduct.ledgerId });
      await tx.delete(contactConductPending).where(
        inArray(
          contactConductPending.ledgerId,
          batch.map((verdict) => verdict.ledgerId),
        ),
      );
    });
  }
  return verdicts.length;
}
