// Reading the audit trail, newest first, a page at a time. Nothing here writes: entries are added
// only by recordAudit (src/audit/) and the database refuses to change or delete them.
import type { JsonValue } from '@tandem/dsl';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { auditEvents } from '../schema';
import { toIso } from '../instants';
import { olderThan, pageOf, type KeysetPosition } from './keyset-cursor';

export interface AuditEventView {
  id: string;
  at: string;
  actor: { keyId: string | null; name: string; role: string; via: Row['via'] };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, JsonValue>;
  requestId: string | null;
}

export interface AuditFilters {
  actorKeyId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive. */
  from?: string;
  /** Exclusive. */
  to?: string;
}

type Row = typeof auditEvents.$inferSelect;

const toView = (row: Row): AuditEventView => ({
  id: row.id,
  at: toIso(row.at),
  actor: { keyId: row.actorKeyId, name: row.actorName, role: row.actorRole, via: row.via },
  action: row.action,
  target: { type: row.targetType, id: row.targetId },
  details: row.details,
  requestId: row.requestId,
});

function conditions(filters: AuditFilters): SQL | undefined {
  return and(
    filters.actorKeyId === undefined ? undefined : eq(auditEvents.actorKeyId, filters.actorKeyId),
    filters.action === undefined ? undefined : eq(auditEvents.action, filters.action),
    filters.targetType === undefined ? undefined : eq(auditEvents.targetType, filters.targetType),
    filters.targetId === undefined ? undefined : eq(auditEvents.targetId, filters.targetId),
    filters.from === undefined ? undefined : gte(auditEvents.at, filters.from),
    filters.to === undefined ? undefined : lt(auditEvents.at, filters.to),
  );
}

/**
 * Entries matching every filter, newest first.
 * @example const { page, nextCursor } = await listAuditEvents(db, { targetType: 'borrower', targetId: 'B-1' }, { limit: 50 })
 */
export async function listAuditEvents(
  db: Database,
  filters: AuditFilters,
  paging: { limit: number; after?: KeysetPosition },
): Promise<{ page: AuditEventView[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        conditions(filters),
        paging.after ? olderThan(auditEvents.at, auditEvents.id, paging.after) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(paging.limit + 1);
  const { page, nextCursor } = pageOf(
    rows.map((row) => ({ row, createdAt: row.at, id: row.id })),
    paging.limit,
  );
  return { page: page.map(({ row }) => toView(row)), nextCursor };
}
