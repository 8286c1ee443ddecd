// Web sessions: a row per sign-in, found by the hash of the cookie's random id. A session ends
// when its person signs out, its key is revoked, it idles too long or reaches its absolute end.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys, sessions } from '../schema';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionEndReason = NonNullable<SessionRow['endedReason']>;

/** `lastSeenAt` is written at most this often per session. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Records a new session for a key; the caller keeps the token, we keep its hash. */
export async function createSession(
  db: Database,
  input: { keyId: string; tokenHash: string; now: Date; expiresAt: Date },
): Promise<SessionRow> {
  const [row] = await db
    .insert(sessions)
    .values({
      keyId: input.keyId,
      tokenHash: input.tokenHash,
      lastSeenAt: input.now.toISOString(),
      expiresAt: input.expiresAt.toISOString(),
    })
    .returning();
  return row!;
}

/** A session that has not been ended, with its key, by the hash of its token. */
export async function findOpenSession(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, key: apiKeys })
    .from(sessions)
    .innerJoin(apiKeys, eq(apiKeys.id, sessions.keyId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)));
  return row ?? null;
}

/** Moves the idle timeout on, unless that was done less than a minute ago. */
export async function touchSession(db: Database, row: SessionRow, now: Date): Promise<Date> {
  const seen = new Date(row.lastSeenAt);
  if (now.getTime() - seen.getTime() < LAST_SEEN_RESOLUTION_MS) return seen;
  await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, row.id));
  return now;
}

/** Ends one session; false when it had ended already. */
export async function endSession(
  db: Database,
  id: string,
  now: Date,
  reason: SessionEndReason,
): Promise<boolean> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: now.toISOString(), endedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/** Ends every open session of a key (it was revoked); returns how many. */
export async function endSessionsOfKey(
  db: Database,
  keyId: string,
  now: Date,
  reason: SessionEndReason,
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: now.toISOString(), endedReason: reason })
    .where(and(eq(sessions.keyId, keyId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Whether a session has timed out (idle too long, or past its absolute end); not marked in the row. */
export function sessionTimedOut(
  row: Pick<SessionRow, 'lastSeenAt' | 'expiresAt'>,
  now: Date,
  idleMs: number,
): boolean {
  return (
    new Date(row.expiresAt) <= now || new Date(row.lastSeenAt).getTime() + idleMs <= now.getTime()
  );
}

/**
 * When a session ends if it idles from `lastSeen` on: the idle limit, its absolute end, or its
 * key's expiry, whichever comes first.
 */
export function sessionEndsAt(
  row: Pick<SessionRow, 'expiresAt'>,
  lastSeen: Date,
  idleMs: number,
  keyExpiresAt: string | null = null,
): Date {
  const ends = [lastSeen.getTime() + idleMs, new Date(row.expiresAt).getTime()];
  if (keyExpiresAt !== null) ends.push(new Date(keyExpiresAt).getTime());
  return new Date(Math.min(...ends));
}
