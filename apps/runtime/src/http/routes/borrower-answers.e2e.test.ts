// An agent records a promise or a plan on the borrower's behalf, against real journeys on the
// Temporal dev server: the workflow vets the answer with the step's own limits (as for the portal),
// the journey moves on as if the borrower had answered, the stored event and the audit trail name
// the agent, and an enrollment waiting elsewhere is refused with 409.
import { addDays, localDate } from '@tandem/dsl';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, events } from '../../db/schema';
import { openJourneyStack, type JourneyStack } from '../../testing/journey-stack';
import {
  enroll,
  enrollment,
  publishJourney,
  putBorrower,
  waitUntil,
  type TestBorrower,
} from '../../testing/scenario';
import { endNode, smsReminder, testJourney } from '../../testing/test-journeys';

const promiseJourney = testJourney('agent-promise', 'hello', [
  smsReminder('hello', 'ask'),
  {
    id: 'ask',
    type: 'promiseToPay',
    config: {
      channel: 'sms',
      respondWithin: 'PT10M',
      maxDaysOut: 10,
      minAmountPercent: 20,
      remindBefore: null,
    },
    next: { kept: 'kept', broken: 'broken', noResponse: 'silent' },
  },
  endNode('kept', 'kept'),
  endNode('broken', 'broken'),
  endNode('silent', 'silent'),
]);

const planJourney = testJourney('agent-plan', 'offer', [
  {
    id: 'offer',
    type: 'offerPlan',
    config: {
      channel: 'sms',
      respondWithin: 'PT10M',
      options: [
        { instalments: 3, frequency: 'monthly' },
        // 1800 / 12 = 150 a month: below its minimum, so never offered.
        { instalments: 12, frequency: 'monthly', minInstalment: 500 },
      ],
    },
    next: { accepted: 'on-plan', declined: 'no-plan', noResponse: 'no-plan' },
  },
  endNode('on-plan', 'on-plan'),
  endNode('no-plan', 'no-plan'),
]);

const waitJourney = testJourney('agent-wait', 'pause', [
  { id: 'pause', type: 'wait', config: { for: 'PT10M' }, next: { done: 'end' } },
  endNode('end', 'end'),
]);

let stack: JourneyStack;

beforeAll(async () => {
  stack = await openJourneyStack();
  for (const journey of [promiseJourney, planJourney, waitJourney]) {
    await publishJourney(stack.api, journey);
  }
});
afterAll(async () => {
  await stack?.close();
});

/** Enrolls a new borrower and waits until the journey sits at `node`. */
async function enrolledAt(journeyId: string, node: string) {
  const borrower = await putBorrower(stack.api);
  const started = await enroll(stack.api, journeyId, borrower);
  await waitUntil(
    () => enrollment(stack.api, started.id),
    (e) => e.currentNode === node,
    { what: `the journey at ${node}` },
  );
  return { borrower, enrollmentId: started.id };
}

const answerPath = (borrower: TestBorrower, enrollmentId: string, kind: 'promise' | 'plan') =>
  `/v1/borrowers/${borrower.externalId}/enrollments/${enrollmentId}/${kind}`;

const today = () => localDate(new Date().toISOString(), 'Etc/UTC');

describe('recording an answer on the borrower’s behalf', () => {
  it('a promise within the step’s limits reaches the journey; the agent is named and audited', async () => {
    const { borrower, enrollmentId } = await enrolledAt('agent-promise', 'ask');
    const page = await stack.api.call('GET', `/v1/borrowers/${borrower.externalId}/page`, {
      role: 'agent',
    });
    const listed = (
      page.body as { enrollments: Array<{ id: string; waitingFor: unknown }> }
    ).enrollments.find((e) => e.id === enrollmentId);
    expect(listed?.waitingFor).toMatchObject({
      kind: 'promise',
      nodeId: 'ask',
      latest: addDays(today(), 10),
      minAmount: 360,
    });

    const date = addDays(today(), 3);
    const res = await stack.api.call('POST', answerPath(borrower, enrollmentId, 'promise'), {
      role: 'agent',
      body: { date, amount: 400 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ enrollmentId, step: 'ask', recordedBy: 'test agent' });

    // The workflow holds the promise: it now waits for the end of the grace day after the date.
    const view = await waitUntil(
      () => stack.journeys.state(enrollmentId),
      (v) => v?.waitingUntil === `${addDays(date, 2)}T00:00:00.000Z`,
      { what: 'the workflow to wait for the promised date' },
    );
    expect(view?.currentNode).toBe('ask');

    const [stored] = await stack.database.db
      .select()
      .from(events)
      .where(and(eq(events.type, 'ptp.promised'), eq(events.accountId, await accountId(borrower))));
    expect(stored?.data).toEqual({ date, amount: 400, via: 'agent', recordedBy: 'test agent' });
    expect(stored?.sourceId).toMatch(/^agent:/);
    const audited = await stack.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'promise.recordedForBorrower'));
    expect(audited.find((a) => a.targetId === borrower.externalId)).toMatchObject({
      actorName: 'test agent',
      actorRole: 'agent',
    });
  });

  it('refuses a promise outside the step’s limits with 422 naming the field', async () => {
    const { borrower, enrollmentId } = await enrolledAt('agent-promise', 'ask');
    const path = answerPath(borrower, enrollmentId, 'promise');
    const tooFar = await stack.api.call('POST', path, {
      role: 'agent',
      body: { date: addDays(today(), 11) },
    });
    expect(tooFar.status).toBe(422);
    expect(tooFar.body).toMatchObject({
      error: { code: 'OUTSIDE_STEP_LIMITS', details: [{ path: 'date', reason: 'tooFar' }] },
    });
    const past = await stack.api.call('POST', path, {
      role: 'agent',
      body: { date: addDays(today(), -1) },
    });
    expect(past.body).toMatchObject({ error: { details: [{ path: 'date', reason: 'pastDate' }] } });
    const small = await stack.api.call('POST', path, {
      role: 'agent',
      body: { date: addDays(today(), 2), amount: 100 },
    });
    expect(small.status).toBe(422);
    expect(small.body).toMatchObject({
      error: { details: [{ path: 'amount', reason: 'amountTooLow' }] },
    });
    // Still waiting: nothing reached the journey.
    expect((await enrollment(stack.api, enrollmentId)).currentNode).toBe('ask');
  });

  it('a plan on offer reaches the journey, which moves on to its "accepted" port', async () => {
    const { borrower, enrollmentId } = await enrolledAt('agent-plan', 'offer');
    const path = answerPath(borrower, enrollmentId, 'plan');
    const notOffered = await stack.api.call('POST', path, { role: 'agent', body: { option: 1 } });
    expect(notOffered.status).toBe(422);
    expect(notOffered.body).toMatchObject({ error: { details: [{ path: 'option' }] } });
    const chosen = await stack.api.call('POST', path, { role: 'admin', body: { option: 0 } });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201);
    const ended = await waitUntil(
      () => enrollment(stack.api, enrollmentId),
      (e) => e.status === 'completed',
      { what: 'the journey to end' },
    );
    expect(ended.outcome).toBe('on-plan');
  });

  it('409 when the enrollment waits at no such step; 404 for another borrower’s enrollment', async () => {
    const { borrower, enrollmentId } = await enrolledAt('agent-wait', 'pause');
    const promise = await stack.api.call('POST', answerPath(borrower, enrollmentId, 'promise'), {
      role: 'agent',
      body: { date: today() },
    });
    expect(promise.status).toBe(409);
    expect(promise.body).toMatchObject({
      error: { code: 'NOT_WAITING', details: { waitingFor: 'none' } },
    });
    const plan = await stack.api.call('POST', answerPath(borrower, enrollmentId, 'plan'), {
      role: 'agent',
      body: { option: 0 },
    });
    expect(plan.status).toBe(409);
    const stranger = await putBorrower(stack.api);
    const foreign = await stack.api.call('POST', answerPath(stranger, enrollmentId, 'promise'), {
      role: 'agent',
      body: { date: today() },
    });
    expect(foreign.status).toBe(404);
    const designer = await stack.api.call('POST', answerPath(borrower, enrollmentId, 'plan'), {
      role: 'designer',
      body: { option: 0 },
    });
    expect(designer.status).toBe(403);
  });
});

async function accountId(borrower: TestBorrower): Promise<string> {
  const page = await stack.api.call('GET', `/v1/borrowers/${borrower.externalId}/page`);
  const account = (page.body as { accounts: Array<{ id: string; externalId: string }> }).accounts;
  return account.find((a) => a.externalId === borrower.accountId)!.id;
}
