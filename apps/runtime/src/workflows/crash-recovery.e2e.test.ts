// Workers crash, deploys happen, servers restart: a journey never loses its place and never sends
// a message twice. Workers run as child processes on Postgres so that they can be SIGKILLed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { JourneyInput } from '@tandem/dsl';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { borrowers, messages } from '../db/schema';
import { freePort, startDevServer, type DevServer } from '../temporal/dev-server';
import { openJourneyStack, quietTemporalLogs, type JourneyStack } from '../testing/journey-stack';
import {
  enroll,
  enrollment,
  finished,
  publishJourney,
  putBorrower,
  waitUntil,
} from '../testing/scenario';
import { spawnWorkerProcess } from '../temporal/worker-process';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';

const journey = (id: string, waitFor: string, first: 'remind' | 'wait'): JourneyInput =>
  testJourney(id, first === 'remind' ? 'first' : 'pause', [
    ...(first === 'remind' ? [smsReminder('first', 'pause')] : []),
    { id: 'pause', type: 'wait', config: { for: waitFor }, next: { done: 'second' } },
    smsReminder('second', 'done'),
    endNode(),
  ]);

const messagesOf = (stack: JourneyStack, enrollmentId: string) =>
  stack.database.db
    .select({ nodeId: messages.nodeId, idempotencyKey: messages.idempotencyKey })
    .from(messages)
    .where(eq(messages.enrollmentId, enrollmentId))
    .orderBy(messages.createdAt);

describe('a journey survives its worker being killed', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack({ driver: 'postgres', worker: false });
    await publishJourney(stack.api, journey('crash-in-wait', 'PT3S', 'remind'));
    await publishJourney(stack.api, journey('crash-in-send', 'PT0.5S', 'wait'));
  });
  afterAll(async () => {
    await stack?.close();
  });
  const worker = () =>
    spawnWorkerProcess({
      databaseUrl: stack.database.url!,
      address: stack.address,
      taskQueue: stack.taskQueue,
      bundlePath: inject('workflowBundlePath'),
      payloadKeys: inject('payloadKeys'),
    });

  it('SIGKILL while the journey waits: a new worker finishes it, one message per step', async () => {
    const first = await worker();
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'crash-in-wait', borrower);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'pause',
      {
        what: 'the wait',
      },
    );
    // The projection says "pause" from inside the workflow task that goes on to start the timer
    // (recordStep is a local activity): kill once the timer is in the history, so the worker dies
    // while the journey waits, not in that task (a lost task costs its 10 s timeout first).
    await waitUntil(
      () => stack.client.workflow.getHandle(started.workflowId).fetchHistory(),
      (history) => (history.events ?? []).some((e) => e.timerStartedEventAttributes),
      { what: 'the wait timer' },
    );
    await first.kill();
    const second = await worker();
    try {
      const done = await finished(stack.api, started.id);
      expect(done.outcome).toBe('done');
      expect((await messagesOf(stack, started.id)).map((m) => m.nodeId)).toEqual([
        'first',
        'second',
      ]);
    } finally {
      await second.kill();
    }
    // Two worker processes start in this test: ~7 s each on a loaded 2-core machine.
  }, 60_000);

  it('SIGKILL while a send is in flight: the retry on a new worker sends it exactly once', async () => {
    const first = await worker();
    const borrower = await putBorrower(stack.api);
    const [row] = await stack.database.db
      .select({ id: borrowers.id })
      .from(borrowers)
      .where(eq(borrowers.externalId, borrower.externalId));
    // Hold the borrower's row as a send does (enrollments may still reference it): the send
    // activity waits for it, and so stays in flight.
    const blocker = postgres(stack.database.url!, { max: 1, onnotice: () => {} });
    const release = await new Promise<() => void>((resolveRelease, rejectRelease) => {
      blocker
        .begin(async (tx) => {
          await tx`select id from borrowers where id = ${row!.id} for no key update`;
          await new Promise<void>((unblock) => resolveRelease(unblock));
        })
        .catch(rejectRelease);
    });
    try {
      const started = await enroll(stack.api, 'crash-in-send', borrower);
      const handle = stack.client.workflow.getHandle(started.workflowId);
      await waitUntil(
        async () => (await handle.describe()).raw.pendingActivities ?? [],
        (pending) => pending.some((a) => a.activityType?.name === 'sendMessage' && a.attempt === 1),
        { what: 'the send activity to start' },
      );
      await new Promise((r) => setTimeout(r, 300));
      await first.kill();
      release();
      const second = await worker();
      try {
        // The dead worker's attempt times out (30 s) and is retried on the new one.
        const done = await finished(stack.api, started.id, 90_000);
        expect(done.outcome).toBe('done');
        const sent = await messagesOf(stack, started.id);
        expect(sent.map((m) => m.nodeId)).toEqual(['second']);
        const pending = (await handle.describe()).raw.pendingActivities ?? [];
        expect(pending).toEqual([]);
      } finally {
        await second.kill();
      }
    } finally {
      release();
      await blocker.end();
    }
  }, 150_000);
});

describe('a journey survives a dev server restart', () => {
  let server: DevServer;
  let stack: JourneyStack;
  let dir: string;
  let port: number;
  beforeAll(async () => {
    quietTemporalLogs();
    const cli = inject('temporalCli');
    if (!cli)
      throw new Error('the restart test needs the Temporal CLI (no SDK-downloaded server here)');
    dir = mkdtempSync(join(tmpdir(), 'tandem-restart-'));
    port = await freePort();
    server = await startDevServer({
      cli,
      dbFile: join(dir, 'temporal.sqlite'),
      port,
      uiPort: null,
    });
    stack = await openJourneyStack({ address: server.address });
    await publishJourney(stack.api, journey('restart-in-wait', 'PT6S', 'remind'));
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stops and starts the file-backed server mid-wait; the journey resumes and ends', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'restart-in-wait', borrower);
    await waitUntil(
      () => enrollment(stack.api, started.id),
      (e) => e.currentNode === 'pause',
    );
    await server.stop();
    server = await startDevServer({
      cli: inject('temporalCli'),
      dbFile: join(dir, 'temporal.sqlite'),
      port,
      uiPort: null,
    });
    const done = await finished(stack.api, started.id, 90_000);
    expect(done.outcome).toBe('done');
    expect((await messagesOf(stack, started.id)).map((m) => m.nodeId)).toEqual(['first', 'second']);
  }, 120_000);
});
