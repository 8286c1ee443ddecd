// The journey's bookkeeping runs as local activities (workflows/bookkeeping.ts): a new enrollment's
// history holds the patch marker and one local-activity marker per `loadEnrollment` and
// `recordStep`, schedules only its sends, and does not repeat the start's search attributes; the
// projection is written all the same, and the history replays on the current bundle.
import type { WorkflowHandle } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journeyDataConverter } from '../temporal/data-converter';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, putBorrower } from '../testing/scenario';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import { loadWorkflowBundle } from '../workflow-bundle';
import { localBookkeepingPatch } from './bookkeeping';
import { currentNodeKey } from './search-attributes';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

const zeroWaits = testJourney('zero-waits', 'w1', [
  { id: 'w1', type: 'wait', config: { for: 'PT0S' }, next: { done: 'w2' } },
  { id: 'w2', type: 'wait', config: { for: 'PT0S' }, next: { done: 'done' } },
  endNode(),
]);
const oneReminder = testJourney('one-reminder', 'first', [smsReminder('first', 'done'), endNode()]);

const markers = (events: HistoryEvent[], name: string) =>
  events.filter((e) => e.markerRecordedEventAttributes?.markerName === name);
const scheduledTypes = (events: HistoryEvent[]) =>
  events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
const count = (events: HistoryEvent[], pick: (e: HistoryEvent) => unknown) =>
  events.filter((e) => Boolean(pick(e))).length;

/** What the core wrote in a patch marker's details (the id, in clear JSON). */
const patchIdsIn = (event: HistoryEvent): string =>
  Object.values(event.markerRecordedEventAttributes?.details ?? {})
    .flatMap((payloads) => payloads.payloads ?? [])
    .map((payload) => new TextDecoder().decode(payload.data ?? new Uint8Array()))
    .join(' ');

describe('bookkeeping as local activities', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack();
    await publishJourney(stack.api, zeroWaits);
    await publishJourney(stack.api, oneReminder);
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function run(journeyId: string) {
    const started = await enroll(stack.api, journeyId, await putBorrower(stack.api));
    const done = await finished(stack.api, started.id);
    // The projection says "completed" from inside the last workflow task: wait for it to close.
    const handle = stack.client.workflow.getHandle(started.workflowId);
    await handle.result();
    const history = await handle.fetchHistory();
    return { done, history, events: history.events ?? [] };
  }

  it('a zero-wait journey: one workflow task, no activity task, the steps recorded', async () => {
    const { done, events } = await run('zero-waits');
    expect(done.outcome).toBe('done');
    expect(done.steps?.map((s) => `${s.kind}:${s.nodeId}`)).toEqual([
      'enter:w1',
      'exit:w1',
      'enter:w2',
      'exit:w2',
      'enter:done',
      'end:done',
    ]);
    const patches = markers(events, 'core_patch');
    expect(patches).toHaveLength(1);
    expect(patchIdsIn(patches[0]!)).toContain(localBookkeepingPatch);
    // loadEnrollment, then one recordStep for the whole walk.
    expect(markers(events, 'core_local_activity')).toHaveLength(2);
    expect(scheduledTypes(events)).toEqual([]);
    expect(count(events, (e) => e.workflowTaskCompletedEventAttributes)).toBe(1);
    // The start's attributes are not upserted again; the end is. (The SDK's own upsert of
    // `TemporalChangeVersion`, which lists the patches, is not ours.)
    const upserted = events.map((e) =>
      Object.keys(
        e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {},
      ),
    );
    expect(upserted.filter((keys) => keys.includes(currentNodeKey.name))).toHaveLength(1);
  });

  it('a send stays a scheduled activity, on its channel queue; the history replays', async () => {
    const { done, history, events } = await run('one-reminder');
    expect(done.outcome).toBe('done');
    expect(scheduledTypes(events)).toEqual(['sendMessage']);
    expect(
      events.flatMap((e) => e.activityTaskScheduledEventAttributes?.taskQueue?.name ?? []),
    ).toEqual([`${stack.taskQueue}-send-sms`]);
    // loadEnrollment, recordStep entering the reminder, recordStep after its report.
    expect(markers(events, 'core_local_activity')).toHaveLength(3);
    await Worker.runReplayHistory(
      {
        workflowBundle: await loadWorkflowBundle(inject('workflowBundlePath')),
        dataConverter: journeyDataConverter(stack.payloadKeys),
      },
      history,
      'one-reminder',
    );
  });
});
