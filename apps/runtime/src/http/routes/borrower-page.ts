// The agent's view of one borrower: the page (profile, contact now?, accounts, holds,
// enrollments, open tasks), the timeline, notes, revealing addresses, and finding a borrower
// (searching by POST, so what was typed stays out of URLs).
// A person's reads are audited; a reveal is audited whoever asks.
import { createRoute, z } from '@hono/zod-openapi';
import { recordPersonRead } from '../../audit/person-reads';
import { recordAudit } from '../../audit/record-audit';
import { lookupBorrowers } from '../../borrower-page/lookup';
import { addNote, isBorrowersTask } from '../../borrower-page/notes';
import { borrowerPage } from '../../borrower-page/page-data';
import { borrowerTimeline, readTimelineCursor } from '../../borrower-page/timeline';
import { findBorrower } from '../../db/queries/borrowers';
import { touchClaims } from '../../db/queries/task-claims';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import {
  borrowerPageSchema,
  lookupSchema,
  noteSchema,
  revealedChannelsSchema,
  timelineSchema,
} from './borrower-page-schemas';
import { externalIdParams } from './borrower-schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const notFound = { description: 'No such borrower' };

const pageRoute = createRoute({
  method: 'get',
  path: '/borrowers/{externalId}/page',
  tags: ['agents'],
  summary: 'The borrower’s page: profile, can we contact now?, accounts, holds, enrollments',
  request: { params: externalIdParams },
  responses: { 200: json(borrowerPageSchema, 'The page'), 404: notFound },
});

const revealRoute = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/reveal',
  tags: ['agents'],
  summary: 'The borrower’s phone numbers and addresses in full (audited)',
  request: { params: externalIdParams },
  responses: { 200: json(revealedChannelsSchema, 'Unmasked'), 404: notFound },
});

const timelineRoute = createRoute({
  method: 'get',
  path: '/borrowers/{externalId}/timeline',
  tags: ['agents'],
  summary: 'Steps, messages, events, tasks, calls and notes across journeys, newest first',
  request: {
    params: externalIdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional(),
    }),
  },
  responses: { 200: json(timelineSchema, 'One page'), 404: notFound },
});

const noteRoute = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/notes',
  tags: ['agents'],
  summary: 'Append a note (notes are never edited or deleted)',
  request: {
    params: externalIdParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              body: z.string().trim().min(1).max(5000),
              taskId: z.uuid().optional().describe('The task it was written for'),
            })
            .openapi('NewNote'),
        },
      },
    },
  },
  responses: {
    201: json(noteSchema, 'Added'),
    404: notFound,
    422: { description: 'The task named is not the borrower’s' },
  },
});

// A POST, not a query string: names and phone numbers typed into a search must not land in URLs
// (access logs, proxies, browser history).
const searchRoute = createRoute({
  method: 'post',
  path: '/borrowers/search',
  tags: ['agents'],
  summary: 'Find borrowers by external id, name or phone digits (addresses masked)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              query: z
                .string()
                .trim()
                .min(2)
                .max(100)
                .describe('Part of the external id or name, or four or more phone digits'),
              limit: z.number().int().min(1).max(50).default(20),
            })
            .openapi('BorrowerSearch'),
        },
      },
    },
  },
  responses: { 200: json(lookupSchema, 'Matches') },
});

export const borrowerPageRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const borrowerOf = async (externalId: string) => {
    const row = await findBorrower(deps.db, externalId);
    if (!row) throw new ApiError(404, 'NOT_FOUND', `no borrower ${externalId}`);
    return row;
  };

  router.openapi(pageRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const page = await borrowerPage(deps.db, externalId, { now: deps.now(), reveal: false });
    if (!page) throw new ApiError(404, 'NOT_FOUND', `no borrower ${externalId}`);
    await recordPersonRead(deps.db, c.get('caller'), 'borrower.pageViewed', externalId);
    return c.json(page, 200);
  });

  router.openapi(revealRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    await borrowerOf(externalId);
    await recordAudit(deps.db, c.get('caller'), 'borrower.contactRevealed', externalId);
    const page = await borrowerPage(deps.db, externalId, { now: deps.now(), reveal: true });
    return c.json({ channels: page?.borrower.channels ?? [] }, 200);
  });

  router.openapi(timelineRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const after = cursor === undefined ? undefined : readTimelineCursor(cursor);
    if (after === null) {
      const message = 'not a cursor this API issued: pass nextCursor from the previous page';
      throw new ApiError(400, 'VALIDATION', `cursor: ${message}`, [{ path: 'cursor', message }]);
    }
    const borrower = await borrowerOf(externalId);
    await recordPersonRead(deps.db, c.get('caller'), 'borrower.timelineViewed', externalId);
    const page = await borrowerTimeline(deps.db, {
      borrowerId: borrower.id,
      timezone: borrower.timezone,
      limit,
      ...(after ? { after } : {}),
    });
    return c.json(page, 200);
  });

  router.openapi(noteRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const { body, taskId } = c.req.valid('json');
    const caller = c.get('caller');
    const borrower = await borrowerOf(externalId);
    const now = deps.now();
    if (taskId && !(await isBorrowersTask(deps.db, taskId, borrower.id))) {
      const message = `the borrower has no task "${taskId}"`;
      throw new ApiError(422, 'UNKNOWN_TASK', message, [{ path: 'taskId', message }]);
    }
    const note = await deps.db.transaction(async (tx) => {
      const added = await addNote(tx, {
        borrowerId: borrower.id,
        body,
        author: caller.name,
        ...(taskId ? { taskId } : {}),
        now,
      });
      await touchClaims(tx, borrower.id, caller.name, now);
      await recordAudit(tx, caller, 'borrower.noteAdded', externalId, { noteId: added.id, taskId });
      return added;
    });
    return c.json(note, 201);
  });

  router.openapi(searchRoute, async (c) => {
    const { query, limit } = c.req.valid('json');
    return c.json({ borrowers: await lookupBorrowers(deps.db, query, limit) }, 200);
  });

  return router;
};
