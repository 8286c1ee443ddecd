// Audience evaluation: reads accounts a batch at a time, decides each with chooseLaunch, records
// the holdouts and enrolls the rest through bulkEnroll (the bulk enrollment API's own path), then
// starts their workflows once the batch is committed, while the next batch is decided.
// Evaluations run one at a time per database, so two never enroll an account in two journeys.
import { and, asc, eq, gt, inArray, isNotNull, max, notInArray, type SQL } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Database } from '../db/client';
import { bulkEnroll } from '../db/queries/enrollment-bulk';
import { liveStatuses } from '../db/queries/enrollments';
import { liveLaunches } from '../db/queries/launches';
import { accounts, borrowers, enrollments, journeyVersions, launchHoldouts } from '../db/schema';
import type { JourneyDriver } from '../journey-driver';
import { audienceFacts } from './audience-facts';
import { chooseLaunch, type AccountSituation, type LiveLaunch } from './choose-launch';

/** Which accounts to look at: all of them (daily, on launch), or those of some borrowers. */
export type AudienceScope =
  | { kind: 'all' }
  | { kind: 'borrowers'; externalIds: readonly string[] }
  | { kind: 'accounts'; ids: readonly string[] };

export interface AudienceDeps {
  db: Database;
  journeys?: Pick<JourneyDriver, 'start'>;
  now: () => Date;
}

export interface LaunchTally {
  matched: number;
  enrolled: number;
  heldOut: number;
  coolingOff: number;
}

export interface EvaluationReport {
  evaluated: number;
  enrolled: number;
  heldOut: number;
  alreadyEnrolled: number;
  coolingOff: number;
  notStarted: number;
  byJourney: Record<string, LaunchTally>;
}

const system: AuditActor = {
  keyId: null,
  name: 'audience evaluation',
  role: 'system',
  via: 'system',
};
const BATCH = 500;

export const accountFactColumns = {
  accountId: accounts.id,
  borrowerId: accounts.borrowerId,
  account: {
    externalId: accounts.externalId,
    amountDue: accounts.amountDue,
    currency: accounts.currency,
    dueDate: accounts.dueDate,
    daysPastDue: accounts.daysPastDue,
    minimumPayment: accounts.minimumPayment,
    product: accounts.product,
    timeBarred: accounts.timeBarred,
    attributes: accounts.attributes,
  },
  borrower: {
    externalId: borrowers.externalId,
    firstName: borrowers.firstName,
    lastName: borrowers.lastName,
    locale: borrowers.locale,
    timezone: borrowers.timezone,
    country: borrowers.country,
    region: borrowers.region,
    segment: borrowers.segment,
    attributes: borrowers.attributes,
  },
};

function selectAccountFacts(db: Database, where: SQL | undefined, limit: number) {
  return db
    .select(accountFactColumns)
    .from(accounts)
    .innerJoin(borrowers, eq(borrowers.id, accounts.borrowerId))
    .where(where)
    .orderBy(asc(accounts.id))
    .limit(limit);
}
export type AccountFactsRow = Awaited<ReturnType<typeof selectAccountFacts>>[number];

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Every account of the scope, a batch at a time (keyset over account ids).
 * @example for await (const batch of accountBatches(db, { kind: 'all' })) count += batch.length
 */
export async function* accountBatches(
  db: Database,
  scope: AudienceScope,
  batchSize = BATCH,
): AsyncGenerator<AccountFactsRow[]> {
  if (scope.kind !== 'all') {
    const ids = scope.kind === 'borrowers' ? scope.externalIds : scope.ids;
    const column = scope.kind === 'borrowers' ? borrowers.externalId : accounts.id;
    for (const chunk of chunks([...new Set(ids)], batchSize)) {
      // A borrower may have several accounts: page within the chunk too.
      let after: string | undefined;
      for (;;) {
        const where = and(
          inArray(column, chunk),
          after === undefined ? undefined : gt(accounts.id, after),
        );
        const batch = await selectAccountFacts(db, where, batchSize);
        if (batch.length > 0) yield batch;
        if (batch.length < batchSize) break;
        after = batch[batch.length - 1]!.accountId;
      }
    }
    return;
  }
  let after: string | undefined;
  for (;;) {
    const where = after === undefined ? undefined : gt(accounts.id, after);
    const batch = await selectAccountFacts(db, where, batchSize);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.accountId;
  }
}

/** Live enrollments and past departures of a batch of accounts, two queries for the batch. */
export async function accountSituations(
  db: Database,
  accountIds: readonly string[],
): Promise<Map<string, AccountSituation>> {
  const ids = [...accountIds];
  const live = new Map(ids.map((id) => [id, new Set<string>()]));
  const left = new Map(ids.map((id) => [id, new Map<string, Date>()]));
  const situations = new Map<string, AccountSituation>(
    ids.map((accountId) => [
      accountId,
      { accountId, liveJourneys: live.get(accountId)!, lastLeftAt: left.get(accountId)! },
    ]),
  );
  if (ids.length === 0) return situations;
  const liveRows = await db
    .selectDistinct({ accountId: enrollments.accountId, journeyId: journeyVersions.journeyId })
    .from(enrollments)
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(and(inArray(enrollments.accountId, ids), inArray(enrollments.status, liveStatuses)));
  for (const row of liveRows) live.get(row.accountId)!.add(row.journeyId);
  const leftRows = await db
    .select({
      accountId: enrollments.accountId,
      journeyId: journeyVersions.journeyId,
      at: max(enrollments.completedAt),
    })
    .from(enrollments)
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(
      and(
        inArray(enrollments.accountId, ids),
        notInArray(enrollments.status, liveStatuses),
        isNotNull(enrollments.completedAt),
      ),
    )
    .groupBy(enrollments.accountId, journeyVersions.journeyId);
  for (const row of leftRows) {
    if (row.at !== null) left.get(row.accountId)!.set(row.journeyId, new Date(row.at));
  }
  return situations;
}

const tally = (report: EvaluationReport, journeyId: string): LaunchTally =>
  (report.byJourney[journeyId] ??= { matched: 0, enrolled: 0, heldOut: 0, coolingOff: 0 });

async function evaluateBatch(
  deps: AudienceDeps,
  launches: readonly LiveLaunch[],
  batch: AccountFactsRow[],
  report: EvaluationReport,
  now: Date,
): Promise<string[]> {
  const situations = await accountSituations(
    deps.db,
    batch.map((row) => row.accountId),
  );
  const toEnroll = new Map<LiveLaunch, string[]>();
  const holdouts: Array<typeof launchHoldouts.$inferInsert> = [];
  for (const row of batch) {
    const facts = audienceFacts(row.borrower, row.account, now);
    const decision = chooseLaunch(launches, facts, situations.get(row.accountId)!, now);
    report.evaluated += 1;
    if (decision.kind === 'noMatch') continue;
    if (decision.kind === 'alreadyEnrolled') {
      report.alreadyEnrolled += 1;
      continue;
    }
    const counts = tally(report, decision.launch.journeyId);
    counts.matched += 1;
    if (decision.kind === 'coolingOff') {
      counts.coolingOff += 1;
      report.coolingOff += 1;
    } else if (decision.kind === 'holdOut') {
      holdouts.push({
        launchId: decision.launch.id,
        journeyId: decision.launch.journeyId,
        borrowerId: row.borrowerId,
        accountId: row.accountId,
        heldOutAt: now.toISOString(),
      });
    } else {
      const list = toEnroll.get(decision.launch) ?? [];
      list.push(row.accountId);
      toEnroll.set(decision.launch, list);
    }
  }
  if (holdouts.length === 0 && toEnroll.size === 0) return [];
  return deps.db.transaction(async (tx) => {
    const created: string[] = [];
    if (holdouts.length > 0) {
      const recorded = await tx
        .insert(launchHoldouts)
        .values(holdouts)
        .onConflictDoNothing()
        .returning({ journeyId: launchHoldouts.journeyId });
      for (const { journeyId } of recorded) {
        tally(report, journeyId).heldOut += 1;
        report.heldOut += 1;
      }
    }
    for (const [launch, accountIds] of toEnroll) {
      const made = await bulkEnroll(tx, {
        journeyVersionId: launch.journeyVersionId,
        accountIds,
        createdBy: `launch ${launch.journeyId}`,
        batchSize: BATCH,
      });
      tally(report, launch.journeyId).enrolled += made.created;
      report.enrolled += made.created;
      created.push(...made.createdIds);
    }
    return created;
  });
}

const running = new WeakMap<Database, Promise<unknown>>();

/**
 * Enrolls the accounts of `scope` that a live launch's rules match now (or holds them out), and
 * starts their workflows. One audit entry per journey that gained enrollments or holdouts.
 * @example const report = await evaluateAudiences({ db, journeys, now: () => new Date() }, { kind: 'all' })
 */
export async function evaluateAudiences(
  deps: AudienceDeps,
  scope: AudienceScope,
): Promise<EvaluationReport> {
  const previous = running.get(deps.db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => evaluateNow(deps, scope));
  running.set(deps.db, next);
  return next;
}

async function evaluateNow(deps: AudienceDeps, scope: AudienceScope): Promise<EvaluationReport> {
  const report: EvaluationReport = {
    evaluated: 0,
    enrolled: 0,
    heldOut: 0,
    alreadyEnrolled: 0,
    coolingOff: 0,
    notStarted: 0,
    byJourney: {},
  };
  const launches = await liveLaunches(deps.db);
  if (launches.length === 0) return report;
  const now = deps.now();
  // Pipelined: a batch's workflows start while the next batch is read, decided and written (its
  // enrollments are committed, so the next batch's situations already see them). At most one
  // batch's starts are in flight beside the deciding.
  let starting: Promise<void> = Promise.resolve();
  const start = async (journeys: Pick<JourneyDriver, 'start'>, created: string[]) => {
    const started = await journeys.start(created);
    report.notStarted += started.failed.length;
  };
  try {
    for await (const batch of accountBatches(deps.db, scope)) {
      const created = await evaluateBatch(deps, launches, batch, report, now);
      await starting;
      if (created.length > 0 && deps.journeys) {
        const pending = start(deps.journeys, created);
        // Awaited on the next turn or below: a failure surfaces there, not as unhandled.
        pending.catch(() => undefined);
        starting = pending;
      }
    }
  } finally {
    await starting;
  }
  const changed = Object.entries(report.byJourney).filter(
    ([, counts]) => counts.enrolled > 0 || counts.heldOut > 0,
  );
  if (changed.length > 0) {
    await deps.db.transaction(async (tx) => {
      for (const [journeyId, counts] of changed) {
        await recordAudit(tx, system, 'launch.enrolled', journeyId, {
          scope: scope.kind,
          enrolled: counts.enrolled,
          heldOut: counts.heldOut,
          coolingOff: counts.coolingOff,
        });
      }
    });
  }
  return report;
}
