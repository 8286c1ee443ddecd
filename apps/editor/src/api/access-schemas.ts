import { z } from 'zod';
import { appLocales } from '../i18n/locales';

// Sessions and API keys (docs/api.md, "Keys, roles and sessions"), parsed at the boundary.

export const roles = ['designer', 'agent', 'integration', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const callerSchema = z.object({
  keyId: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type Caller = z.infer<typeof callerSchema>;

/** `POST /v1/session` and `GET /v1/session`. */
export const sessionSchema = z.object({
  caller: callerSchema,
  csrfToken: z.string().min(1),
  expiresAt: z.string(),
  /** The person's chosen language, kept on their key; null (or absent, older APIs): not chosen. */
  locale: z.enum(appLocales).nullable().optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const keyRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type KeyRecord = z.infer<typeof keyRecordSchema>;

export const keyListSchema = z.object({ keys: z.array(keyRecordSchema) });
/** Create and rotate: the record and the secret, which the API shows this once. */
export const keyWithSecretSchema = z.object({ key: keyRecordSchema, secret: z.string().min(1) });
export type KeyWithSecret = z.infer<typeof keyWithSecretSchema>;
export const revokedKeySchema = z.object({ key: keyRecordSchema });
