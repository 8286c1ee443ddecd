import type { RequestIdVariables } from 'hono/request-id';
import type { ApiKeyRole } from '../db/schema';

/**
 * How the caller proved who they are: a person signed in to the web app (`session`), a machine
 * with its API key (`key`), or a lender's webhook signed with the shared secret (`signature`).
 */
export type CallerVia = 'session' | 'key' | 'signature';

/** Who is calling, set on the context by the access middleware (http/access/authenticate.ts). */
export interface Caller {
  /** The API key's id (a session's key), or "webhook-signature". */
  keyId: string;
  name: string;
  role: ApiKeyRole;
  via: CallerVia;
  /** A signed-in person's session: its id, CSRF token and when it ends if left idle. */
  session?: { id: string; csrfToken: string; endsAt: string };
  /** The request's id (X-Request-Id), for the audit trail. */
  requestId?: string;
}

export type AppEnv = { Variables: { caller: Caller } & RequestIdVariables };
