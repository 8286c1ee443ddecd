// The workflow's first activity: which version the enrollment is pinned to, the facts its
// templates and conditions read, and the holds and opt-outs already standing for the borrower.
import { enrollmentFactsSchema, parseJourneyEvent } from '@tandem/dsl';
import {
  describeOrigins,
  missingOrigins,
  nodeOriginsSchema,
  type NodeOrigin,
} from '@tandem/plugins';
import { eq } from 'drizzle-orm';
import { toIso } from '../db/instants';
import { activeHolds } from '../db/queries/holds';
import { accounts, borrowers, enrollments, journeyVersions } from '../db/schema';
import { runtimeNodeOrigins } from '../node-catalogue';
import type { ActivityDeps } from './deps';
import { invalidConfiguration, notFound } from './errors';
import { versionConfigs } from './version-configs';
import type { LoadedEnrollment } from './types';

/**
 * A version whose recorded nodes this worker's catalogue lacks (a package not listed in its
 * tandem.config.ts, another version of a node) is refused before the enrollment starts, naming
 * what is missing, rather than failing mid-journey when the walk reaches the node.
 */
function refuseMissingNodes(
  version: { journeyId: string; version: number; nodes: unknown },
  available: readonly NodeOrigin[],
): void {
  const recorded = nodeOriginsSchema.safeParse(version.nodes);
  if (!recorded.success)
    throw invalidConfiguration(
      `journey "${version.journeyId}" v${version.version}: unreadable node list`,
    );
  const missing = missingOrigins(recorded.data, available);
  if (missing.length === 0) return;
  throw invalidConfiguration(
    `journey "${version.journeyId}" v${version.version} cannot run on this worker: it lacks ` +
      `${describeOrigins(missing)} (list the package in tandem.config.ts and restart the worker)`,
  );
}

export function loadEnrollmentActivity(
  deps: ActivityDeps,
  catalogueOrigins: readonly NodeOrigin[] = runtimeNodeOrigins,
) {
  return async function loadEnrollment(enrollmentId: string): Promise<LoadedEnrollment> {
    const now = deps.now?.() ?? new Date();
    const [row] = await deps.db
      .select({
        enrollment: enrollments,
        borrower: borrowers,
        account: accounts,
        version: journeyVersions,
      })
      .from(enrollments)
      .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
      .innerJoin(accounts, eq(accounts.id, enrollments.accountId))
      .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
      .where(eq(enrollments.id, enrollmentId))
      .limit(1);
    if (!row) throw notFound(`no enrollment ${enrollmentId}`);
    const { borrower, account, version } = row;
    refuseMissingNodes(version, catalogueOrigins);
    const standing = [
      ...(await activeHolds(deps.db, [borrower.id], now)).map((hold) => ({
        id: `standing-hold-${hold.id}`,
        type: 'hold.started',
        occurredAt: toIso(hold.startsAt),
        data: { kind: hold.kind, ...(hold.endsAt ? { until: toIso(hold.endsAt) } : {}) },
      })),
      ...borrower.preferences.optedOut.map((channel) => ({
        id: `standing-optout-${channel}`,
        type: 'contact.optedOut',
        occurredAt: now.toISOString(),
        data: { channel },
      })),
    ];
    // Rows written before a hold kind or channel was renamed would not parse: skip, never crash.
    const standingEvents = standing.flatMap((raw) => {
      const parsed = parseJourneyEvent(raw);
      return parsed.ok ? [parsed.event] : [];
    });
    const facts = enrollmentFactsSchema.safeParse({
      borrower: {
        id: borrower.externalId,
        firstName: borrower.firstName,
        ...(borrower.lastName ? { lastName: borrower.lastName } : {}),
        locale: borrower.locale,
        timezone: borrower.timezone,
        country: borrower.country,
        ...(borrower.region ? { region: borrower.region } : {}),
        ...(borrower.segment ? { segment: borrower.segment } : {}),
        attributes: borrower.attributes,
      },
      account: {
        id: account.externalId,
        amountDue: account.amountDue,
        currency: account.currency,
        ...(account.dueDate ? { dueDate: account.dueDate } : {}),
        daysPastDue: account.daysPastDue,
        ...(account.minimumPayment !== null ? { minimumPayment: account.minimumPayment } : {}),
        ...(account.product ? { product: account.product } : {}),
        timeBarred: account.timeBarred,
        attributes: account.attributes,
      },
    });
    if (!facts.success) {
      // Paths and zod's messages only: the values are personal data.
      const issues = facts.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw invalidConfiguration(`the enrollment's facts do not parse: ${issues.join('; ')}`);
    }
    return {
      journeyVersionId: version.id,
      journeyId: version.journeyId,
      version: version.version,
      document: version.document,
      configs: await versionConfigs(deps.db, version),
      facts: facts.data,
      standingEvents,
    };
  };
}
