// An event the API accepted reaches its journey even when the process that stored it died before
// signalling it: first in process (the app's relay never runs, as if killed right after
// answering, and a relay started afterwards delivers it), then for real: a separate server process
// answers a batch and is SIGKILLed at once, and a fresh process delivers every event exactly once.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../db/queries/api-keys';
import { events, messages } from '../db/schema';
import { spawnApiProcess, type ApiProcess } from '../testing/api-process';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import {
  enroll,
  enrollment,
  finished,
  postEvent,
  publishJourney,
  putBorrower,
  waitUntil,
  type TestBorrower,
} from '../testing/scenario';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import { startEventRelay, unsignalledEventCount } from './event-relay';

const waiting = testJourney('relay-waits', 'hello', [
  smsReminder('hello', 'pause', { text: 'Hello {{ borrower.firstName }}' }),
  { id: 'pause', type: 'wait', config: { for: 'PT10M' }, next: { done: 'done' } },
  endNode('done', 'waited'),
]);

describe('the event relay on the real dev server', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    // The app hands stored events to a relay that never runs: nothing signals them.
    stack = await openJourneyStack({ appDeps: () => ({ eventRelay: { nudge: () => {} } }) });
    await publishJourney(stack.api, waiting);
  });
  afterAll(() => stack?.close());

  it('delivers an accepted event after the process that stored it died unsignalled', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'relay-waits', borrower);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'pause',
      { what: 'the journey to wait' },
    );
    await postEvent(stack.api, borrower, 'payment.settled', { amount: 1800 });
    // Answered 200 and committed; the journey has heard nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await enrollment(stack.api, started.id)).toMatchObject({
      status: 'running',
      currentNode: 'pause',
    });
    expect(await unsignalledEventCount(stack.database.db)).toBe(1);

    const relay = startEventRelay({ db: stack.database.db, journeys: stack.journeys });
    try {
      const ended = await finished(stack.api, started.id);
      expect(ended).toMatchObject({ status: 'completed', outcome: 'exit:payment.settled' });
      expect(await unsignalledEventCount(stack.database.db)).toBe(0);
    } finally {
      await relay.stop();
    }
  });
});

describe('a server process SIGKILLed right after answering', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    // Postgres: the killed process, its successor and this test share the database.
    stack = await openJourneyStack({ driver: 'postgres' });
    await publishJourney(stack.api, waiting);
  });
  afterAll(() => stack?.close());

  const apiProcess = () =>
    spawnApiProcess({
      databaseUrl: stack.database.url!,
      address: stack.address,
      taskQueue: stack.taskQueue,
      payloadKeys: inject('payloadKeys'),
    });

  it('loses no accepted event: a fresh process delivers each to its workflow exactly once', async () => {
    const people: TestBorrower[] = [];
    const started: string[] = [];
    for (let i = 0; i < 12; i++) {
      const borrower = await putBorrower(stack.api);
      people.push(borrower);
      started.push((await enroll(stack.api, 'relay-waits', borrower)).id);
    }
    for (const id of started) {
      await waitUntil(
        () => enrollment(stack.api, id),
        (e) => e.currentNode === 'pause',
        { what: 'the journey to wait', timeoutMs: 60_000 },
      );
    }
    const { key } = await createApiKey(stack.database.db, { name: 'crm', role: 'integration' });
    const body = {
      events: people.map((borrower) => ({
        sourceId: `kill-${randomUUID()}`,
        type: 'payment.settled',
        borrower: { externalId: borrower.externalId },
        account: { externalId: borrower.accountId },
        occurredAt: new Date().toISOString(),
        data: { amount: 1800 },
      })),
    };

    let first: ApiProcess | undefined = await apiProcess();
    let second: ApiProcess | undefined;
    try {
      const res = await fetch(`${first.base}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      // Answered: committed. Killed before its relay could have told all twelve workflows.
      const killed = first.kill();
      first = undefined;
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { accepted: number; results: { id: string }[] };
      await killed;
      expect(answer.accepted).toBe(12);
      const ids = answer.results.map((r) => r.id);
      const stored = await stack.database.db
        .select({ id: events.id, due: events.signalDueAt })
        .from(events)
        .where(inArray(events.id, ids));
      expect(stored).toHaveLength(12);
      // The kill came mid-delivery: some events were still due (or leased to the dead relay).
      expect(stored.filter((row) => row.due !== null).length).toBeGreaterThan(0);

      second = await apiProcess();
      // A claim the dead relay held comes due when its 30 s lease ends.
      for (const id of started) {
        const ended = await finished(stack.api, id, 120_000);
        expect(ended).toMatchObject({ status: 'completed', outcome: 'exit:payment.settled' });
      }
      await waitUntil(
        () => unsignalledEventCount(stack.database.db),
        (n) => n === 0,
        { what: 'every event signalled', timeoutMs: 60_000 },
      );
      // Exactly once: each journey acted once (its one greeting, no step run again), and
      // a workflow told twice ignores the event id it has seen.
      for (const id of started) {
        const sent = await stack.database.db
          .select({ nodeId: messages.nodeId })
          .from(messages)
          .where(eq(messages.enrollmentId, id));
        expect(sent.map((m) => m.nodeId)).toEqual(['hello']);
      }
    } finally {
      await first?.kill();
      await second?.kill();
    }
  }, 300_000);
});
