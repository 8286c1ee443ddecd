// The database half of an import: refuse rows that would move another borrower's account, count
// what would be created or updated, then write — or not, by mode and dry run — in one transaction.
import type { Database } from '../db/client';
import { writeBorrowers, WRITE_BATCH_SIZE } from '../db/queries/borrower-writes';
import { findAccountOwners, findBorrowerIds } from '../db/queries/borrowers';
import {
  invalidRows,
  sortErrors,
  type ImportError,
  type ImportMode,
  type ImportReport,
} from './import-report';
import { mergeRows, type RowRecord } from './merge-rows';
import type { ImportPlan } from './plan-import';

export interface ImportOptions {
  mode: ImportMode;
  dryRun: boolean;
  batchSize?: number;
}

/** `accepted` is false when the import was refused as a whole (then nothing was written). */
export interface ImportOutcome {
  accepted: boolean;
  report: ImportReport;
}

function ownershipErrors(
  owners: ReadonlyMap<string, string>,
  entries: readonly RowRecord[],
  fieldName: ImportPlan['fieldName'],
): ImportError[] {
  const errors: ImportError[] = [];
  for (const { row, record } of entries) {
    record.accounts?.forEach((account, index) => {
      const owner = owners.get(account.externalId);
      if (owner === undefined || owner === record.externalId) return;
      errors.push({
        row,
        field: fieldName(['accounts', index, 'externalId']),
        message: `account "${account.externalId}" belongs to borrower "${owner}"`,
        value: account.externalId,
      });
    });
  }
  return errors;
}

/**
 * Carries out a planned import. allOrNothing: any bad row refuses the whole upload.
 * validRowsOnly: the good rows are written (refused only if there are none). A dry run reports
 * the same but never writes.
 * @example const { accepted, report } = await runImport(db, planImport(source), { mode: 'allOrNothing', dryRun: false })
 */
export async function runImport(
  db: Database,
  plan: ImportPlan,
  options: ImportOptions,
): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const owners = await findAccountOwners(
      tx,
      plan.entries.flatMap(({ record }) => (record.accounts ?? []).map((a) => a.externalId)),
    );
    const ownership = ownershipErrors(owners, plan.entries, plan.fieldName);
    const errors = sortErrors([...plan.errors, ...ownership]);
    const bad = invalidRows(errors);
    const entries = plan.entries.filter((entry) => !bad.has(entry.row));
    const report: ImportReport = {
      mode: options.mode,
      dryRun: options.dryRun,
      written: false,
      rows: plan.rows,
      valid: plan.rows - bad.size,
      invalid: bad.size,
      created: 0,
      updated: 0,
      accountsCreated: 0,
      accountsUpdated: 0,
      errors,
    };
    const refused = options.mode === 'allOrNothing' ? bad.size > 0 : entries.length === 0;
    if (refused) return { accepted: false, report };

    const records = mergeRows(entries);
    const existing = await findBorrowerIds(
      tx,
      records.map((record) => record.externalId),
    );
    const accountIds = records.flatMap((record) =>
      (record.accounts ?? []).map((a) => a.externalId),
    );
    const accountsUpdated = accountIds.filter((id) => owners.has(id)).length;
    report.updated = existing.size;
    report.created = records.length - existing.size;
    report.accountsUpdated = accountsUpdated;
    report.accountsCreated = accountIds.length - accountsUpdated;
    if (!options.dryRun) {
      await writeBorrowers(tx, records, options.batchSize ?? WRITE_BATCH_SIZE);
      report.written = true;
    }
    return { accepted: true, report };
  });
}
