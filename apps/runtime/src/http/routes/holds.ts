// Holds on a borrower: while one is active nobody contacts them, in any journey. Agents and
// integrations set and end them; the workflows learn of it from the durable-execution layer.
import { createRoute, z } from '@hono/zod-openapi';
import { holdKindSchema, instantSchema, type HoldKind, type JourneyEvent } from '@tandem/dsl';
import { findBorrower } from '../../db/queries/borrowers';
import {
  activeHoldOfKind,
  createHold,
  endHold,
  findHold,
  listHolds,
  toHoldView,
} from '../../db/queries/holds';
import { recordAudit } from '../../audit/record-audit';
import { recordPersonRead } from '../../audit/person-reads';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import {
  errorResponses,
  errorSchema,
  externalIdParams,
  holdViewSchema,
  notFoundResponse,
} from './borrower-schemas';

/** Ends that a hold kind has by rule when the caller gives none (UK Breathing Space: 60 days). */
export const defaultHoldDays: Partial<Record<HoldKind, number>> = { breathingSpace: 60 };

const DAY_MS = 24 * 60 * 60 * 1000;

const holdInput = z
  .strictObject({
    kind: holdKindSchema,
    until: instantSchema
      .optional()
      .describe('When it ends by itself; breathingSpace defaults to 60 days, others never'),
    reason: z.string().max(500).optional(),
  })
  .openapi('HoldInput');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const holdParams = externalIdParams.extend({
  holdId: z.uuid('not a hold id').openapi({ param: { name: 'holdId', in: 'path' } }),
});

const create = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/holds',
  summary: 'Put a hold on a borrower',
  request: {
    params: externalIdParams,
    body: { required: true, content: { 'application/json': { schema: holdInput } } },
  },
  responses: {
    201: json(holdViewSchema, 'The new hold'),
    ...errorResponses,
    404: notFoundResponse,
    409: json(errorSchema, 'An active hold of this kind exists already'),
  },
});

const end = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/holds/{holdId}/end',
  summary: 'End a hold now',
  request: { params: holdParams },
  responses: {
    200: json(holdViewSchema, 'The ended hold'),
    ...errorResponses,
    404: json(errorSchema, 'No such borrower or hold'),
    409: json(errorSchema, 'The hold has ended already'),
  },
});

const list = createRoute({
  method: 'get',
  path: '/borrowers/{externalId}/holds',
  summary: 'A borrower’s holds, active and past, newest first',
  request: { params: externalIdParams },
  responses: {
    200: json(z.object({ items: z.array(holdViewSchema) }), 'The holds'),
    ...errorResponses,
    404: notFoundResponse,
  },
});

/** A hold change as the journeys hear of it (the id makes a repeated signal harmless). */
function holdEvent(
  id: string,
  at: Date,
  change:
    | { type: 'hold.started'; data: { kind: HoldKind; until?: string } }
    | { type: 'hold.ended'; data: { kind: HoldKind } },
): JourneyEvent {
  return { id, occurredAt: at.toISOString(), ...change };
}

/** POST/GET /borrowers/:externalId/holds and POST …/holds/:holdId/end. */
export const holdsRoutes: RouteModule = (deps) => {
  const router = newRouter();

  const borrowerOf = async (externalId: string) => {
    const borrower = await findBorrower(deps.db, externalId);
    if (!borrower) throw new ApiError(404, 'BORROWER_NOT_FOUND', `no borrower "${externalId}"`);
    return borrower;
  };

  router.openapi(create, async (c) => {
    const { externalId } = c.req.valid('param');
    const input = c.req.valid('json');
    const now = deps.now();
    const defaultDays = defaultHoldDays[input.kind];
    const until = input.until
      ? new Date(input.until)
      : defaultDays === undefined
        ? null
        : new Date(now.getTime() + defaultDays * DAY_MS);
    if (until && until <= now) {
      throw new ApiError(400, 'VALIDATION', 'until: must be in the future', [
        { path: 'until', message: 'must be in the future' },
      ]);
    }
    const borrower = await borrowerOf(externalId);
    const existing = await activeHoldOfKind(deps.db, borrower.id, input.kind, now);
    if (existing) {
      throw new ApiError(
        409,
        'HOLD_ALREADY_ACTIVE',
        `an active ${input.kind} hold exists already`,
        {
          holdId: existing.id,
        },
      );
    }
    const caller = c.get('caller');
    const hold = await deps.db.transaction(async (tx) => {
      const started = await createHold(tx, {
        borrowerId: borrower.id,
        kind: input.kind,
        startsAt: now,
        endsAt: until,
        reason: input.reason ?? null,
        createdBy: caller.name,
      });
      await recordAudit(tx, caller, 'hold.started', externalId, {
        holdId: started.id,
        kind: input.kind,
        until: until?.toISOString() ?? null,
      });
      return started;
    });
    deps.logger.info({ borrowerId: borrower.id, holdId: hold.id, kind: hold.kind }, 'hold started');
    await deps.journeys?.notifyBorrower(borrower.id, null, [
      holdEvent(`hold-${hold.id}-started`, now, {
        type: 'hold.started',
        data: { kind: input.kind, ...(until ? { until: until.toISOString() } : {}) },
      }),
    ]);
    return c.json(toHoldView(hold, now), 201);
  });

  router.openapi(end, async (c) => {
    const { externalId, holdId } = c.req.valid('param');
    const now = deps.now();
    const borrower = await borrowerOf(externalId);
    const hold = await findHold(deps.db, borrower.id, holdId);
    if (!hold) throw new ApiError(404, 'HOLD_NOT_FOUND', `no hold ${holdId} on this borrower`);
    const caller = c.get('caller');
    const ended = await deps.db.transaction(async (tx) => {
      const row = await endHold(tx, hold.id, { now, endedBy: caller.name });
      if (row) await recordAudit(tx, caller, 'hold.ended', externalId, { holdId, kind: row.kind });
      return row;
    });
    if (!ended) {
      const at = hold.endedAt ?? hold.endsAt;
      throw new ApiError(
        409,
        'HOLD_ENDED',
        `this hold has ended already${at ? ` (${new Date(at).toISOString()})` : ''}`,
      );
    }
    deps.logger.info({ borrowerId: borrower.id, holdId: hold.id }, 'hold ended');
    await deps.journeys?.notifyBorrower(borrower.id, null, [
      holdEvent(`hold-${hold.id}-ended`, now, {
        type: 'hold.ended',
        data: { kind: hold.kind as HoldKind },
      }),
    ]);
    return c.json(toHoldView(ended, now), 200);
  });

  router.openapi(list, async (c) => {
    const { externalId } = c.req.valid('param');
    const borrower = await borrowerOf(externalId);
    const now = deps.now();
    const rows = await listHolds(deps.db, borrower.id);
    await recordPersonRead(deps.db, c.get('caller'), 'borrower.holdsViewed', externalId);
    return c.json({ items: rows.map((hold) => toHoldView(hold, now)) }, 200);
  });

  return router;
};
