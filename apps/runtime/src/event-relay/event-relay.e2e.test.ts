// An event the API accepted reaches its journey even when the process that stored it died before
// signalling it: here the app's relay never runs (as if killed right after answering), and a
// relay started afterwards (the restarted server) delivers it to the waiting workflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
