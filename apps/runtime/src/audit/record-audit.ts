// The one way anything writes to the audit trail. Call it with the transaction that does the
// action, so an action never happens without its entry (and an entry never outlives a rolled-back
// action). For reads, call it before answering: no entry, no data.
import type { JsonValue } from '@tandem/dsl';
import type { Database } from '../db/client';
import { auditEvents, type auditVias } from '../db/schema';
import { auditActions, type AuditAction } from './audit-actions';

/** Who acted: a caller from the API (`c.get('caller')`), the CLI, or the system itself. */
export interface AuditActor {
  keyId: string | null;
  name: string;
  role: string;
  via: (typeof auditVias)[number];
  requestId?: string;
}

export type AuditDetails = Record<string, JsonValue | undefined>;

/** Drops undefined values so the stored JSON holds only what was said. */
const defined = (details: AuditDetails) =>
  Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)) as Record<
    string,
    JsonValue
  >;

/**
 * Appends one entry. `targetId` is the target's id (a borrower's external id, never a name).
 * @example await db.transaction(async (tx) => { await cancel(tx, id); await recordAudit(tx, c.get('caller'), 'enrollment.cancelled', id) })
 */
export async function recordAudit(
  tx: Database,
  actor: AuditActor,
  action: AuditAction,
  targetId: string | null,
  details: AuditDetails = {},
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorKeyId: actor.keyId,
    actorName: actor.name,
    actorRole: actor.role,
    via: actor.via,
    action,
    targetType: auditActions[action].target,
    targetId,
    details: defined(details),
    requestId: actor.requestId ?? null,
  });
}
