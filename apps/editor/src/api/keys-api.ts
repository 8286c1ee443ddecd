import { keyListSchema, keyWithSecretSchema, revokedKeySchema, type Role } from './access-schemas';
import type { Http } from './http';

export interface NewKey {
  name: string;
  role: Role;
  /** ISO instant; absent for a key that does not expire. */
  expiresAt?: string;
}

/** API keys (admins only): list (no secrets), create, revoke, rotate. */
export function keysApi(http: Http) {
  const id = encodeURIComponent;
  return {
    list: () => http.call('GET', '/keys', keyListSchema),
    create: (input: NewKey) => http.call('POST', '/keys', keyWithSecretSchema, input),
    revoke: (keyId: string) => http.call('POST', `/keys/${id(keyId)}/revoke`, revokedKeySchema, {}),
    rotate: (keyId: string, graceSeconds?: number) =>
      http.call(
        'POST',
        `/keys/${id(keyId)}/rotate`,
        keyWithSecretSchema,
        graceSeconds === undefined ? {} : { graceSeconds },
      ),
  };
}
export type KeysApi = ReturnType<typeof keysApi>;
