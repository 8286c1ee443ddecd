import { createRoute, z } from '@hono/zod-openapi';
import { borrowerIdsByExternalId } from '../../db/queries/external-refs';
import { borrowerMessages } from '../../db/queries/messages';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { recordPersonRead } from '../../audit/person-reads';
import { cursorParam } from './cursor-param';

const messageSchema = z
  .object({
    id: z.uuid(),
    enrollmentId: z.uuid().nullable(),
    nodeId: z.string().nullable(),
    channel: z.string(),
    locale: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    status: z.enum(['queued', 'sent', 'delivered', 'read', 'failed', 'suppressed']),
    providerMessageId: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('Message');

const listMessages = createRoute({
  method: 'get',
  path: '/borrowers/{externalId}/messages',
  tags: ['messages'],
  summary: "A borrower's messages (the outbox), newest first",
  request: {
    params: z.object({
      externalId: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'externalId', in: 'path' } }),
    }),
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
    }),
  },
  responses: {
    200: {
      description: 'A page of messages',
      content: {
        'application/json': {
          schema: z.object({ messages: z.array(messageSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    404: { description: 'No such borrower' },
  },
});

export const messagesRoutes: RouteModule = (deps) => {
  const router = newRouter();
  router.openapi(listMessages, async (c) => {
    const { externalId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const after = cursorParam(cursor);
    const borrowerId = (await borrowerIdsByExternalId(deps.db, [externalId])).get(externalId);
    if (!borrowerId) throw new ApiError(404, 'NOT_FOUND', `no borrower "${externalId}"`);
    await recordPersonRead(deps.db, c.get('caller'), 'borrower.messagesViewed', externalId);
    const { page, nextCursor } = await borrowerMessages(deps.db, borrowerId, {
      limit,
      ...(after ? { after } : {}),
    });
    return c.json({ messages: page, nextCursor }, 200);
  });
  return router;
};
