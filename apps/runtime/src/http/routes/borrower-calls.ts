// Logging a call from the borrower's page: checked against the contact rules, written to the
// contact ledger, audited. A refusal says why and when a call would be allowed.
import { createRoute, z } from '@hono/zod-openapi';
import { recordAudit } from '../../audit/record-audit';
import { callOutcomes, callResults, logCall } from '../../borrower-page/log-call';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { contactAnswerSchema } from './borrower-page-schemas';
import { externalIdParams } from './borrower-schemas';

const callRoute = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/calls',
  tags: ['agents'],
  summary: 'Log a call (attempted, or a conversation) about one debt, if the rules allow it',
  request: {
    params: externalIdParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              account: z.string().min(1).max(200).describe('The debt’s external id'),
              result: z.enum(callResults).describe('conversation: someone spoke with the borrower'),
              outcome: z.enum(callOutcomes),
              note: z.string().trim().min(1).max(5000).optional().describe('Kept as a note'),
              taskId: z.uuid().optional(),
            })
            .openapi('CallLog'),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Logged; `next` says whether and when another call would be allowed',
      content: {
        'application/json': {
          schema: z
            .object({
              call: z.object({
                id: z.number().int(),
                at: z.string(),
                enrollmentId: z.string().nullable(),
              }),
              next: contactAnswerSchema,
            })
            .openapi('LoggedCall'),
        },
      },
    },
    404: { description: 'No such borrower' },
    409: { description: 'The contact rules forbid a call now: `details` has reason, detail, next' },
    422: { description: 'The account, or the task named, is not the borrower’s' },
  },
});

export const borrowerCallsRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(callRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const input = c.req.valid('json');
    const caller = c.get('caller');
    const result = await deps.db.transaction(async (tx) => {
      const logged = await logCall(tx, {
        borrowerExternalId: externalId,
        accountExternalId: input.account,
        result: input.result,
        outcome: input.outcome,
        ...(input.note ? { note: input.note } : {}),
        ...(input.taskId ? { taskId: input.taskId } : {}),
        agent: caller.name,
        now: deps.now(),
      });
      if (logged.ok) {
        await recordAudit(tx, caller, 'call.logged', externalId, {
          account: input.account,
          result: input.result,
          outcome: input.outcome,
        });
      }
      return logged;
    });
    if (result.ok) return c.json({ call: result.call, next: result.next }, 201);
    if (result.reason === 'no-borrower') {
      throw new ApiError(404, 'NOT_FOUND', `no borrower ${externalId}`);
    }
    if (result.reason === 'no-task') {
      const message = `the borrower has no task "${input.taskId}"`;
      throw new ApiError(422, 'UNKNOWN_TASK', message, [{ path: 'taskId', message }]);
    }
    if (result.reason === 'no-account') {
      const message = `the borrower has no account "${input.account}"`;
      throw new ApiError(422, 'UNKNOWN_ACCOUNT', message, [{ path: 'account', message }]);
    }
    const { reason, detail, next } = result.answer;
    const when = next ? `; allowed from ${next}` : '';
    throw new ApiError(
      409,
      'CALL_NOT_ALLOWED',
      `a call now is not allowed: ${detail ?? reason}${when}`,
      {
        reason,
        detail,
        next,
      },
    );
  });

  return router;
};
