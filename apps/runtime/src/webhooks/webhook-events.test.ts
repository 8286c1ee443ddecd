// Each change that lenders hear about writes its webhook event in its own transaction, with ids
// and business facts only. These call the code paths the API and the workflows call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStepActivity } from '../activities/record-step';
import type { OpenDatabase } from '../db/client';
import { ingestEvents } from '../db/queries/events';
import { cancelEnrollment } from '../db/queries/enrollments';
import { createHold, endHold } from '../db/queries/holds';
import { claimTask } from '../db/queries/task-claims';
import { resolveTask } from '../db/queries/tasks';
import { openTestDatabase } from '../db/test-databases';
import { webhookEvents } from '../db/schema';
import {
  insertAccount,
  insertBorrower,
  insertEnrollment,
  insertJourneyVersion,
  insertTask,
} from '../http/routes/record-fixtures';
import { webhookEventTypeNames } from './webhook-event-types';
import { insertSubscription } from './webhook-subscriptions';
import { testPayloadKeys } from '../http/testing';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
  await insertSubscription(database.db, testPayloadKeys(), {
    url: 'https://crm.example.com',
    eventTypes: [...webhookEventTypeNames],
    createdBy: 'test',
  });
});
afterAll(async () => {
  await database.close();
});

/** The events written while `action` ran, in order. */
async function emittedBy(action: () => Promise<unknown>) {
  const before = (await database.db.select({ id: webhookEvents.id }).from(webhookEvents)).length;
  await action();
  const all = await database.db.select().from(webhookEvents).orderBy(webhookEvents.seq);
  return all.slice(before).map((e) => ({ type: e.type, ...(e.payload['data'] as object) }));
}

describe('webhook events from the changes that cause them', () => {
  it('holds started and ended', async () => {
    const db = database.db;
    const b = await insertBorrower(db, { firstName: 'Secretname' });
    const now = new Date('2026-06-01T09:00:00Z');
    let holdId = '';
    expect(
      await emittedBy(async () => {
        const hold = await db.transaction((tx) =>
          createHold(tx, {
            borrowerId: b.id,
            kind: 'dispute',
            startsAt: now,
            endsAt: null,
            reason: 'Secretname disputes',
            createdBy: 'ana',
          }),
        );
        holdId = hold.id;
        await db.transaction((tx) => endHold(tx, hold.id, { now, endedBy: 'ana' }));
      }),
    ).toEqual([
      {
        type: 'hold.started',
        borrower: { externalId: b.externalId },
        holdId,
        kind: 'dispute',
        until: null,
      },
      { type: 'hold.ended', borrower: { externalId: b.externalId }, holdId, kind: 'dispute' },
    ]);
  });

  it('tasks claimed (once) and resolved', async () => {
    const db = database.db;
    const b = await insertBorrower(db);
    const task = await insertTask(db, b.id, { queue: 'hardship' });
    const now = new Date('2026-06-01T09:00:00Z');
    const events = await emittedBy(async () => {
      await claimTask(db, task.id, 'sam', now);
      await claimTask(db, task.id, 'sam', new Date(now.getTime() + 60_000)); // a refresh
      const outcome = task.outcomes[0]!;
      await resolveTask(db, task.id, { outcome, resolvedBy: 'sam', now });
    });
    expect(events.map((e) => e.type)).toEqual(['task.claimed', 'task.resolved']);
    expect(events[1]).toMatchObject({ taskId: task.id, outcome: task.outcomes[0] });
  });

  it('inbound events: a promise, a hardship request without its note, an opt-out', async () => {
    const db = database.db;
    const b = await insertBorrower(db);
    const events = await emittedBy(() =>
      ingestEvents(db, [
        {
          sourceId: `p-${b.id}`,
          type: 'ptp.promised',
          borrowerExternalId: b.externalId,
          occurredAt: '2026-06-01T09:00:00Z',
          data: { date: '2026-06-10', amount: 50 },
        },
        {
          sourceId: `h-${b.id}`,
          type: 'hardship.requested',
          borrowerExternalId: b.externalId,
          occurredAt: '2026-06-01T09:00:00Z',
          data: { category: 'job-loss', note: 'call me on +44 7700 900123' },
        },
        {
          sourceId: `o-${b.id}`,
          type: 'contact.optedOut',
          borrowerExternalId: b.externalId,
          occurredAt: '2026-06-01T09:00:00Z',
          data: { channel: 'sms' },
        },
        {
          sourceId: `pay-${b.id}`,
          type: 'payment.received',
          borrowerExternalId: b.externalId,
          occurredAt: '2026-06-01T09:00:00Z',
          data: { amount: 5 },
        },
      ]),
    );
    expect(events).toMatchObject([
      { type: 'promise.made', date: '2026-06-10', amount: 50 },
      { type: 'hardship.requested', category: 'job-loss' },
      { type: 'borrower.optedOut', channel: 'sms' },
    ]);
    expect(JSON.stringify(events)).not.toContain('7700');
  });

  it('enrollments started, a promise kept, finished; and cancelled through the API path', async () => {
    const db = database.db;
    const b = await insertBorrower(db);
    const account = await insertAccount(db, b.id);
    const version = await insertJourneyVersion(db, {
      document: {
        nodes: [
          { id: 'ptp', type: 'promiseToPay' },
          { id: 'done', type: 'end' },
        ],
      },
    });
    const enrollment = await insertEnrollment(db, {
      borrowerId: b.id,
      accountId: account.id,
      journeyVersionId: version.id,
    });
    const recordStep = recordStepActivity({ db, links: () => ({}) } as never);
    const step = (
      fromOrdinal: number,
      steps: { nodeId: string; kind: 'enter' | 'exit' | 'end'; port: string | null }[],
      status: 'running' | 'completed',
    ) =>
      recordStep({
        enrollmentId: enrollment.id,
        journeyVersionId: version.id,
        fromOrdinal,
        steps: steps.map((s) => ({ ...s, at: '2026-06-01T09:00:00.000Z' })),
        status,
        currentNode: status === 'running' ? 'ptp' : null,
        outcome: status === 'completed' ? 'paid' : null,
        at: '2026-06-01T09:00:00.000Z',
      });
    const events = await emittedBy(async () => {
      await step(0, [{ nodeId: 'ptp', kind: 'enter', port: null }], 'running');
      await step(0, [{ nodeId: 'ptp', kind: 'enter', port: null }], 'running'); // a retry
      await step(
        1,
        [
          { nodeId: 'ptp', kind: 'exit', port: 'kept' },
          { nodeId: 'done', kind: 'end', port: null },
        ],
        'completed',
      );
    });
    expect(events).toMatchObject([
      {
        type: 'enrollment.started',
        enrollmentId: enrollment.id,
        journeyId: version.journeyId,
        version: 1,
      },
      { type: 'promise.kept', enrollmentId: enrollment.id, nodeId: 'ptp' },
      {
        type: 'enrollment.finished',
        enrollmentId: enrollment.id,
        status: 'completed',
        outcome: 'paid',
      },
    ]);
    const live = await insertEnrollment(db, {
      borrowerId: b.id,
      accountId: (await insertAccount(db, b.id)).id,
      journeyVersionId: version.id,
    });
    expect(await emittedBy(() => cancelEnrollment(db, live.id, new Date()))).toMatchObject([
      { type: 'enrollment.finished', enrollmentId: live.id, status: 'cancelled' },
    ]);
  });
});
