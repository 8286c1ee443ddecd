import type { KeyRecord } from '../../api/access-types';

export type KeyStatus =
  | { kind: 'active'; expiresAt: Date | null }
  | { kind: 'revoked'; at: Date }
  | { kind: 'expired'; at: Date };

/**
 * Whether a key still works at `now`. A rotated key keeps working until the end of its grace
 * period, which the API records as its expiry (or as a revocation in the future).
 */
export function keyStatus(key: KeyRecord, now: Date): KeyStatus {
  const revokedAt = key.revokedAt ? new Date(key.revokedAt) : null;
  const expiresAt = key.expiresAt ? new Date(key.expiresAt) : null;
  if (revokedAt && revokedAt <= now) return { kind: 'revoked', at: revokedAt };
  if (expiresAt && expiresAt <= now) return { kind: 'expired', at: expiresAt };
  const ends = [revokedAt, expiresAt].filter((d): d is Date => d !== null);
  const first = ends.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return { kind: 'active', expiresAt: first };
}
