// The one place a message leaves Tandem. In one transaction, with the borrower's row locked (so
// two journeys of one borrower cannot both take the last slot of a cap; "no key update" so that
// rows referencing the borrower can still be written meanwhile), it checks the holds, the
// borrower's preferences and the contact ledger, then records the message (queued, with the
// opt-out notice appended) and its ledger entry under the command's idempotency key. After the
// commit the channel's provider delivers it (channels/deliver.ts). A retried or replayed send
// finds its own record: delivered already, it answers the same again; still queued, it delivers
// with the same idempotency key, which the gateway uses to drop a repeat.
// Round trips are few (at the 09:00 storm every enrollment sends at once, docs/benchmarks.md):
// queries that do not depend on each other go out together on the transaction's connection, and
// the delivery starts from the row just written instead of reading it back.
import {
  decideSend,
  effectivePolicy,
  journeyPolicySchema,
  lenderFacts,
  optOutNotice,
  packsForJurisdiction,
  renderTemplate,
  withOptOutNotice,
  type Channel,
  type ContactPreferences,
  type JourneyPolicy,
  type SendCommand,
  type SendReport,
} from '@tandem/dsl';
import { eq } from 'drizzle-orm';
import { deliverMessage, type StoredMessage } from '../channels/deliver';
import type { Database } from '../db/client';
import { activeHolds } from '../db/queries/holds';
import { readLenderSettings } from '../lender/lender-settings';
import type { LenderSettings } from '../lender/lender-settings-schema';
import { recentContacts } from '../db/queries/contact-ledger';
import { borrowers, contactLedger, enrollments, journeyVersions, messages } from '../db/schema';
import type { ActivityDeps } from './deps';
import { invalidConfiguration, notFound } from './errors';
import type { SendMessageInput } from './types';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A message recorded and not yet delivered; `stored` when this attempt has just written it. */
type Queued = { queued: string; stored?: StoredMessage };

/** A hold with no end is looked at again after this long (the hold.ended event comes sooner). */
const HOLD_RECHECK_MS = 24 * 60 * 60 * 1000;

export function sendMessageActivity(deps: ActivityDeps) {
  const policies = new Map<string, JourneyPolicy>();

  return async function sendMessage(input: SendMessageInput): Promise<SendReport> {
    const { command, enrollmentId } = input;
    const now = deps.now?.() ?? new Date();
    const decided = await deps.db.transaction(async (tx): Promise<SendReport | Queued> => {
      const [earlier, [found]] = await Promise.all([
        previousOutcome(tx, command.idempotencyKey),
        tx
          .select({ accountId: enrollments.accountId, borrower: borrowers })
          .from(enrollments)
          .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
          .where(eq(enrollments.id, enrollmentId))
          .for('no key update', { of: borrowers }),
      ]);
      if (earlier) return earlier;
      if (!found) throw notFound(`no enrollment ${enrollmentId}`);
      const { borrower } = found;
      const enrollment = { borrowerId: borrower.id, accountId: found.accountId };
      const ledger = (
        channel: Channel,
        outcome: 'sent' | 'deferred' | 'suppressed' | 'failed',
        reason: string | null,
        initiatedBy = command.initiatedBy,
      ) =>
        tx.insert(contactLedger).values({
          borrowerId: borrower.id,
          accountId: enrollment.accountId,
          enrollmentId,
          channel,
          attemptedAt: now.toISOString(),
          outcome,
          initiatedBy,
          idempotencyKey: command.idempotencyKey,
          reason,
        });

      // The lender's settings are only needed to render, but cost nothing extra read alongside.
      const [holds, journeyPolicy, lenderSettings] = await Promise.all([
        activeHolds(tx, [borrower.id], now),
        policyOf(tx, policies, input.journeyVersionId),
        readLenderSettings(tx),
      ]);
      if (holds.length > 0) {
        const ends = holds.map((h) => (h.endsAt ? Date.parse(h.endsAt) : Number.POSITIVE_INFINITY));
        const until = Math.min(Math.min(...ends), now.getTime() + HOLD_RECHECK_MS);
        const detail = holds.map((h) => h.kind).join(', ');
        await ledger(command.channel, 'deferred', `hold: ${detail}`);
        return {
          status: 'deferred',
          until: new Date(until).toISOString(),
          reason: 'hold',
          detail,
        };
      }

      // Written through the borrowers API, which validates channels and weekdays.
      const preferences = borrower.preferences as ContactPreferences;
      const policy = effectivePolicy({
        journeyPolicy,
        borrower: {
          country: borrower.country,
          timezone: borrower.timezone,
          ...(borrower.region ? { region: borrower.region } : {}),
        },
        preferences,
      });
      const decision = decideSend({
        at: now.toISOString(),
        channel: command.channel,
        ...(command.fallbackChannel ? { fallbackChannel: command.fallbackChannel } : {}),
        policy,
        ledger: await recentContacts(
          tx,
          borrower.id,
          policy.caps.map((c) => c.per),
          now,
        ),
        debtId: enrollment.accountId,
        initiatedBy: command.initiatedBy,
      });
      if (decision.status === 'defer') {
        await ledger(decision.channel, 'deferred', `${decision.reason}: ${decision.detail}`);
        return {
          status: 'deferred',
          until: decision.until,
          reason: decision.reason,
          detail: decision.detail,
        };
      }
      if (decision.status === 'suppress') {
        await ledger(command.channel, 'suppressed', decision.reason);
        return { status: 'suppressed', reason: decision.reason };
      }
      const channel = decision.channel;
      const address = borrower.channels[channel];
      if (!address?.address || !address.consent) {
        const reason = address
          ? `no consent to contact by ${channel}`
          : `no ${channel} address on file`;
        await ledger(channel, 'suppressed', reason);
        return { status: 'suppressed', reason };
      }

      const links = deps.links(enrollmentId, borrower.id);
      const lender = lenderSettings?.settings ?? null;
      const rendered = render(command, links, lender);
      if (!rendered.ok) {
        await ledger(channel, 'failed', rendered.reason);
        return { status: 'failed', reason: rendered.reason };
      }
      const notice =
        deps.optOutNotices === false
          ? null
          : optOutNotice({
              channel,
              locale: command.locale,
              packs: packsForJurisdiction(journeyPolicy.jurisdiction, {
                country: borrower.country,
                ...(borrower.region ? { region: borrower.region } : {}),
              }),
              preferencesUrl: `${links.portal}/preferences`,
            });
      // Counted when decided, so a concurrent send sees the slot taken; a refusal un-counts it.
      const [[stored]] = await Promise.all([
        tx
          .insert(messages)
          .values({
            idempotencyKey: command.idempotencyKey,
            enrollmentId,
            borrowerId: borrower.id,
            nodeId: command.nodeId,
            intent: command.intent,
            channel,
            locale: command.locale,
            subject: rendered.subject,
            body: withOptOutNotice(rendered.body, notice),
            status: 'queued',
            createdAt: now.toISOString(),
          })
          .returning(),
        ledger(channel, 'sent', null),
      ]);
      return { queued: stored!.id, stored: { message: stored!, channels: borrower.channels } };
    });
    if (!('queued' in decided)) return decided;
    const delivered = await deliverMessage(
      deps.db,
      deps.channels ?? {},
      decided.queued,
      () => deps.now?.() ?? new Date(),
      decided.stored,
    );
    return delivered.status === 'sent'
      ? { status: 'sent', channel: delivered.channel }
      : { status: 'failed', reason: delivered.reason };
  };
}

/** What an earlier attempt of the same command decided, if it got as far as a message. */
async function previousOutcome(
  tx: Tx,
  idempotencyKey: string,
): Promise<SendReport | Queued | null> {
  const [message] = await tx
    .select({
      id: messages.id,
      channel: messages.channel,
      status: messages.status,
      failure: messages.failure,
    })
    .from(messages)
    .where(eq(messages.idempotencyKey, idempotencyKey))
    .limit(1);
  if (!message) return null;
  if (message.status === 'queued') return { queued: message.id };
  if (message.status === 'failed')
    return { status: 'failed', reason: message.failure ?? 'delivery failed' };
  return { status: 'sent', channel: message.channel as Channel };
}

async function policyOf(
  tx: Tx,
  cache: Map<string, JourneyPolicy>,
  journeyVersionId: string,
): Promise<JourneyPolicy> {
  const cached = cache.get(journeyVersionId);
  if (cached) return cached;
  const [version] = await tx
    .select({ document: journeyVersions.document })
    .from(journeyVersions)
    .where(eq(journeyVersions.id, journeyVersionId))
    .limit(1);
  if (!version) throw notFound(`no journey version ${journeyVersionId}`);
  const document = version.document as { policy?: unknown } | null;
  const parsed = journeyPolicySchema.safeParse(document?.policy ?? {});
  if (!parsed.success) {
    throw invalidConfiguration(
      `journey version ${journeyVersionId}: policy: ${parsed.error.message}`,
    );
  }
  cache.set(journeyVersionId, parsed.data);
  return parsed.data;
}

function render(
  command: SendCommand,
  links: ReturnType<ActivityDeps['links']>,
  lender: LenderSettings | null,
): { ok: true; body: string; subject: string | null } | { ok: false; reason: string } {
  // Without settings a Reg F statement would name nobody: such a message is not sent.
  if (!lender && `${command.template}${command.subject ?? ''}`.includes('lender.'))
    return {
      ok: false,
      reason: `node ${command.nodeId}: the message names the lender, whose settings are not set (PUT /v1/settings/lender)`,
    };
  const facts = {
    ...command.facts,
    links,
    ...(lender ? { lender: lenderFacts(lender, command.locale) } : {}),
  };
  const body = renderTemplate({ template: command.template, locale: command.locale, facts });
  if (!body.ok)
    return { ok: false, reason: `node ${command.nodeId}: message: ${body.error.message}` };
  if (command.subject === undefined) return { ok: true, body: body.text, subject: null };
  const subject = renderTemplate({ template: command.subject, locale: command.locale, facts });
  if (!subject.ok)
    return { ok: false, reason: `node ${command.nodeId}: subject: ${subject.error.message}` };
  return { ok: true, body: body.text, subject: subject.text };
}
