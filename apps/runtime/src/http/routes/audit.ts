// GET /v1/audit: who did what, when, from which key. Admins only (the access matrix); there is
// no route that changes or deletes an entry, and the database refuses it anyway.
import { createRoute, z } from '@hono/zod-openapi';
import { auditActionNames, auditTargetTypes } from '../../audit/audit-actions';
import { listAuditEvents } from '../../db/queries/audit-events';
import { auditVias } from '../../db/schema';
import type { RouteModule } from '../app';
import { newRouter } from '../router';
import { errorSchema } from './borrower-schemas';
import { cursorParam } from './cursor-param';

// Printable text only: Postgres cannot compare a NUL, nor store a lone surrogate.
const printable = /^[^\p{Cc}\p{Cs}]*$/u;
const idFilter = (description: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .regex(printable, 'must be printable text')
    .optional()
    .describe(description);

/** An instant the database can hold (zod alone lets year 0 through), sent on in UTC. */
const instantQuery = z.iso
  .datetime({ offset: true })
  .refine((text) => {
    const year = new Date(text).getUTCFullYear();
    // Not a date at all: the format check has said so already.
    return Number.isNaN(year) || (year >= 1970 && year <= 9999);
  }, 'must be between 1970 and 9999')
  .transform((text) => new Date(text).toISOString());

const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.string().describe('ISO 8601 instant, UTC'),
    actor: z.object({
      keyId: z
        .string()
        .nullable()
        .describe('The key (a session’s key); null for the CLI and the first start'),
      name: z.string(),
      role: z.string(),
      via: z.enum(auditVias),
    }),
    action: z.string().describe('One of the actions in docs/security.md'),
    target: z.object({
      type: z.string().describe(auditTargetTypes.join(', ')),
      id: z.string().nullable().describe('A borrower is named by external id, never by name'),
    }),
    details: z.record(z.string(), z.unknown()).describe('Counts and ids; no personal data'),
    requestId: z.string().nullable().describe('The X-Request-Id of the request that did it'),
  })
  .openapi('AuditEvent');

const listAuditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['audit'],
  summary: 'The audit trail, newest first, filtered',
  description:
    'Append-only and kept as long as the contact ledger (docs/security.md). Every filter given must hold.',
  request: {
    query: z.object({
      actorKeyId: idFilter('The acting key’s id'),
      action: z.enum(auditActionNames as [string, ...string[]]).optional(),
      targetType: z.enum(auditTargetTypes).optional(),
      targetId: idFilter('E.g. a borrower’s external id'),
      from: instantQuery.optional().describe('Entries at or after this instant'),
      to: instantQuery.optional().describe('Entries before this instant'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
    }),
  },
  responses: {
    200: {
      description: 'A page of entries',
      content: {
        'application/json': {
          schema: z.object({
            events: z.array(auditEventSchema),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    400: {
      description: 'A filter is invalid; details name it',
      content: { 'application/json': { schema: errorSchema } },
    },
  },
});

export const auditRoutes: RouteModule = (deps) => {
  const router = newRouter();
  router.openapi(listAuditRoute, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid('query');
    const after = cursorParam(cursor);
    const { page, nextCursor } = await listAuditEvents(
      deps.db,
      Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
      { limit, ...(after ? { after } : {}) },
    );
    return c.json({ events: page, nextCursor }, 200);
  });
  return router;
};
