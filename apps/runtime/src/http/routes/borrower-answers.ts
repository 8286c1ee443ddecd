// An agent records a promise or a plan choice on the borrower's behalf. Same limits and same path
// as the portal (the journey's workflow vets the answer); audited; the stored event names the
// agent (the audit entry keeps neither date nor amount: those are the borrower's, and the event
// holds them). 409 when the enrollment is not waiting at such a step; 422 naming the field outside the
// step's limits.
import { createRoute, z } from '@hono/zod-openapi';
import { isoDateSchema } from '@tandem/dsl';
import { recordAudit } from '../../audit/record-audit';
import {
  recordPlan,
  recordPromise,
  type RecordedAnswer,
} from '../../borrower-page/answer-for-borrower';
import { findBorrower } from '../../db/queries/borrowers';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { externalIdSchema } from '../../imports/borrower-input';

const params = z.object({
  externalId: externalIdSchema.openapi({ param: { name: 'externalId', in: 'path' } }),
  enrollmentId: z
    .uuid()
    .openapi({ param: { name: 'enrollmentId', in: 'path' } })
    .describe('One of the borrower’s enrollments'),
});

const recordedSchema = z
  .object({
    enrollmentId: z.string(),
    step: z.string().describe('The step that took the answer'),
    recordedBy: z.string().describe('The agent’s key name'),
  })
  .openapi('RecordedAnswer');

const responses = {
  201: {
    description: 'The journey accepted the answer; it goes on as if the borrower had answered',
    content: { 'application/json': { schema: recordedSchema } },
  },
  404: { description: 'No such borrower, or the enrollment is not the borrower’s' },
  409: {
    description:
      'The enrollment is not waiting at a step that takes this answer (`details.waitingFor`), or the journey refused it',
  },
  422: {
    description: 'Outside the step’s limits: `details` names the field and the step’s reason',
  },
};

const promiseRoute = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/enrollments/{enrollmentId}/promise',
  tags: ['agents'],
  summary: 'Record a promise to pay the borrower made to an agent (the promise step’s limits)',
  request: {
    params,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              date: isoDateSchema.describe('The promised date, in the borrower’s calendar'),
              amount: z.number().positive().max(1e9).optional().describe('A partial promise'),
            })
            .openapi('PromiseOnBehalf'),
        },
      },
    },
  },
  responses,
});

const planRoute = createRoute({
  method: 'post',
  path: '/borrowers/{externalId}/enrollments/{enrollmentId}/plan',
  tags: ['agents'],
  summary: 'Record the plan the borrower chose with an agent (the plan step’s options)',
  request: {
    params,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              option: z
                .number()
                .int()
                .min(0)
                .max(5)
                .describe('The option’s index in the step (the page lists those on offer)'),
            })
            .openapi('PlanOnBehalf'),
        },
      },
    },
  },
  responses,
});

const stepNames = { promise: 'a promise-to-pay', plan: 'an offer-plan' } as const;

/** The answer as a response, or the located error it is. */
function outcome(
  result: RecordedAnswer,
  wanted: 'promise' | 'plan',
  ids: { externalId: string; enrollmentId: string },
): asserts result is Extract<RecordedAnswer, { ok: true }> {
  if (result.ok) return;
  if (result.reason === 'no-enrollment') {
    const message = `the borrower ${ids.externalId} has no enrollment ${ids.enrollmentId}`;
    throw new ApiError(404, 'NOT_FOUND', message, [{ path: 'enrollmentId', message }]);
  }
  if (result.reason === 'not-waiting') {
    throw new ApiError(
      409,
      'NOT_WAITING',
      `the enrollment is not waiting at ${stepNames[wanted]} step`,
      { waitingFor: result.waitingFor },
    );
  }
  if (result.reason === 'refused') {
    const { message, reason } = result.verdict as { message: string; reason: string };
    throw new ApiError(422, 'OUTSIDE_STEP_LIMITS', message, [
      { path: result.field, message, reason },
    ]);
  }
  const { message, reason } = result.verdict as { message: string; reason: string };
  throw new ApiError(409, 'JOURNEY_REFUSED', `the journey refused the answer: ${message}`, {
    reason,
  });
}

export const borrowerAnswersRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const answerDeps = { db: deps.db, journeys: deps.journeys, now: deps.now };

  const borrowerId = async (externalId: string) => {
    const borrower = await findBorrower(deps.db, externalId);
    if (!borrower) throw new ApiError(404, 'NOT_FOUND', `no borrower ${externalId}`);
    return borrower.id;
  };

  router.openapi(promiseRoute, async (c) => {
    const ids = c.req.valid('param');
    const input = c.req.valid('json');
    const caller = c.get('caller');
    const result = await recordPromise(answerDeps, {
      borrowerId: await borrowerId(ids.externalId),
      enrollmentId: ids.enrollmentId,
      agent: caller.name,
      date: input.date,
      ...(input.amount === undefined ? {} : { amount: input.amount }),
    });
    outcome(result, 'promise', ids);
    const step = result.session.step.kind === 'promise' ? result.session.step.nodeId : '';
    await recordAudit(deps.db, caller, 'promise.recordedForBorrower', ids.externalId, {
      enrollmentId: ids.enrollmentId,
      step,
    });
    return c.json({ enrollmentId: ids.enrollmentId, step, recordedBy: caller.name }, 201);
  });

  router.openapi(planRoute, async (c) => {
    const ids = c.req.valid('param');
    const input = c.req.valid('json');
    const caller = c.get('caller');
    const result = await recordPlan(answerDeps, {
      borrowerId: await borrowerId(ids.externalId),
      enrollmentId: ids.enrollmentId,
      agent: caller.name,
      option: input.option,
    });
    outcome(result, 'plan', ids);
    const step = result.session.step.kind === 'plan' ? result.session.step.nodeId : '';
    await recordAudit(deps.db, caller, 'plan.recordedForBorrower', ids.externalId, {
      enrollmentId: ids.enrollmentId,
      step,
      option: input.option,
    });
    return c.json({ enrollmentId: ids.enrollmentId, step, recordedBy: caller.name }, 201);
  });

  return router;
};
