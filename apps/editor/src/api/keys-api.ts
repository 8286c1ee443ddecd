import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

/** What an admin asks for: a name, a role, and when the key expires (absent: never). */
export type NewKey = Schemas['KeyInput'];

/** API keys (admins only): list (no secrets), create, revoke, rotate. */
export function keysApi(http: Http) {
  const { api } = http;
  const at = (id: string) => ({ params: { path: { id } } });
  return {
    list: () => answer(api.GET('/v1/keys')),
    create: (input: NewKey) => answer(api.POST('/v1/keys', { body: input })),
    revoke: (keyId: string) => answer(api.POST('/v1/keys/{id}/revoke', at(keyId))),
    rotate: (keyId: string, graceSeconds?: number) =>
      answer(
        api.POST('/v1/keys/{id}/rotate', {
          ...at(keyId),
          body: graceSeconds === undefined ? {} : { graceSeconds },
        }),
      ),
  };
}
export type KeysApi = ReturnType<typeof keysApi>;
