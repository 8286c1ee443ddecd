// The first keys, before anyone holds one: `journey keys create|list|revoke` on the database the
// server uses (PGlite under TANDEM_DATA_DIR, or DATABASE_URL). Every change is audited as done
// by the CLI. With PGlite, the server must not be running: one folder, one process.
import { userInfo } from 'node:os';
import type { OpenDatabase } from '../db/client';
import { listKeys, type KeyRecord } from '../db/queries/api-keys';
import { DatabaseLockedError } from '../db/pglite-lock';
import type { AuditActor } from '../audit/record-audit';
import { createKey, revokeKey } from '../keys/key-actions';
import { done, invalid, type CommandOutput } from './command-output';
import type { KeysAction } from './keys-args';
import { formatTable } from './format-table';

export interface KeysDeps {
  openDatabase: () => Promise<OpenDatabase>;
  now?: () => Date;
}

/** The operating-system user at the terminal, so the audit trail says who ran the command. */
function cliActor(): AuditActor {
  let user = 'unknown user';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (a container): keep "unknown user"
  }
  return { keyId: null, name: `cli (${user})`, role: 'admin', via: 'cli' };
}

const dash = (value: string | null) => value ?? '—';

function keysTable(keys: KeyRecord[]): string {
  const rows = keys.map((k) => [
    k.id,
    k.name,
    k.role,
    `${k.prefix}…`,
    k.createdAt.slice(0, 16).replace('T', ' '),
    dash(k.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? null),
    dash(k.expiresAt?.slice(0, 16).replace('T', ' ') ?? null),
    dash(k.revokedAt?.slice(0, 16).replace('T', ' ') ?? null),
  ]);
  const columns = ['id', 'name', 'role', 'prefix', 'created', 'last used', 'expires', 'revoked'];
  return `${formatTable(
    columns.map((header) => ({ header })),
    rows,
    { width: 200 },
  ).join('\n')}\n`;
}

const lockedMessage = (error: DatabaseLockedError) =>
  `journey: ${error.by.holder} (pid ${error.by.pid}, since ${error.by.since}) holds the PGlite ` +
  `database (${error.lockFile}).\n` +
  'Stop it first, or manage keys through the running server: POST /v1/keys with an admin key ' +
  '(docs/api.md).\n';

async function run(db: OpenDatabase['db'], action: KeysAction, now: Date): Promise<CommandOutput> {
  switch (action.kind) {
    case 'list': {
      const keys = await listKeys(db);
      return done(action.json ? `${JSON.stringify(keys, null, 2)}\n` : keysTable(keys));
    }
    case 'create': {
      const expiresAt = action.expiresAt === null ? null : new Date(action.expiresAt);
      if (expiresAt && expiresAt <= now)
        return invalid('journey: --expires must be in the future\n');
      const made = await createKey(
        db,
        cliActor(),
        { name: action.name, role: action.role, expiresAt },
        now,
      );
      if (action.json) return done(`${JSON.stringify(made, null, 2)}\n`);
      return done(
        `Made key ${made.key.id}: "${made.key.name}", role ${made.key.role}, ` +
          `expires ${made.key.expiresAt ?? 'never'}.\n` +
          `Its secret, shown this once (keep it now; only its hash is stored):\n\n  ${made.secret}\n\n`,
      );
    }
    case 'revoke': {
      const result = await revokeKey(db, cliActor(), action.id, now);
      if (result.ok)
        return done(
          `Revoked key ${result.key.id} ("${result.key.name}"); its sessions have ended.\n`,
        );
      const messages = {
        'not-found': `journey: no API key ${action.id}\n`,
        'already-revoked': `journey: key ${action.id} is revoked already\n`,
        'last-admin': `journey: key ${action.id} is the last working admin key; make another admin key first\n`,
      };
      return invalid(messages[result.reason]);
    }
  }
}

/**
 * Runs a keys action on the server's database; a PGlite folder held by the server is reported,
 * not waited on.
 * @example await runKeys({ kind: 'list', json: false }, { openDatabase: () => openDatabase({ dataDir: '.data', holder: 'the journey CLI' }) })
 */
export async function runKeys(action: KeysAction, deps: KeysDeps): Promise<CommandOutput> {
  let database: OpenDatabase;
  try {
    database = await deps.openDatabase();
  } catch (error) {
    if (error instanceof DatabaseLockedError) return invalid(lockedMessage(error));
    const message = error instanceof Error ? error.message : String(error);
    return invalid(`journey: cannot open the server's database: ${message}\n`);
  }
  try {
    return await run(database.db, action, (deps.now ?? (() => new Date()))());
  } finally {
    await database.close();
  }
}
