// API keys looked up by their secret's hash, remembered for a few seconds: at thousands of events
// a second the key query was one round trip of every request. Revocation stays honoured: the
// cached row's `revokedAt` and `expiresAt` are checked against the clock on every request (so a
// rotation's grace ends on time), a revocation or rotation made through this process forgets the
// key once it has committed, and one made elsewhere (another API replica, the CLI) is seen when
// the entry ends, at most KEY_CACHE_TTL_MS later. Unknown secrets are never cached.
import type { Database } from '../db/client';
import type { ApiKeyRow } from '../db/queries/api-keys';

/** How long a key row is trusted without asking the database again. */
export const KEY_CACHE_TTL_MS = 5_000;
/** Entries kept at most (one per key in use; the oldest go first). */
const MAX_ENTRIES = 1_000;

interface Entry {
  row: ApiKeyRow;
  since: number;
  until: number;
}

// One cache per database: tests open many, and a key of one must never open another.
const caches = new WeakMap<Database, Map<string, Entry>>();

const cacheOf = (db: Database): Map<string, Entry> => {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
};

/** The remembered row for this secret hash, if it is still fresh at `now`. */
export function cachedKey(db: Database, hash: string, now: Date): ApiKeyRow | undefined {
  const cache = cacheOf(db);
  const entry = cache.get(hash);
  if (!entry) return undefined;
  // A clock set back (tests move it) also ends an entry: it was read in another moment.
  if (now.getTime() < entry.since || entry.until <= now.getTime()) {
    cache.delete(hash);
    return undefined;
  }
  return entry.row;
}

/** Remembers a key row found by its secret's hash until `now` + KEY_CACHE_TTL_MS. */
export function rememberKey(db: Database, hash: string, row: ApiKeyRow, now: Date): void {
  const cache = cacheOf(db);
  cache.delete(hash);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(hash, { row, since: now.getTime(), until: now.getTime() + KEY_CACHE_TTL_MS });
}

/** Forgets a key (revoked or rotated here): the next request reads its row again. */
export function forgetKey(db: Database, keyId: string): void {
  const cache = cacheOf(db);
  for (const [hash, entry] of cache) if (entry.row.id === keyId) cache.delete(hash);
}
