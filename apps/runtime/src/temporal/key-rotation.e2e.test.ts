// Rotating the payload key (docs/security.md): an enrollment started under key A, asleep when the
// operator adds key B and makes it the active one, carries on under the new configuration. Its
// history then holds payloads of both keys; both decrypt, and it replays.
import { NativeConnection, Worker } from '@temporalio/worker';
import { Connection, type WorkflowHandle } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../db/schema';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, putBorrower, waitUntil } from '../testing/scenario';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import { journeyClient, temporalJourneyDriver } from '../temporal-client';
import { loadWorkflowBundle } from '../workflow-bundle';
import { createJourneyWorker, plainLinks } from '../worker';
import { journeyDataConverter } from './data-converter';
import {
  keyIdMetadataKey,
  PayloadDecryptionError,
  PayloadEncryptionCodec,
} from './encryption-codec';
import { keyringOf, newPayloadKey } from './payload-keys';

const keyA = newPayloadKey();
const keyB = newPayloadKey();
const beforeRotation = keyringOf({ a: keyA }, 'a');
const afterRotation = keyringOf({ a: keyA, b: keyB }, 'b');
const onlyB = keyringOf({ b: keyB }, 'b');

const journey = testJourney('rotation', 'first', [
  smsReminder('first', 'pause'),
  { id: 'pause', type: 'wait', config: { for: 'PT3S' }, next: { done: 'second' } },
  smsReminder('second', 'done'),
  endNode(),
]);

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

/** Every payload in a history (inputs, results, signals), wherever it sits. */
function payloadsIn(node: unknown, found: Payload[] = []): Payload[] {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return found;
  if (Array.isArray(node)) {
    for (const item of node) payloadsIn(item, found);
    return found;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'payloads' && Array.isArray(value)) found.push(...(value as Payload[]));
    else payloadsIn(value, found);
  }
  return found;
}

/** An event less what the SDK's core writes of its own in clear (see the test below). */
function withoutCoreBookkeeping(event: HistoryEvent): unknown {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName === 'core_patch') return null;
  if (marker?.markerName === 'core_local_activity') {
    const { data: _core, ...ours } = marker.details ?? {};
    expect(Object.keys(ours)).toEqual(['result']);
    return ours;
  }
  return event;
}

describe('rotating the payload key', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack({ payloadKeys: beforeRotation, worker: false });
    await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('keeps old histories readable: a journey started under A finishes under B and replays', async () => {
    // Under key A: the journey starts, sends its first message and falls asleep.
    const workerA = await stack.startWorker();
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, journey.id, borrower);
    await waitUntil(
      () => stack.journeys.state(started.id),
      (view) => view?.currentNode === 'pause',
      { what: 'the wait' },
    );
    await workerA.stop();

    // The operator adds key B and makes it the active one: a new worker and a new API client.
    const native = await NativeConnection.connect({ address: stack.address });
    const connection = await Connection.connect({ address: stack.address });
    const workerB = await createJourneyWorker({
      connection: native,
      db: stack.database.db,
      links: plainLinks('http://portal.test'),
      optOutNotices: false,
      payloadKeys: afterRotation,
      taskQueue: stack.taskQueue,
      workflowBundle: await loadWorkflowBundle(inject('workflowBundlePath')),
    });
    const running = workerB.run();
    try {
      const client = journeyClient({ connection, payloadKeys: afterRotation });
      const journeys = temporalJourneyDriver({
        client,
        db: stack.database.db,
        logger: pino({ level: 'silent' }),
        taskQueue: stack.taskQueue,
      });
      // The new worker has nothing cached: it replays the history written under A and goes on.
      const done = await finished(stack.api, started.id);
      expect(done.outcome).toBe('done');
      // The rotated API reads the state (the query's payloads now travel under B).
      expect(await journeys.state(started.id)).toMatchObject({
        status: 'completed',
        outcome: 'done',
      });
      const sent = await stack.database.db
        .select({ nodeId: messages.nodeId, body: messages.body })
        .from(messages)
        .where(eq(messages.enrollmentId, started.id))
        .orderBy(messages.createdAt);
      expect(sent).toEqual([
        { nodeId: 'first', body: 'first, Lan' },
        { nodeId: 'second', body: 'second, Lan' },
      ]);

      const history = await client.workflow.getHandle(started.workflowId).fetchHistory();
      // Patch markers ("core_patch": `patched('send-queue-per-channel')`, `patched('local-bookkeeping')`)
      // hold the patch id alone, and a local activity's marker ("core_local_activity") its `data`:
      // the activity's type, attempt and times. The SDK's core writes both, not through the data
      // converter: no data of ours. Only those are left out; a local activity's `result` and any
      // other payload must be under a key.
      const payloads = payloadsIn((history.events ?? []).map(withoutCoreBookkeeping));
      const keyIds = new Set(
        payloads.map((p) => new TextDecoder().decode(p.metadata?.[keyIdMetadataKey])),
      );
      expect([...keyIds].sort()).toEqual(['a', 'b']);
      const decoded = await new PayloadEncryptionCodec(afterRotation).decode(payloads);
      expect(decoded).toHaveLength(payloads.length);
      // Proof the old ones really are A's: without A they do not decrypt.
      await expect(new PayloadEncryptionCodec(onlyB).decode(payloads)).rejects.toThrow(
        PayloadDecryptionError,
      );

      await Worker.runReplayHistory(
        {
          workflowBundle: await loadWorkflowBundle(inject('workflowBundlePath')),
          dataConverter: journeyDataConverter(afterRotation),
        },
        history,
        started.workflowId,
      );
    } finally {
      workerB.shutdown();
      await running;
      await native.close();
      await connection.close();
    }
  }, 60_000);
});
