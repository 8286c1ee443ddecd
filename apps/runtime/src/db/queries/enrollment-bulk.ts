// Enrolling a portfolio: every account matching a borrower list and/or a filter, a batch at a time
// (keyset over account ids, one multi-row insert per batch), so a hundred thousand accounts cost
// a few hundred statements, never one giant one. The API runs it in one transaction with its
// audit entry, so a bulk request is all or nothing.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, gte, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts, borrowers, enrollments } from '../schema';
import { liveIndexTarget } from './enrollments';
import { borrowerIdsByExternalId } from './external-refs';

export interface BulkFilter {
  country?: string;
  segment?: string;
  minDaysPastDue?: number;
  product?: string;
}

export interface BulkEnrollInput {
  journeyVersionId: string;
  borrowerExternalIds?: string[];
  /** Only these accounts (audience evaluation passes the ones a launch chose, ≤ a batch). */
  accountIds?: readonly string[];
  filter?: BulkFilter;
  createdBy: string;
  batchSize?: number;
}

export interface BulkEnrollReport {
  matched: number;
  created: number;
  existing: number;
  /** The new enrollments, for whoever starts their workflows. */
  createdIds: string[];
  errors: Array<{ borrower: string; message: string }>;
}

function accountConditions(
  borrowerIds: string[] | undefined,
  accountIds: readonly string[] | undefined,
  filter: BulkFilter = {},
) {
  return and(
    borrowerIds === undefined ? undefined : inArray(accounts.borrowerId, borrowerIds),
    accountIds === undefined ? undefined : inArray(accounts.id, [...accountIds]),
    filter.country === undefined ? undefined : eq(borrowers.country, filter.country),
    filter.segment === undefined ? undefined : eq(borrowers.segment, filter.segment),
    filter.product === undefined ? undefined : eq(accounts.product, filter.product),
    filter.minDaysPastDue === undefined
      ? undefined
      : gte(accounts.daysPastDue, filter.minDaysPastDue),
  );
}

/**
 * Enrolls every matching account in a journey version; accounts already live in it count as
 * existing. Borrowers named but unknown, or with no matching account, are reported as errors.
 * @example await bulkEnroll(db, { journeyVersionId, filter: { country: 'VN', minDaysPastDue: 30 }, createdBy: 'ops' })
 */
export async function bulkEnroll(db: Database, input: BulkEnrollInput): Promise<BulkEnrollReport> {
  const report: BulkEnrollReport = {
    matched: 0,
    created: 0,
    existing: 0,
    createdIds: [],
    errors: [],
  };
  let borrowerIds: string[] | undefined;
  const named = input.borrowerExternalIds ? [...new Set(input.borrowerExternalIds)] : undefined;
  const idsByExternal = await borrowerIdsByExternalId(db, named ?? []);
  if (named) {
    for (const externalId of named) {
      if (!idsByExternal.has(externalId)) {
        report.errors.push({ borrower: externalId, message: 'no borrower with this external id' });
      }
    }
    borrowerIds = [...idsByExternal.values()];
    if (borrowerIds.length === 0) return report;
  }
  if (input.accountIds?.length === 0) return report;
  const where = accountConditions(borrowerIds, input.accountIds, input.filter);
  const batchSize = input.batchSize ?? 500;
  const enrolledBorrowers = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const batch = await db
      .select({ id: accounts.id, borrowerId: accounts.borrowerId })
      .from(accounts)
      .innerJoin(borrowers, eq(borrowers.id, accounts.borrowerId))
      .where(and(where, after === undefined ? undefined : gt(accounts.id, after)))
      .orderBy(asc(accounts.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    const inserted = await db
      .insert(enrollments)
      .values(
        batch.map((account) => {
          const id = randomUUID();
          return {
            id,
            workflowId: `enr-${id}`,
            borrowerId: account.borrowerId,
            accountId: account.id,
            journeyVersionId: input.journeyVersionId,
            createdBy: input.createdBy,
          };
        }),
      )
      .onConflictDoNothing(liveIndexTarget)
      .returning({ id: enrollments.id });
    report.matched += batch.length;
    report.created += inserted.length;
    report.existing += batch.length - inserted.length;
    report.createdIds.push(...inserted.map((row) => row.id));
    for (const account of batch) enrolledBorrowers.add(account.borrowerId);
    after = batch[batch.length - 1]!.id;
    if (batch.length < batchSize) break;
  }
  for (const [externalId, id] of idsByExternal) {
    if (!enrolledBorrowers.has(id)) {
      report.errors.push({ borrower: externalId, message: 'no account of this borrower matches' });
    }
  }
  return report;
}
