import type { Schemas } from '@tandem/api-client';

// Sessions and API keys (docs/api.md, "Keys, roles and sessions"), as the OpenAPI document types
// them (@tandem/api-client).

export type Caller = Schemas['Session']['caller'];
export type Role = Caller['role'];
/** Every role, in the order the keys screen offers them. */
export const roles = ['designer', 'agent', 'integration', 'admin'] as const satisfies Role[];
/** `POST /v1/session` and `GET /v1/session`. */
export type Session = Schemas['Session'];
export type KeyRecord = Schemas['KeyRecord'];
/** Create and rotate: the record and the secret, which the API shows this once. */
export type KeyWithSecret = Schemas['NewKey'];
