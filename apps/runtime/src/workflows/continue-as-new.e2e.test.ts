// A journey lasts weeks and its history grows: the workflow continues as new when Temporal
// suggests it, carrying the engine state and absolute wake-up times. Shown on a dev server of its
// own whose suggestion threshold is very low.
import type { JourneyInput } from '@tandem/dsl';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJourneyStack, startOwnTemporal, type JourneyStack } from '../testing/journey-stack';
import {
  enroll,
  enrollment,
  finished,
  publishJourney,
  putBorrower,
  waitUntil,
} from '../testing/scenario';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import type { JourneyWorkflowResult } from './definitions';

const chain = Array.from({ length: 8 }, (_, i) => ({
  id: `tick-${i}`,
  type: 'wait',
  config: { for: 'PT0.1S' },
  next: { done: i === 7 ? 'long' : `tick-${i + 1}` },
}));

const longJourney: JourneyInput = testJourney('many-steps', 'first', [
  {
    id: 'first',
    type: 'waitForEvent',
    config: { events: ['reply.received'], timeout: 'PT1M' },
    next: { 'reply.received': 'tick-0', timeout: 'done' },
  },
  ...chain,
  { id: 'long', type: 'wait', config: { for: 'PT4S' }, next: { done: 'second' } },
  {
    id: 'second',
    type: 'waitForEvent',
    config: { events: ['reply.received'], timeout: 'PT2S' },
    next: { 'reply.received': 'replied-again', timeout: 'hello' },
  },
  smsReminder('hello', 'done', { text: 'One message, {{ borrower.firstName }}' }),
  endNode('replied-again', 'replied-again'),
  endNode(),
]);

describe('continue-as-new', () => {
  let server: TestWorkflowEnvironment;
  let stack: JourneyStack;
  beforeAll(async () => {
    server = await startOwnTemporal([
      '--dynamic-config-value',
      // Low enough for two hand-overs in this journey now that its bookkeeping adds one marker
      // per step, not an activity's three events and a workflow task's three (local-bookkeeping).
      'limit.historyCount.suggestContinueAsNew=20',
    ]);
    stack = await openJourneyStack({ address: server.address });
    await publishJourney(stack.api, longJourney);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await server?.teardown();
  });

  it('carries state, step ordinals, seen event ids and wake-up times into each new run', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'many-steps', borrower);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'first',
    );
    const reply = {
      id: 'the-one-reply',
      type: 'reply.received' as const,
      occurredAt: new Date().toISOString(),
      data: { channel: 'sms' as const, text: 'yes' },
    };
    await stack.journeys.notifyEnrollment(started.id, reply);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'second',
      {
        what: 'the second wait',
      },
    );
    // The same event again, after the workflow has continued as new: it must be recognised.
    await stack.journeys.notifyEnrollment(started.id, reply);

    const done = await finished(stack.api, started.id);
    const result = (await stack.client.workflow
      .getHandle(started.workflowId)
      .result()) as JourneyWorkflowResult;
    expect(result.runs).toBeGreaterThanOrEqual(2);
    expect(done.outcome).toBe('done');

    const steps = done.steps!.map((s) => `${s.kind}:${s.nodeId}`);
    const expected = ['first', ...chain.map((n) => n.id), 'long', 'second', 'hello'].flatMap(
      (id) => [`enter:${id}`, `exit:${id}`],
    );
    expect(steps).toEqual([...expected, 'enter:done', 'end:done']);

    const at = (kind: string, nodeId: string) =>
      Date.parse(done.steps!.find((s) => s.kind === kind && s.nodeId === nodeId)!.at);
    const waited = at('exit', 'long') - at('enter', 'long');
    expect(waited).toBeGreaterThanOrEqual(4000);
    expect(waited).toBeLessThan(6000);
  });
});
