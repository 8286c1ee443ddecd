// Who may use the codec endpoint: admins only (decoding shows every borrower's data in every
// history). This is the one place that decides it; an access matrix can take `codecRoles` as the
// endpoint's row.
//
// Credentials, by client:
// - the Temporal CLI and scripts: `Authorization: Bearer <admin key>`
//   (`temporal workflow show --codec-endpoint … --codec-auth "Bearer tdm_…"`);
// - a browser running Temporal's Web UI: the UI cannot send a key of ours (its "pass access
//   token" option sends its own OIDC token, and only to https endpoints), but with "include
//   cross-origin credentials" its fetch carries what the browser holds for our origin. An admin
//   signs in once at GET /codec/ with HTTP Basic (any user name, the key as password); the browser
//   then sends those credentials with the UI's calls. A signed-in web-app session works the same
//   way when the app has one (`sessionCaller`).
import type { Context } from 'hono';
import type { Database } from '../../db/client';
import type { ApiKeyRole } from '../../db/schema';
import { keyCaller } from '../access/credentials';
import type { Caller } from '../auth';
import { ApiError } from '../errors';

export const codecRoles: readonly ApiKeyRole[] = ['admin'];

/** The realm browsers show when asking for the key (and cache the answer under). */
export const codecRealm = 'Tandem payload codec';

/** Resolves the caller of a request from the web app's session cookie, when there is one. */
export type SessionCaller = (c: Context) => Promise<Caller | null>;

/** The key in `Authorization: Bearer <key>` or `Authorization: Basic base64(<any>:<key>)`. */
export function keyOfAuthorization(header: string | undefined): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (bearer?.[1]) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header ?? '');
  if (!basic?.[1]) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const key = colon >= 0 ? decoded.slice(colon + 1) : '';
  return key || null;
}

/**
 * The admin calling, or an ApiError: 401 (with a Basic challenge, so a browser asks for the key)
 * when no valid credential came, 403 when the caller is not an admin.
 */
export async function requireCodecCaller(
  c: Context,
  db: Database,
  sessionCaller?: SessionCaller,
): Promise<Caller> {
  const key = keyOfAuthorization(c.req.header('authorization'));
  let caller: Caller | null = null;
  const challenge = () =>
    c.header('WWW-Authenticate', `Basic realm="${codecRealm}", charset="UTF-8"`);
  if (key) {
    // The same check as the API's: unknown, revoked and expired keys are refused, saying why.
    caller = await keyCaller(db, key, new Date()).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) challenge();
      throw error;
    });
  } else if (sessionCaller) {
    caller = await sessionCaller(c);
  }
  if (!caller) {
    challenge();
    throw new ApiError(
      401,
      'UNAUTHORIZED',
      'send an admin API key: "Authorization: Bearer <key>" (or HTTP Basic with the key as password)',
    );
  }
  if (!codecRoles.includes(caller.role)) {
    throw new ApiError(
      403,
      'FORBIDDEN',
      `decoding payloads needs the role admin; the key has "${caller.role}"`,
    );
  }
  return caller;
}
