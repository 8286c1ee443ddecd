// The /v1/keys endpoints as OpenAPI routes: request and response schemas, nothing else.
import { createRoute, z } from '@hono/zod-openapi';
import { apiKeyRoles } from '../../db/schema';
import { keyNameSchema } from '../../keys/key-name';
import { MAX_GRACE_SECONDS } from '../../keys/key-actions';
import { errorSchema } from './borrower-schemas';

const tags = ['keys'];
const instant = z.string().describe('ISO 8601 instant, UTC');
const futureInstant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date-time with a zone, in the future (at most 5 years ahead)');

export const keyRecordSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(apiKeyRoles),
    prefix: z.string().describe('The first 12 characters of the secret, to recognise it'),
    createdAt: instant,
    createdBy: z.string().nullable().describe('The creating key’s name, "cli" or "first start"'),
    expiresAt: instant.nullable().describe('After this the key is refused; null: never'),
    lastUsedAt: instant.nullable().describe('Last request with it, to the minute'),
    revokedAt: instant
      .nullable()
      .describe('From then on the key is refused; in the future while a rotation’s grace runs'),
  })
  .openapi('KeyRecord');

const withSecret = z
  .object({
    key: keyRecordSchema,
    secret: z.string().describe('The key itself (`tdm_…`): shown this once, never again'),
  })
  .openapi('NewKey');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errorJson = (description: string) => json(errorSchema, description);
const idParams = z.object({
  id: z.uuid('not a key id').openapi({ param: { name: 'id', in: 'path' } }),
});

export const createKeyRoute = createRoute({
  method: 'post',
  path: '/keys',
  tags,
  summary: 'Make an API key',
  description: 'The secret is in this answer only; Tandem keeps its SHA-256.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              name: keyNameSchema,
              role: z.enum(apiKeyRoles),
              expiresAt: futureInstant.optional(),
            })
            .openapi('KeyInput'),
        },
      },
    },
  },
  responses: {
    201: json(withSecret, 'The key and its secret'),
    400: errorJson('A field is invalid; details name it'),
  },
});

export const listKeysRoute = createRoute({
  method: 'get',
  path: '/keys',
  tags,
  summary: 'Every key, oldest first, without secrets',
  responses: { 200: json(z.object({ keys: z.array(keyRecordSchema) }), 'The keys') },
});

export const revokeKeyRoute = createRoute({
  method: 'post',
  path: '/keys/{id}/revoke',
  tags,
  summary: 'Revoke a key now; its sessions end at once',
  request: { params: idParams },
  responses: {
    200: json(z.object({ key: keyRecordSchema }), 'Revoked'),
    400: errorJson('Not a key id'),
    404: errorJson('No such key (KEY_NOT_FOUND)'),
    409: errorJson(
      'Revoked already (ALREADY_REVOKED), or the last admin key that works (LAST_ADMIN_KEY)',
    ),
  },
});

export const rotateKeyRoute = createRoute({
  method: 'post',
  path: '/keys/{id}/rotate',
  tags,
  summary: 'Replace a key with a new one of the same name and role',
  description:
    'The old key stops working now, or after `graceSeconds` (at most a day) so a system can switch. ' +
    'The new key lives as long as the old one did, unless `expiresAt` says otherwise (null: never).',
  request: {
    params: idParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).optional(),
              expiresAt: futureInstant.nullable().optional(),
            })
            .openapi('KeyRotation'),
        },
      },
    },
  },
  responses: {
    201: json(
      withSecret.extend({ previous: keyRecordSchema }),
      'The new key, its secret, and the old key',
    ),
    400: errorJson('Not a key id, or a field is invalid'),
    404: errorJson('No such key (KEY_NOT_FOUND)'),
    409: errorJson('The key is revoked, or rotated already and in its grace (ALREADY_REVOKED)'),
  },
});
