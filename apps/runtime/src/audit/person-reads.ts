// Reads of a borrower's details are audited when a person makes them (a signed-in session), not
// when a lender's system syncs with its key: the question an auditor asks is "which member of
// staff looked at this borrower", and machine reads would drown the answer.
import type { Database } from '../db/client';
import type { AuditAction } from './audit-actions';
import { recordAudit, type AuditActor } from './record-audit';

type BorrowerRead = Extract<AuditAction, `borrower.${string}Viewed` | 'borrower.viewed'>;

/**
 * Records a person's read of a borrower (by external id) before the data is sent: no entry, no
 * data. Machine callers are not recorded.
 * @example await recordPersonRead(deps.db, c.get('caller'), 'borrower.viewed', externalId)
 */
export async function recordPersonRead(
  db: Database,
  actor: AuditActor,
  action: BorrowerRead,
  borrowerExternalId: string,
): Promise<void> {
  if (actor.via !== 'session') return;
  await recordAudit(db, actor, action, borrowerExternalId);
}
