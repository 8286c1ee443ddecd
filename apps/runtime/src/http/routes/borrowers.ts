// Borrowers and their accounts, one at a time (bulk: imports.ts). Personal data stays out of the
// logs: they name borrower ids and counts only.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AccountOwnedElsewhereError,
  getBorrowerDetail,
  listBorrowers,
  upsertBorrower,
} from '../../db/queries/borrowers';
import { borrowerInputSchema } from '../../imports/borrower-input';
import { evaluateAudiences } from '../../audiences/evaluate-audiences';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { recordPersonRead } from '../../audit/person-reads';
import {
  borrowerDetailSchema,
  borrowerViewSchema,
  errorResponses,
  errorSchema,
  externalIdParams,
  notFoundResponse,
} from './borrower-schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const putBorrower = createRoute({
  method: 'put',
  path: '/borrowers/{externalId}',
  summary: 'Create or update a borrower and some of their accounts',
  description:
    'Fields left out keep their stored values (a new borrower gets the defaults); null clears a ' +
    'nullable field. Attributes and channels merge key by key (a null channel removes it); ' +
    'preferences are replaced only when given. Accounts are upserted by their external id; ' +
    'accounts not listed are left as they are.',
  request: {
    params: externalIdParams,
    body: { required: true, content: { 'application/json': { schema: borrowerInputSchema } } },
  },
  responses: {
    200: json(borrowerDetailSchema, 'Updated'),
    201: json(borrowerDetailSchema, 'Created'),
    ...errorResponses,
    409: json(errorSchema, 'An account external id belongs to another borrower'),
  },
});

const getBorrower = createRoute({
  method: 'get',
  path: '/borrowers/{externalId}',
  summary: 'A borrower with their accounts and active holds',
  request: { params: externalIdParams },
  responses: {
    200: json(borrowerDetailSchema, 'The borrower'),
    ...errorResponses,
    404: notFoundResponse,
  },
});

const cursorSchema = z
  .string()
  .max(400)
  .optional()
  .describe('nextCursor from the previous page')
  .openapi({ param: { name: 'cursor', in: 'query' } });

// Strict: a `search` here would put names in URLs; finding a borrower is POST /borrowers/search.
const listQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: cursorSchema,
  })
  .strict();

const list = createRoute({
  method: 'get',
  path: '/borrowers',
  summary: 'Borrowers by external id, a page at a time',
  request: { query: listQuery },
  responses: {
    200: json(
      z.object({ items: z.array(borrowerViewSchema), nextCursor: z.string().nullable() }),
      'A page of borrowers',
    ),
    ...errorResponses,
  },
});

const encodeCursor = (after: string) => Buffer.from(after, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const after = Buffer.from(cursor, 'base64url').toString('utf8');
  if (after === '' || encodeCursor(after) !== cursor) {
    throw new ApiError(400, 'VALIDATION', 'cursor: use the nextCursor of the previous page', [
      { path: 'cursor', message: 'use the nextCursor of the previous page' },
    ]);
  }
  return after;
}

/** PUT/GET /borrowers/:externalId and GET /borrowers. */
export const borrowersRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(putBorrower, async (c) => {
    const { externalId } = c.req.valid('param');
    const input = c.req.valid('json');
    let created: boolean;
    try {
      ({ created } = await upsertBorrower(deps.db, { ...input, externalId }));
    } catch (error) {
      if (!(error instanceof AccountOwnedElsewhereError)) throw error;
      const path = `accounts.${error.accountIndex}.externalId`;
      throw new ApiError(409, 'ACCOUNT_OWNED_ELSEWHERE', `${path}: ${error.message}`, [
        { path, message: error.message },
      ]);
    }
    try {
      await evaluateAudiences(
        { db: deps.db, now: deps.now, ...(deps.journeys ? { journeys: deps.journeys } : {}) },
        { kind: 'borrowers', externalIds: [externalId] },
      );
    } catch (error) {
      // The borrower is written; the daily re-evaluation will look at them again.
      deps.logger.error({ err: error }, 'audience evaluation after a borrower write failed');
    }
    const detail = (await getBorrowerDetail(deps.db, externalId, deps.now()))!;
    deps.logger.info(
      { borrowerId: detail.id, created, accounts: input.accounts?.length ?? 0 },
      'borrower upserted',
    );
    return created ? c.json(detail, 201) : c.json(detail, 200);
  });

  router.openapi(getBorrower, async (c) => {
    const { externalId } = c.req.valid('param');
    const detail = await getBorrowerDetail(deps.db, externalId, deps.now());
    if (!detail) throw new ApiError(404, 'BORROWER_NOT_FOUND', `no borrower "${externalId}"`);
    await recordPersonRead(deps.db, c.get('caller'), 'borrower.viewed', externalId);
    return c.json(detail, 200);
  });

  router.openapi(list, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await listBorrowers(deps.db, {
      limit,
      ...(cursor ? { after: decodeCursor(cursor) } : {}),
    });
    return c.json(
      {
        items: page.items,
        nextCursor: page.nextAfter === null ? null : encodeCursor(page.nextAfter),
      },
      200,
    );
  });

  return router;
};
