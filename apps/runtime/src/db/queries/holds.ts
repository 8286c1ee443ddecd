// Holds stop every message to a borrower while active. Active means: not ended by hand, and its
// end (if it has one) still ahead of "now" — the caller's clock, so tests can move time.
import { and, asc, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../client';
import { holds } from '../schema';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event';
import { toIso } from '../instants';

export type HoldRow = typeof holds.$inferSelect;

export interface HoldView {
  id: string;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  reason: string | null;
  createdBy: string;
  endedAt: string | null;
  endedBy: string | null;
  active: boolean;
}

/** Timestamps come back from the drivers as "2026-03-02 09:00:00+00"; the API speaks ISO. */
const toIsoOrNull = (value: string | null) => (value === null ? null : toIso(value));

/** Whether a hold stops contact at `now`. */
export function isHoldActive(hold: Pick<HoldRow, 'endedAt' | 'endsAt'>, now: Date): boolean {
  return hold.endedAt === null && (hold.endsAt === null || new Date(hold.endsAt) > now);
}

/**
 * A hold as the API shows it.
 * @example toHoldView(row, new Date()).active // true while it stops contact
 */
export function toHoldView(hold: HoldRow, now: Date): HoldView {
  return {
    id: hold.id,
    kind: hold.kind,
    startsAt: toIso(hold.startsAt),
    endsAt: toIsoOrNull(hold.endsAt),
    reason: hold.reason,
    createdBy: hold.createdBy,
    endedAt: toIsoOrNull(hold.endedAt),
    endedBy: hold.endedBy,
    active: isHoldActive(hold, now),
  };
}

const activeAt = (now: Date) =>
  and(isNull(holds.endedAt), or(isNull(holds.endsAt), gt(holds.endsAt, now.toISOString())));

/** Every hold of a borrower, newest first. */
export async function listHolds(db: Database, borrowerId: string): Promise<HoldRow[]> {
  return db
    .select()
    .from(holds)
    .where(eq(holds.borrowerId, borrowerId))
    .orderBy(desc(holds.startsAt), desc(holds.createdAt));
}

/** The holds stopping contact at `now` for any of these borrowers, oldest first. */
export async function activeHolds(
  db: Database,
  borrowerIds: readonly string[],
  now: Date,
): Promise<HoldRow[]> {
  if (borrowerIds.length === 0) return [];
  return db
    .select()
    .from(holds)
    .where(and(inArray(holds.borrowerId, [...borrowerIds]), activeAt(now)))
    .orderBy(asc(holds.startsAt));
}

/** One hold of one borrower, or null (also when it belongs to someone else). */
export async function findHold(
  db: Database,
  borrowerId: string,
  holdId: string,
): Promise<HoldRow | null> {
  const [row] = await db
    .select()
    .from(holds)
    .where(and(eq(holds.id, holdId), eq(holds.borrowerId, borrowerId)))
    .limit(1);
  return row ?? null;
}

/** Records a new hold starting now. */
export async function createHold(
  db: Database,
  input: {
    borrowerId: string;
    kind: string;
    startsAt: Date;
    endsAt: Date | null;
    reason: string | null;
    createdBy: string;
  },
): Promise<HoldRow> {
  const [row] = await db
    .insert(holds)
    .values({
      ...input,
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt?.toISOString() ?? null,
    })
    .returning();
  await emitWebhookEvent(db, 'hold.started', input.borrowerId, {
    holdId: row!.id,
    kind: input.kind,
    until: input.endsAt?.toISOString() ?? null,
  });
  return row!;
}

/**
 * Ends a hold that is still active at `now`; null when it had already ended (by hand or by its
 * own end date), so two agents ending it at once cannot both succeed.
 */
export async function endHold(
  db: Database,
  holdId: string,
  input: { now: Date; endedBy: string },
): Promise<HoldRow | null> {
  const [row] = await db
    .update(holds)
    .set({ endedAt: input.now.toISOString(), endedBy: input.endedBy })
    .where(and(eq(holds.id, holdId), activeAt(input.now)))
    .returning();
  if (row) await emitWebhookEvent(db, 'hold.ended', row.borrowerId, { holdId, kind: row.kind });
  return row ?? null;
}

/** The active hold of this kind, if the borrower has one (a second one would be a duplicate). */
export async function activeHoldOfKind(
  db: Database,
  borrowerId: string,
  kind: string,
  now: Date,
): Promise<HoldRow | null> {
  const [row] = await db
    .select()
    .from(holds)
    .where(and(eq(holds.borrowerId, borrowerId), eq(holds.kind, kind), activeAt(now)))
    .orderBy(desc(holds.startsAt))
    .limit(1);
  return row ?? null;
}
