// The roles an API key can have, in a module of their own: the CLI checks `--role` against them
// without loading the database schema (drizzle) that stores them.

/** What a key may do (docs/security.md): the column `api_keys.role` holds one of these. */
export const apiKeyRoles = ['admin', 'designer', 'agent', 'integration'] as const;
export type ApiKeyRole = (typeof apiKeyRoles)[number];
