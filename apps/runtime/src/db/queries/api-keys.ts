// API keys. The secret is shown once, when a key is made; only its SHA-256 is stored. A key
// works until it expires or its revocation instant passes (a rotated key's grace runs until then).
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys, type ApiKeyRole } from '../schema';
import { toIso } from '../instants';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** A key as the API lists it: never its secret or hash. */
export interface KeyRecord {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** `lastUsedAt` is written at most this often per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function toKeyRecord(row: ApiKeyRow): KeyRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: toIso(row.createdAt),
    createdBy: row.createdBy,
    expiresAt: toIso(row.expiresAt),
    lastUsedAt: toIso(row.lastUsedAt),
    revokedAt: toIso(row.revokedAt),
  };
}

/** Why a key does not work at `now`, or null when it does. */
export function keyRefusal(
  row: Pick<ApiKeyRow, 'expiresAt' | 'revokedAt'>,
  now: Date,
): 'revoked' | 'expired' | null {
  if (row.revokedAt !== null && new Date(row.revokedAt) <= now) return 'revoked';
  if (row.expiresAt !== null && new Date(row.expiresAt) <= now) return 'expired';
  return null;
}

/**
 * Creates a key and returns its secret in clear, once.
 * @example const { record, secret } = await createApiKey(db, { name: 'Ana', role: 'designer' })
 */
export async function createApiKey(
  db: Database,
  input: {
    name: string;
    role: ApiKeyRole;
    expiresAt?: Date | null;
    createdBy?: string | null;
    /** The app's clock (tests move it); the database's otherwise. */
    now?: Date;
  },
): Promise<{ id: string; key: string; record: KeyRecord }> {
  const secret = `tdm_${randomBytes(24).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      name: input.name,
      role: input.role,
      prefix: secret.slice(0, 12),
      hash: hashSecret(secret),
      createdBy: input.createdBy ?? null,
      expiresAt: input.expiresAt?.toISOString() ?? null,
      ...(input.now ? { createdAt: input.now.toISOString() } : {}),
    })
    .returning();
  return { id: row!.id, key: secret, record: toKeyRecord(row!) };
}

/** The key whose secret has this SHA-256 (hashSecret), whatever its state, or null. */
export async function findKeyByHash(db: Database, hash: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.hash, hash));
  return row ?? null;
}

/** One key by id; `forUpdate` locks its row for the rest of the transaction. */
export async function findKey(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApiKeyRow | null> {
  const query = db.select().from(apiKeys).where(eq(apiKeys.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Every key, oldest first. */
export async function listKeys(db: Database): Promise<KeyRecord[]> {
  const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(toKeyRecord);
}

/**
 * Notes that a key was used, unless that was noted less than a minute ago: one conditional
 * write a minute per key, not one per request. Returns whether it wrote (or tried to).
 */
export async function touchKey(db: Database, row: ApiKeyRow, now: Date): Promise<boolean> {
  const since = now.getTime() - LAST_USED_RESOLUTION_MS;
  if (row.lastUsedAt !== null && new Date(row.lastUsedAt).getTime() > since) return false;
  const threshold = new Date(since).toISOString();
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now.toISOString() })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), sql`${apiKeys.lastUsedAt} <= ${threshold}::timestamptz`),
      ),
    );
  return true;
}

/** Sets when a key stops working (now, or at the end of a rotation's grace). */
export async function setRevokedAt(db: Database, id: string, at: Date): Promise<ApiKeyRow> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: at.toISOString() })
    .where(eq(apiKeys.id, id))
    .returning();
  return row!;
}

/**
 * Every admin key, locked in id order for the rest of the transaction, so that two revocations
 * racing each other serialise (and cannot deadlock) instead of each leaving the other as "not
 * the last one".
 */
export async function lockAdminKeys(db: Database): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.role, 'admin'))
    .orderBy(asc(apiKeys.id))
    .for('update');
}

/** Whether any admin key was ever made (the first start makes one when none was). */
export async function hasAdminKey(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(eq(apiKeys.role, 'admin'))
    .limit(1);
  return row !== undefined;
}
