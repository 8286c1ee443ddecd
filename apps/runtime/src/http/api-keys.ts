import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { apiKeys, type ApiKeyRole } from '../db/schema';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates a key and returns it in clear, once; only its hash is stored. */
export async function createApiKey(
  db: Database,
  input: { name: string; role: ApiKeyRole },
): Promise<{ id: string; key: string }> {
  const key = `tdm_${randomBytes(24).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ name: input.name, role: input.role, prefix: key.slice(0, 12), hash: hashKey(key) })
    .returning({ id: apiKeys.id });
  return { id: row!.id, key };
}

/** The role of a key that exists and is not revoked, or null. */
export async function roleOfKey(
  db: Database,
  key: string,
): Promise<{ id: string; role: ApiKeyRole; name: string } | null> {
  const [row] = await db
    .select({ id: apiKeys.id, role: apiKeys.role, name: apiKeys.name })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ?? null;
}

/** On first start: an admin key, returned in clear so the operator can note it. Null if one exists. */
export async function ensureAdminKey(db: Database): Promise<string | null> {
  const [existing] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(eq(apiKeys.role, 'admin'))
    .limit(1);
  if (existing) return null;
  return (await createApiKey(db, { name: 'first admin', role: 'admin' })).key;
}
