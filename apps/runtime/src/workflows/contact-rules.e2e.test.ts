// Contact rules as a borrower lives them, on the real dev server: a breathing space defers every
// message until it ends, an SMS opt-out moves messages to the fallback channel (or stops them),
// and a borrower for whom it is night hears nothing until the window opens.
import { asc, eq } from 'drizzle-orm';
import type { JourneyInput } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactLedger, messages } from '../db/schema';
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

const base = {
  dsl: 'journey/v1' as const,
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
};
const remind = (id: string, next: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'remind',
  config: { channel: 'sms', message: { en: `${id} for {{ borrower.firstName }}` }, ...extra },
  next: { sent: next, failed: next },
});

const twoMessages: JourneyInput = {
  ...base,
  id: 'two-messages',
  name: 'Two messages',
  start: 'first',
  nodes: [
    remind('first', 'pause'),
    { id: 'pause', type: 'wait', config: { for: 'PT1S' }, next: { done: 'second' } },
    remind('second', 'done'),
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};

const fallback: JourneyInput = {
  ...base,
  id: 'sms-with-fallback',
  name: 'SMS with an email fallback',
  start: 'with-fallback',
  nodes: [
    remind('with-fallback', 'listen', { fallbackChannel: 'email', subject: { en: 'A note' } }),
    {
      id: 'listen',
      type: 'waitForEvent',
      config: { events: ['reply.received'], timeout: 'PT2S' },
      next: { 'reply.received': 'sms-only', timeout: 'sms-only' },
    },
    remind('sms-only', 'again'),
    remind('again', 'done', { fallbackChannel: 'email', subject: { en: 'Another note' } }),
    { id: 'done', type: 'end', config: { outcome: 'done' } },
  ],
};

const daytime: JourneyInput = {
  ...base,
  id: 'daytime-only',
  name: 'Daytime only',
  policy: {
    ...base.policy,
    sendWindow: {
      start: '09:00',
      end: '20:00',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    },
  },
  start: 'first',
  nodes: [remind('first', 'done'), { id: 'done', type: 'end', config: { outcome: 'done' } }],
};

/** An Etc/GMT zone where it is now between 02:00 and 03:00 (Etc/GMT-3 is three hours ahead). */
function zoneWhereItIsNight(now: Date): { zone: string; offsetHours: number } {
  let offset = (2 - now.getUTCHours() + 24) % 24;
  if (offset > 14) offset -= 24;
  const zone = offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  return { zone, offsetHours: offset };
}

describe('contact rules on the real dev server', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack();
    for (const journey of [twoMessages, fallback, daytime])
      await publishJourney(stack.api, journey);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const sentTo = (enrollmentId: string) =>
    stack.database.db
      .select({ nodeId: messages.nodeId, channel: messages.channel, createdAt: messages.createdAt })
      .from(messages)
      .where(eq(messages.enrollmentId, enrollmentId))
      .orderBy(asc(messages.createdAt));
  const ledgerOf = (enrollmentId: string) =>
    stack.database.db
      .select({
        outcome: contactLedger.outcome,
        channel: contactLedger.channel,
        reason: contactLedger.reason,
      })
      .from(contactLedger)
      .where(eq(contactLedger.enrollmentId, enrollmentId))
      .orderBy(asc(contactLedger.id));
  const putHold = async (borrower: TestBorrower, body: Record<string, unknown>) => {
    const res = await stack.api.call('POST', `/v1/borrowers/${borrower.externalId}/holds`, {
      role: 'agent',
      body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string };
  };

  it('a breathing space standing at enrollment defers every send until it ends', async () => {
    const borrower = await putBorrower(stack.api);
    const until = new Date(Date.now() + 5000);
    await putHold(borrower, { kind: 'breathingSpace', until: until.toISOString() });
    const started = await enroll(stack.api, 'two-messages', borrower);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await sentTo(started.id)).toEqual([]);
    await finished(stack.api, started.id);
    const sent = await sentTo(started.id);
    expect(sent.map((m) => m.nodeId)).toEqual(['first', 'second']);
    for (const message of sent)
      expect(Date.parse(message.createdAt)).toBeGreaterThanOrEqual(until.getTime());
  });

  it('a breathing space started mid-journey holds the next send until an agent ends it', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'two-messages', borrower);
    await waitUntil(
      () => sentTo(started.id),
      (m) => m.length === 1,
      { what: 'the first message' },
    );
    const hold = await putHold(borrower, { kind: 'breathingSpace' });
    await new Promise((r) => setTimeout(r, 3000));
    expect((await sentTo(started.id)).map((m) => m.nodeId)).toEqual(['first']);
    expect((await enrollment(stack.api, started.id)).status).toBe('running');
    const ended = Date.now();
    const res = await stack.api.call(
      'POST',
      `/v1/borrowers/${borrower.externalId}/holds/${hold.id}/end`,
      {
        role: 'agent',
      },
    );
    expect(res.status).toBe(200);
    await finished(stack.api, started.id);
    const sent = await sentTo(started.id);
    expect(sent.map((m) => m.nodeId)).toEqual(['first', 'second']);
    expect(Date.parse(sent[1]!.createdAt)).toBeGreaterThanOrEqual(ended);
  });

  it('an SMS opt-out uses the fallback channel where one is set, and stops SMS-only messages', async () => {
    const borrower = await putBorrower(stack.api, { optedOut: ['sms'] });
    const started = await enroll(stack.api, 'sms-with-fallback', borrower);
    await finished(stack.api, started.id);
    expect((await sentTo(started.id)).map((m) => `${m.nodeId}:${m.channel}`)).toEqual([
      'with-fallback:email',
      'again:email',
    ]);
    // The engine knew of the opt-out from the start: no SMS was even attempted.
    expect(await ledgerOf(started.id)).toEqual([
      { outcome: 'sent', channel: 'email', reason: null },
      { outcome: 'sent', channel: 'email', reason: null },
    ]);
  });

  it('an opt-out reported mid-journey takes effect from the next message', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'sms-with-fallback', borrower);
    await waitUntil(
      () => sentTo(started.id),
      (m) => m.length === 1,
    );
    await postEvent(stack.api, borrower, 'contact.optedOut', { channel: 'sms' });
    await finished(stack.api, started.id);
    expect((await sentTo(started.id)).map((m) => `${m.nodeId}:${m.channel}`)).toEqual([
      'with-fallback:sms',
      'again:email',
    ]);
  });

  it('a borrower for whom it is night gets the message when the window opens, not now', async () => {
    const now = new Date();
    const { zone, offsetHours } = zoneWhereItIsNight(now);
    const borrower = await putBorrower(stack.api, { timezone: zone });
    const started = await enroll(stack.api, 'daytime-only', borrower);
    const ledger = await waitUntil(
      () => ledgerOf(started.id),
      (l) => l.length > 0,
      { what: 'the send decision' },
    );
    expect(ledger[0]).toMatchObject({ outcome: 'deferred', channel: 'sms' });
    expect(ledger[0]!.reason).toMatch(/^window/);
    const state = await waitUntil(
      () => stack.journeys.state(started.id),
      (s) => s?.waitingUntil !== null && s?.pendingSends === 1,
      { what: 'the deferred send' },
    );
    // 09:00 on the borrower's clock, in UTC: today's or tomorrow's, whichever is ahead.
    const local = new Date(now.getTime() + offsetHours * 3_600_000);
    const opening =
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 9) -
      offsetHours * 3_600_000;
    expect(state!.waitingUntil).toBe(new Date(opening).toISOString());
    expect(await sentTo(started.id)).toEqual([]);
    await stack.api.call('POST', `/v1/enrollments/${started.id}/cancel`, { role: 'agent' });
  });
});
