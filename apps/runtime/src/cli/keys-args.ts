// `journey keys create|list|revoke`: the command line read into an action, or a usage error.
import { parseArgs } from 'node:util';
import { apiKeyRoles, type ApiKeyRole } from '../keys/key-roles';
import { keyNameSchema } from '../keys/key-name';

export type KeysAction =
  | { kind: 'create'; name: string; role: ApiKeyRole; expiresAt: string | null; json: boolean }
  | { kind: 'list'; json: boolean }
  | { kind: 'revoke'; id: string };

export type ParsedKeys = { ok: true; action: KeysAction } | { ok: false; message: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isRole = (role: string): role is ApiKeyRole =>
  (apiKeyRoles as readonly string[]).includes(role);

/**
 * @example parseKeysArgs(['create', '--name', 'Ana', '--role', 'designer'])
 */
export function parseKeysArgs(argv: string[]): ParsedKeys {
  const [sub, ...rest] = argv;
  const fail = (message: string): ParsedKeys => ({ ok: false, message });
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        expires: { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail((error instanceof Error ? error.message : String(error)).split('. To specify')[0]!);
  }
  const { values, positionals } = parsed;
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  const json = values.json === true;
  switch (sub) {
    case 'create': {
      const name = keyNameSchema.safeParse(text('name') ?? '');
      if (!name.success) return fail(`--name: ${name.error.issues[0]?.message ?? 'invalid'}`);
      const role = text('role') ?? '';
      if (!isRole(role))
        return fail(`--role must be one of ${apiKeyRoles.join(', ')} (got "${role}")`);
      const expires = text('expires') ?? null;
      if (expires !== null && Number.isNaN(Date.parse(expires))) {
        return fail(
          `--expires must be an ISO date-time, e.g. 2027-01-31T00:00:00Z (got "${expires}")`,
        );
      }
      return {
        ok: true,
        action: { kind: 'create', name: name.data, role, expiresAt: expires, json },
      };
    }
    case 'list':
      return { ok: true, action: { kind: 'list', json } };
    case 'revoke': {
      const [id] = positionals;
      if (!id || !uuid.test(id))
        return fail('name the key to revoke by its id (see `journey keys list`)');
      return { ok: true, action: { kind: 'revoke', id } };
    }
    default:
      return fail(
        sub ? `unknown keys command "${sub}"` : 'keys needs a command: create, list or revoke',
      );
  }
}
