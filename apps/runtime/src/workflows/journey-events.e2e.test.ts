// How a running journey hears the world, on the real dev server: exit events end it from any
// wait, a signal delivered twice counts once, the portal's question is answered through an update,
// a cancel ends it, enrolling twice starts one workflow, and operators find it by search attribute.
import { eq } from 'drizzle-orm';
import type { JourneyInput } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../db/schema';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import {
  enroll,
  enrollment,
  finished,
  postEvent,
  publishJourney,
  putBorrower,
  waitUntil,
} from '../testing/scenario';
import { workflowIdOf } from '../temporal-client';

const base = {
  dsl: 'journey/v1' as const,
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
};

const hello = (next: string) => ({
  id: 'hello',
  type: 'remind',
  config: { channel: 'sms', message: { en: 'Hello {{ borrower.firstName }}' } },
  next: { sent: next },
});
const after = {
  id: 'after',
  type: 'remind',
  config: { channel: 'sms', message: { en: 'A demand that must never follow a settlement' } },
  next: { sent: 'done' },
};
const done = { id: 'done', type: 'end', config: { outcome: 'reached-the-end' } };

/** hello → <waiting node> → after → end: a journey per kind of wait. */
const waits: Array<{ type: string; config: Record<string, unknown>; ports: string[] }> = [
  { type: 'wait', config: { for: 'PT1M' }, ports: ['done'] },
  {
    type: 'waitForEvent',
    config: { events: ['reply.received'], timeout: 'PT1M' },
    ports: ['reply.received', 'timeout'],
  },
  {
    type: 'promiseToPay',
    config: { channel: 'sms', respondWithin: 'PT1M', remindBefore: null },
    ports: ['kept', 'broken', 'noResponse'],
  },
  {
    type: 'offerPlan',
    config: { channel: 'sms', respondWithin: 'PT1M' },
    ports: ['accepted', 'declined', 'noResponse'],
  },
  {
    type: 'educationLesson',
    config: { channel: 'sms', watchWithin: 'PT1M' },
    ports: ['watched', 'notWatched'],
  },
  {
    type: 'escalate',
    config: { timeout: 'PT1M', outcomes: ['resolved'] },
    ports: ['resolved', 'timeout'],
  },
];

const journeyWaitingIn = (
  type: string,
  config: Record<string, unknown>,
  ports: string[],
): JourneyInput => ({
  ...base,
  id: `settles-in-${type.toLowerCase()}`,
  name: `Settles in ${type}`,
  start: 'hello',
  nodes: [
    hello('waiting'),
    { id: 'waiting', type, config, next: Object.fromEntries(ports.map((p) => [p, 'after'])) },
    after,
    done,
  ],
});

const twoReplies: JourneyInput = {
  ...base,
  id: 'two-replies',
  name: 'Two replies',
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'waitForEvent',
      config: { events: ['reply.received'], timeout: 'PT1M' },
      next: { 'reply.received': 'second', timeout: 'done' },
    },
    {
      id: 'second',
      type: 'waitForEvent',
      config: { events: ['reply.received'], timeout: 'PT3S' },
      next: { 'reply.received': 'replied-twice', timeout: 'done' },
    },
    { id: 'replied-twice', type: 'end', config: { outcome: 'replied-twice' } },
    done,
  ],
};

const promise: JourneyInput = {
  ...base,
  id: 'promise-through-portal',
  name: 'Promise through the portal',
  start: 'ask',
  nodes: [
    {
      id: 'ask',
      type: 'promiseToPay',
      config: {
        channel: 'sms',
        respondWithin: 'PT1M',
        maxDaysOut: 7,
        remindBefore: null,
        confirmation: { en: 'Thank you, {{ borrower.firstName }}: we have noted your date.' },
      },
      next: { kept: 'done', broken: 'done', noResponse: 'done' },
    },
    done,
  ],
};

const longWait: JourneyInput = {
  ...base,
  id: 'long-wait',
  name: 'Long wait',
  start: 'hello',
  nodes: [
    hello('pause'),
    { id: 'pause', type: 'wait', config: { for: 'PT5M' }, next: { done: 'after' } },
    after,
    done,
  ],
};

describe('journey events on the real dev server', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack();
    for (const w of waits)
      await publishJourney(stack.api, journeyWaitingIn(w.type, w.config, w.ports));
    for (const journey of [twoReplies, promise, longWait]) await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const messagesOf = (enrollmentId: string) =>
    stack.database.db
      .select({ nodeId: messages.nodeId, body: messages.body })
      .from(messages)
      .where(eq(messages.enrollmentId, enrollmentId))
      .orderBy(messages.createdAt);

  it.concurrent.each(waits.map((w) => [w.type]))(
    'payment.settled during a %s ends the journey; nothing is sent after it',
    async (type) => {
      const borrower = await putBorrower(stack.api);
      const started = await enroll(stack.api, `settles-in-${type.toLowerCase()}`, borrower);
      await waitUntil(
        () => enrollment(stack.api, started.id),
        (e) => e.currentNode === 'waiting',
        {
          what: 'the journey to wait',
        },
      );
      await postEvent(stack.api, borrower, 'payment.settled', { amount: 1800 });
      const ended = await finished(stack.api, started.id);
      expect(ended).toMatchObject({ status: 'completed', outcome: 'exit:payment.settled' });
      // Long enough for a wrongly scheduled send to have gone out.
      await new Promise((r) => setTimeout(r, 1000));
      const sent = await messagesOf(started.id);
      expect(sent.map((m) => m.nodeId)).not.toContain('after');
      expect(sent[0]?.nodeId).toBe('hello');
    },
  );

  it('counts an event signalled twice once, by its id', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'two-replies', borrower);
    const reply = {
      id: 'reply-1',
      type: 'reply.received' as const,
      occurredAt: new Date().toISOString(),
      data: { channel: 'sms' as const, text: 'ok' },
    };
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'first',
    );
    await stack.journeys.notifyEnrollment(started.id, reply);
    await stack.journeys.notifyEnrollment(started.id, reply);
    const ended = await finished(stack.api, started.id);
    // The duplicate would have satisfied the second wait; instead it timed out.
    expect(ended.outcome).toBe('reached-the-end');
    expect(ended.steps?.map((s) => `${s.nodeId}:${s.port ?? ''}`)).toContain('second:timeout');
  });

  it("answers the portal's promise through an update: a date too far out is refused with the node's reason", async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'promise-through-portal', borrower);
    await waitUntil(
      () => messagesOf(started.id),
      (m) => m.length === 1,
      { what: 'the request' },
    );
    const day = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const ask = (date: string, id: string) =>
      stack.journeys.respond(started.id, {
        id,
        type: 'ptp.promised',
        occurredAt: new Date().toISOString(),
        data: { date },
      });
    const tooLate = await ask(day(30), 'promise-too-late');
    expect(tooLate).toMatchObject({ ok: false });
    expect(tooLate.ok ? '' : tooLate.message).toMatch(/7|date/i);
    const accepted = await ask(day(3), 'promise-ok');
    expect(accepted).toEqual({ ok: true });
    const sent = await waitUntil(
      () => messagesOf(started.id),
      (m) => m.length === 2,
    );
    expect(sent[1]!.body).toBe('Thank you, Lan: we have noted your date.');
    await stack.api.call('POST', `/v1/enrollments/${started.id}/cancel`, { role: 'agent' });
  });

  it('cancelling ends the workflow: status cancelled, nothing more is sent', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'long-wait', borrower);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'pause',
    );
    const res = await stack.api.call('POST', `/v1/enrollments/${started.id}/cancel`, {
      role: 'agent',
    });
    expect(res.status).toBe(200);
    const result = (await stack.client.workflow.getHandle(workflowIdOf(started.id)).result()) as {
      outcome: string;
    };
    expect(result.outcome).toMatch(/^cancelled:/);
    expect((await enrollment(stack.api, started.id)).status).toBe('cancelled');
    expect((await messagesOf(started.id)).map((m) => m.nodeId)).toEqual(['hello']);
  });

  it('enrolling twice starts one workflow; operators find it by journey and node', async () => {
    const borrower = await putBorrower(stack.api);
    const first = await enroll(stack.api, 'long-wait', borrower);
    const second = await enroll(stack.api, 'long-wait', borrower);
    expect(second.id).toBe(first.id);
    await stack.journeys.start([first.id]);
    const description = await stack.client.workflow.getHandle(first.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    await waitUntil(
      () => enrollment(stack.api, first.id),
      (e) => e.currentNode === 'pause',
    );
    const found = await waitUntil(
      async () => {
        const ids: string[] = [];
        const query = `JourneyId = 'long-wait' AND CurrentNode = 'pause' AND EnrollmentStatus = 'running' AND WorkflowId = '${first.workflowId}'`;
        for await (const run of stack.client.workflow.list({ query })) ids.push(run.runId);
        return ids;
      },
      (ids) => ids.length > 0,
      { what: 'the visibility store to index the run' },
    );
    expect(found).toEqual([description.runId]);
    await stack.api.call('POST', `/v1/enrollments/${first.id}/cancel`, { role: 'agent' });
  });
});
