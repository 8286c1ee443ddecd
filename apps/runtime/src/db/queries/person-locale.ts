// The web app's language of the person behind a key: chosen in the app, kept on the key, so it
// follows the person to any browser they sign in from.
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys, type PersonLocale } from '../schema';
import { forgetKey } from '../../keys/key-cache';

export async function personLocale(db: Database, keyId: string): Promise<PersonLocale | null> {
  const [row] = await db
    .select({ locale: apiKeys.locale })
    .from(apiKeys)
    .where(eq(apiKeys.id, keyId))
    .limit(1);
  return row?.locale ?? null;
}

/** Null forgets the choice (the app then follows the browser's languages). */
export async function setPersonLocale(
  db: Database,
  keyId: string,
  locale: PersonLocale | null,
): Promise<void> {
  await db.update(apiKeys).set({ locale }).where(eq(apiKeys.id, keyId));
  // The key's cached row (keys/key-cache.ts) carries the old choice: a sign-in reads it.
  forgetKey(db, keyId);
}
