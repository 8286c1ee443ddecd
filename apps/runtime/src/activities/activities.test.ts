// The journey activities against real databases: what they write, and that a retry of the same
// command writes nothing twice.
import { eq } from 'drizzle-orm';
import type { JsonValue, SendCommand } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/client';
import { contactLedger, enrollments, holds, journeySteps, messages, tasks } from '../db/schema';
import { openTestDatabase, testDrivers } from '../db/test-databases';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
} from '../http/routes/record-fixtures';
import { sendCommandFixture } from '../testing/send-command';
import { plainLinks } from '../worker';
import { createActivities } from './index';

const at = new Date('2026-03-03T10:00:00Z'); // a Tuesday, 17:00 in Ho Chi Minh City

const journeyWith = (policy: { [key: string]: JsonValue }) => ({
  dsl: 'journey/v1',
  id: `caps-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Caps',
  locales: ['en'],
  defaultLocale: 'en',
  policy,
  start: 'done',
  nodes: [{ id: 'done', type: 'end', config: { outcome: 'x' } }],
});

describe.each(testDrivers)('journey activities on %s', (driver) => {
  let database: OpenDatabase;
  let now = at;
  let activities: ReturnType<typeof createActivities>;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    activities = createActivities({
      db: database.db,
      now: () => now,
      links: plainLinks('https://tandem.example'),
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  async function enrolled(
    options: {
      policy?: { [key: string]: JsonValue };
      borrower?: Parameters<typeof insertDebtor>[1];
    } = {},
  ) {
    const { borrower, account } = await insertDebtor(database.db, {
      channels: {
        sms: { address: '+84912345678', consent: true },
        email: { address: 'lan@example.com', consent: true },
      },
      ...options.borrower,
    });
    const document = journeyWith(options.policy ?? { jurisdiction: 'none', caps: [] });
    const version = await insertJourneyVersion(database.db, { journeyId: document.id, document });
    const enrollment = await insertEnrollment(database.db, {
      borrowerId: borrower.id,
      accountId: account.id,
      journeyVersionId: version.id,
    });
    return { borrower, account, version, enrollment };
  }
  const send = (
    e: Awaited<ReturnType<typeof enrolled>>,
    seq: number,
    overrides: Partial<SendCommand> = {},
  ) =>
    activities.sendMessage({
      enrollmentId: e.enrollment.id,
      journeyVersionId: e.version.id,
      command: sendCommandFixture(e.enrollment.id, seq, overrides),
    });
  const messagesOf = (enrollmentId: string) =>
    database.db.select().from(messages).where(eq(messages.enrollmentId, enrollmentId));

  it('renders and records a message with its ledger entry; a retry answers the same and writes nothing', async () => {
    now = at;
    const e = await enrolled();
    expect(await send(e, 1)).toEqual({ status: 'sent', channel: 'sms' });
    expect(await send(e, 1)).toEqual({ status: 'sent', channel: 'sms' });
    const sent = await messagesOf(e.enrollment.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      // The opt-out notice is appended to every text (channels/, docs/channels.md).
      body: `Hi Lan, see https://tandem.example/portal/${e.enrollment.id}\n\nReply STOP to opt out.`,
      intent: 'reminder',
      status: 'sent',
    });
    const ledger = await database.db
      .select()
      .from(contactLedger)
      .where(eq(contactLedger.enrollmentId, e.enrollment.id));
    expect(ledger.map((l) => [l.outcome, l.channel, l.idempotencyKey])).toEqual([
      ['sent', 'sms', `${e.enrollment.id}:1`],
    ]);
  });

  it('counts a cap across all of the borrower’s journeys', async () => {
    now = at;
    const policy = { jurisdiction: 'none', caps: [{ channel: 'any', max: 1, per: 'P7D' }] };
    const first = await enrolled({ policy });
    expect(await send(first, 1)).toMatchObject({ status: 'sent' });
    // Another journey of the same borrower.
    const document = journeyWith(policy);
    const version = await insertJourneyVersion(database.db, { journeyId: document.id, document });
    const other = await insertEnrollment(database.db, {
      borrowerId: first.borrower.id,
      accountId: first.account.id,
      journeyVersionId: version.id,
    });
    const report = await activities.sendMessage({
      enrollmentId: other.id,
      journeyVersionId: version.id,
      command: sendCommandFixture(other.id, 1),
    });
    expect(report).toMatchObject({ status: 'deferred', reason: 'cap' });
    expect(await messagesOf(other.id)).toEqual([]);
  });

  it('defers while the database has a hold the engine has not heard of', async () => {
    now = at;
    const e = await enrolled();
    await database.db.insert(holds).values({
      borrowerId: e.borrower.id,
      kind: 'dispute',
      startsAt: new Date(at.getTime() - 60_000).toISOString(),
      createdBy: 'test',
    });
    const report = await send(e, 1);
    expect(report).toMatchObject({ status: 'deferred', reason: 'hold', detail: 'dispute' });
    expect(await messagesOf(e.enrollment.id)).toEqual([]);
  });

  it('follows preferences written after the journey started: fallback, or suppression', async () => {
    now = at;
    const e = await enrolled({ borrower: { preferences: { optedOut: ['sms'] } } });
    expect(await send(e, 1, { fallbackChannel: 'email', subject: 'Hello' })).toEqual({
      status: 'sent',
      channel: 'email',
    });
    expect(await send(e, 2)).toEqual({ status: 'suppressed', reason: 'borrower opted out of sms' });
    expect((await messagesOf(e.enrollment.id)).map((m) => [m.channel, m.subject])).toEqual([
      ['email', 'Hello'],
    ]);
  });

  it('does not send to a channel with no address or no consent', async () => {
    now = at;
    const e = await enrolled({
      borrower: { channels: { sms: { address: '+849', consent: false } } },
    });
    expect(await send(e, 1)).toEqual({
      status: 'suppressed',
      reason: 'no consent to contact by sms',
    });
    expect(await send(e, 2, { channel: 'email' })).toEqual({
      status: 'suppressed',
      reason: 'no email address on file',
    });
  });

  it('reports a template that cannot render as failed, naming the node', async () => {
    now = at;
    const e = await enrolled();
    const report = await send(e, 1, { template: 'Hi {{ borrower.firstName ' });
    expect(report).toMatchObject({ status: 'failed' });
    expect(report.status === 'failed' ? report.reason : '').toMatch(/^node hello: message:/);
  });

  it('creates a task once per command; records steps once per ordinal and the enrollment status', async () => {
    now = at;
    const e = await enrolled();
    const command = {
      kind: 'createTask' as const,
      id: 'c7',
      seq: 7,
      idempotencyKey: `${e.enrollment.id}:7`,
      nodeId: 'call',
      effectKey: 'task',
      queue: 'collections',
      priority: 'high' as const,
      reason: 'Call kindly',
      dueAt: '2026-03-04T10:00:00.000Z',
      outcomes: ['agreed', 'noContact'],
    };
    const first = await activities.createTask({ enrollmentId: e.enrollment.id, command });
    const again = await activities.createTask({ enrollmentId: e.enrollment.id, command });
    expect(again.taskId).toBe(first.taskId);
    const rows = await database.db
      .select()
      .from(tasks)
      .where(eq(tasks.enrollmentId, e.enrollment.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      commandId: 'c7',
      queue: 'collections',
      outcomes: ['agreed', 'noContact'],
    });

    const step = {
      enrollmentId: e.enrollment.id,
      journeyVersionId: e.version.id,
      fromOrdinal: 0,
      steps: [
        { nodeId: 'hello', kind: 'enter' as const, port: null, at: at.toISOString() },
        { nodeId: 'hello', kind: 'exit' as const, port: 'sent', at: at.toISOString() },
      ],
      status: 'running' as const,
      currentNode: 'wait',
      outcome: null,
      at: at.toISOString(),
    };
    await activities.recordStep(step);
    await activities.recordStep(step);
    await activities.recordStep({
      ...step,
      fromOrdinal: 2,
      steps: [{ nodeId: 'done', kind: 'end', port: 'finished', at: at.toISOString() }],
      status: 'completed',
      currentNode: null,
      outcome: 'finished',
    });
    const recorded = await database.db
      .select({ ordinal: journeySteps.ordinal, kind: journeySteps.kind })
      .from(journeySteps)
      .where(eq(journeySteps.enrollmentId, e.enrollment.id))
      .orderBy(journeySteps.ordinal);
    expect(recorded).toEqual([
      { ordinal: 0, kind: 'enter' },
      { ordinal: 1, kind: 'exit' },
      { ordinal: 2, kind: 'end' },
    ]);
    const [row] = await database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, e.enrollment.id));
    expect(row).toMatchObject({ status: 'completed', outcome: 'finished', currentNode: null });
  });

  it('loads the enrollment with its facts and the holds and opt-outs standing for the borrower', async () => {
    now = at;
    const e = await enrolled({ borrower: { preferences: { optedOut: ['whatsapp'] } } });
    const loaded = await activities.loadEnrollment(e.enrollment.id);
    expect(loaded).toMatchObject({
      journeyVersionId: e.version.id,
      version: 1,
      facts: {
        borrower: { id: e.borrower.externalId, firstName: 'Lan' },
        account: { amountDue: 120.5 },
      },
      standingEvents: [{ type: 'contact.optedOut', data: { channel: 'whatsapp' } }],
    });
    await expect(
      activities.loadEnrollment('00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({
      type: 'NotFound',
      nonRetryable: true,
    });
  });
});
