// What can be done to API keys, by the API (admins) and the CLI alike: each change in one
// transaction with its audit entry. Expected refusals are values, not exceptions.
import type { Database } from '../db/client';
import {
  createApiKey,
  findKey,
  hasAdminKey,
  keyRefusal,
  lockAdminKeys,
  setRevokedAt,
  toKeyRecord,
  type KeyRecord,
} from '../db/queries/api-keys';
import { endSessionsOfKey } from '../db/queries/sessions';
import type { ApiKeyRole } from '../db/schema';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { forgetKey } from './key-cache';

/** The longest a rotated key keeps working beside its successor. */
export const MAX_GRACE_SECONDS = 86_400;

export type KeyRefusal =
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'already-revoked'; revokedAt: string }
  | { ok: false; reason: 'last-admin' };

export interface NewKey {
  name: string;
  role: ApiKeyRole;
  expiresAt?: Date | null;
}

/**
 * Makes a key; its secret is in the result, once.
 * @example const { key, secret } = await createKey(db, actor, { name: 'Ana', role: 'designer' }, new Date())
 */
export async function createKey(
  db: Database,
  actor: AuditActor,
  input: NewKey,
  now: Date = new Date(),
): Promise<{ key: KeyRecord; secret: string }> {
  return db.transaction(async (tx) => {
    const made = await createApiKey(tx, { ...input, createdBy: actor.name, now });
    await recordAudit(tx, actor, 'key.created', made.id, {
      name: input.name,
      role: input.role,
      expiresAt: made.record.expiresAt,
    });
    return { key: made.record, secret: made.key };
  });
}

/**
 * Revokes a key now and ends its sessions. Refused when it is revoked already, or when it is the
 * last admin key that works (nobody could manage keys any more).
 */
export async function revokeKey(
  db: Database,
  actor: AuditActor,
  id: string,
  now: Date,
): Promise<{ ok: true; key: KeyRecord } | KeyRefusal> {
  const outcome = await db.transaction(async (tx) => {
    // Admin keys are locked first, in one order, so racing revocations serialise.
    const admins = await lockAdminKeys(tx);
    const row = await findKey(tx, id, { forUpdate: true });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (keyRefusal(row, now) === 'revoked') {
      return {
        ok: false,
        reason: 'already-revoked',
        revokedAt: toKeyRecord(row).revokedAt!,
      } as const;
    }
    const othersWorking = admins.filter((a) => a.id !== id && keyRefusal(a, now) === null);
    if (row.role === 'admin' && keyRefusal(row, now) === null && othersWorking.length === 0) {
      return { ok: false, reason: 'last-admin' } as const;
    }
    const revoked = await setRevokedAt(tx, id, now);
    const sessionsEnded = await endSessionsOfKey(tx, id, now, 'keyRevoked');
    await recordAudit(tx, actor, 'key.revoked', id, { sessionsEnded });
    return { ok: true, key: toKeyRecord(revoked) } as const;
  });
  // After the commit: forgotten earlier, a request could cache the row as it was before.
  if (outcome.ok) forgetKey(db, id);
  return outcome;
}

/** A rotated key's successor lives as long as it did: same span from now, or no expiry. */
function successorExpiry(row: { createdAt: string; expiresAt: string | null }, now: Date) {
  if (row.expiresAt === null) return null;
  const span = new Date(row.expiresAt).getTime() - new Date(row.createdAt).getTime();
  return new Date(now.getTime() + Math.max(span, 0));
}

/**
 * Replaces a key with a new one of the same name and role. The old key stops working now, or
 * after `graceSeconds` so a lender's system can switch; its sessions end when it does.
 */
export async function rotateKey(
  db: Database,
  actor: AuditActor,
  id: string,
  input: { graceSeconds?: number; expiresAt?: Date | null },
  now: Date,
): Promise<{ ok: true; key: KeyRecord; secret: string; previous: KeyRecord } | KeyRefusal> {
  const outcome = await db.transaction(async (tx) => {
    const row = await findKey(tx, id, { forUpdate: true });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.revokedAt !== null) {
      // Revoked, or already rotated and in its grace: its successor is the one to rotate.
      return {
        ok: false,
        reason: 'already-revoked',
        revokedAt: toKeyRecord(row).revokedAt!,
      } as const;
    }
    const expiresAt = input.expiresAt === undefined ? successorExpiry(row, now) : input.expiresAt;
    const made = await createApiKey(tx, {
      name: row.name,
      role: row.role,
      expiresAt,
      createdBy: actor.name,
      now,
    });
    const graceSeconds = input.graceSeconds ?? 0;
    const revokedAt = new Date(now.getTime() + graceSeconds * 1000);
    const previous = await setRevokedAt(tx, id, revokedAt);
    if (graceSeconds === 0) await endSessionsOfKey(tx, id, now, 'keyRevoked');
    await recordAudit(tx, actor, 'key.rotated', id, {
      newKeyId: made.id,
      graceSeconds,
      revokedAt: revokedAt.toISOString(),
    });
    return {
      ok: true,
      key: made.record,
      secret: made.key,
      previous: toKeyRecord(previous),
    } as const;
  });
  if (outcome.ok) forgetKey(db, id);
  return outcome;
}

/** The first start's actor: nobody has a key yet. */
export const firstStart: AuditActor = {
  keyId: null,
  name: 'first start',
  role: 'admin',
  via: 'system',
};

/**
 * On the first start: an admin key, returned in clear so the operator can note it. Null when an
 * admin key was ever made (a lost one is replaced with `journey keys create --role admin`).
 */
export async function ensureAdminKey(db: Database): Promise<string | null> {
  if (await hasAdminKey(db)) return null;
  const { secret } = await createKey(db, firstStart, { name: 'first admin', role: 'admin' });
  return secret;
}
