import type { JsonValue } from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { contactLedger, events, holds } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import {
  insertAccount,
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertMessage,
  insertSteps,
  insertTask,
} from './record-fixtures';
import { resultsRoutes } from './results';

const resultsDocument = (id: string): JsonValue => ({
  dsl: 'journey/v1',
  id,
  name: 'Results fixture',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'ptp',
  policy: {
    jurisdiction: 'none',
    sendWindow: { start: '09:00', end: '20:00' },
    caps: [{ channel: 'sms', max: 1, per: 'P7D' }],
  },
  nodes: [
    { id: 'ptp', type: 'promiseToPay', config: {}, next: { kept: 'plan', broken: 'lesson' } },
    { id: 'plan', type: 'offerPlan', config: {}, next: { accepted: 'done' } },
    { id: 'lesson', type: 'educationLesson', config: {}, next: { watched: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'paid' }, next: {} },
  ],
});

let sourceCounter = 0;
async function insertEvent(
  db: Database,
  borrowerId: string,
  accountId: string | null,
  type: string,
  occurredAt: string,
  data: Record<string, unknown> = {},
) {
  await db.insert(events).values({
    sourceId: `results-${++sourceCounter}-${Math.random()}`,
    type,
    borrowerId,
    accountId,
    occurredAt,
    data,
  });
}

/**
 * Three enrollments whose every number is worked out by hand in the comments; each metric of the
 * summary, the steps, the daily series and the conduct check is asserted exactly.
 */
async function seed(db: Database) {
  const v = await insertJourneyVersion(db);
  const version = await insertJourneyVersion(db, {
    journeyId: v.journeyId,
    version: 2,
    document: resultsDocument(v.journeyId),
  });
  const refs = (d: Awaited<ReturnType<typeof insertDebtor>>) => ({
    borrowerId: d.borrower.id,
    accountId: d.account.id,
    journeyVersionId: version.id,
  });

  // A: USD 100 due; promised, kept, accepted a plan, paid 60 three days in, completed 03-10.
  const a = await insertDebtor(db, {}, { amountDue: 100, currency: 'USD' });
  const otherAccountOfA = await insertAccount(db, a.borrower.id, { currency: 'USD' });
  const eA = await insertEnrollment(db, refs(a), {
    status: 'completed',
    outcome: 'paid',
    createdAt: '2026-03-01T09:00:00Z',
    completedAt: '2026-03-10T00:00:00Z',
  });
  await insertSteps(db, eA, [
    { nodeId: 'ptp', kind: 'enter' },
    { nodeId: 'ptp', kind: 'exit', port: 'kept' },
    { nodeId: 'plan', kind: 'enter' },
    { nodeId: 'plan', kind: 'exit', port: 'accepted' },
    { nodeId: 'done', kind: 'enter' },
    { nodeId: 'done', kind: 'end' },
  ]);
  await insertEvent(db, a.borrower.id, a.account.id, 'ptp.promised', '2026-03-02T09:00:00Z', {
    date: '2026-03-05',
  });
  await insertEvent(db, a.borrower.id, a.account.id, 'payment.received', '2026-03-04T09:00:00Z', {
    amount: 60,
  });
  // The same borrower pays on another account: not routed to this enrollment, never counted.
  await insertEvent(
    db,
    a.borrower.id,
    otherAccountOfA.id,
    'payment.received',
    '2026-03-05T09:00:00Z',
    {
      amount: 500,
    },
  );
  // After the enrollment ended: not counted.
  await insertEvent(db, a.borrower.id, a.account.id, 'payment.received', '2026-03-12T09:00:00Z', {
    amount: 10,
  });
  // No account named: routed to every live enrollment of the borrower, so it counts.
  await insertEvent(db, a.borrower.id, null, 'hardship.requested', '2026-03-03T09:00:00Z');
  await insertMessage(db, a.borrower.id, { enrollmentId: eA.id, nodeId: 'ptp', status: 'read' });
  await insertMessage(db, a.borrower.id, { enrollmentId: eA.id, nodeId: 'ptp', status: 'failed' });
  const contact = (
    d: typeof a,
    enrollmentId: string,
    channel: string,
    attemptedAt: string,
    outcome: 'sent' | 'deferred' | 'suppressed' = 'sent',
    reason: string | null = null,
  ) =>
    db.insert(contactLedger).values({
      borrowerId: d.borrower.id,
      accountId: d.account.id,
      enrollmentId,
      channel,
      attemptedAt,
      outcome,
      reason,
    });
  // Ho Chi Minh City is UTC+7: 03:00Z is 10:00 there (allowed), 15:00Z is 22:00 (outside).
  await contact(a, eA.id, 'sms', '2026-03-02T03:00:00Z');
  await contact(a, eA.id, 'email', '2026-03-02T15:00:00Z'); // outside the window
  await contact(a, eA.id, 'sms', '2026-03-03T03:00:00Z'); // a second SMS in 7 days: cap breach

  // B: USD 200 due; promise broken, at the lesson now, paid 40 ten days in, opted out, on hold.
  const b = await insertDebtor(db, {}, { amountDue: 200, currency: 'USD' });
  const eB = await insertEnrollment(db, refs(b), {
    status: 'running',
    currentNode: 'lesson',
    createdAt: '2026-03-01T09:00:00Z',
  });
  await insertSteps(db, eB, [
    { nodeId: 'ptp', kind: 'enter' },
    { nodeId: 'ptp', kind: 'exit', port: 'broken' },
    { nodeId: 'lesson', kind: 'enter' },
  ]);
  await insertEvent(db, b.borrower.id, b.account.id, 'payment.received', '2026-03-11T09:00:00Z', {
    amount: 40,
  });
  await insertEvent(db, b.borrower.id, null, 'contact.optedOut', '2026-03-05T09:00:00Z', {
    channel: 'sms',
  });
  await insertTask(db, b.borrower.id, { enrollmentId: eB.id, dueAt: '2026-03-20T00:00:00Z' });
  await db.insert(holds).values({
    borrowerId: b.borrower.id,
    kind: 'dispute',
    startsAt: '2026-03-06T00:00:00Z',
    createdBy: 'fixture',
  });
  // The steps are one minute apart from 09:00: at 09:00:30 B was at ptp, on 03-02 at lesson.
  await contact(b, eB.id, 'sms', '2026-03-01T09:00:30Z', 'deferred', 'window: outside 09:00–20:00');
  await contact(b, eB.id, 'sms', '2026-03-02T09:00:00Z', 'suppressed', 'hold: dispute');
  await contact(b, eB.id, 'sms', '2026-03-07T03:00:00Z'); // during the hold

  // C: EUR 50 due, enrolled 04-10 (5 days before "now"), paid in full the next day with an agent.
  const c = await insertDebtor(db, {}, { amountDue: 50, currency: 'EUR' });
  const eC = await insertEnrollment(db, refs(c), {
    status: 'completed',
    outcome: 'paid',
    createdAt: '2026-04-10T00:00:00Z',
    completedAt: '2026-04-12T00:00:00Z',
  });
  await insertSteps(db, eC, [
    { nodeId: 'lesson', kind: 'enter' },
    { nodeId: 'lesson', kind: 'exit', port: 'watched' },
    { nodeId: 'done', kind: 'enter' },
    { nodeId: 'done', kind: 'end' },
  ]);
  await insertEvent(db, c.borrower.id, c.account.id, 'payment.received', '2026-04-11T00:00:00Z', {
    amount: 50,
    currency: 'EUR',
  });
  await insertTask(db, c.borrower.id, { enrollmentId: eC.id, status: 'resolved' });

  // Another version of the journey: nothing of it may leak in.
  const d = await insertDebtor(db);
  const other = await insertEnrollment(db, {
    borrowerId: d.borrower.id,
    accountId: d.account.id,
    journeyVersionId: v.id,
  });
  await insertEvent(db, d.borrower.id, d.account.id, 'payment.received', '2026-03-04T09:00:00Z', {
    amount: 999,
  });
  await insertTask(db, d.borrower.id, { enrollmentId: other.id });
  return { journeyId: v.journeyId, eB };
}

describe.each(testDrivers)('GET /journeys/:id/versions/:version/results on %s', (driver) => {
  let api: TestApi;
  let journeyId: string;
  let eB: { id: string };
  beforeAll(async () => {
    api = await openTestApi([resultsRoutes], { driver });
    api.setNow(new Date('2026-04-15T00:00:00Z'));
    ({ journeyId, eB } = await seed(api.database.db));
  });
  afterAll(async () => {
    await api.close();
  });
  const path = (suffix = '') => `/v1/journeys/${journeyId}/versions/2/results${suffix}`;

  it('summarises enrollments, engagement, escalations, money and self-serve share exactly', async () => {
    const res = await api.call('GET', path(), { role: 'designer' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      journeyId,
      version: 2,
      from: null,
      to: null,
      enrollments: {
        enrolled: 3,
        active: 1,
        completed: 2,
        completedByOutcome: { paid: 2 },
        cancelled: 0,
        failed: 0,
      },
      promises: { made: 1, kept: 1, broken: 1, keptRate: 0.5 },
      plans: { offered: 1, accepted: 1 },
      lessonsWatched: 1,
      hardship: { requests: 1, holds: 1, rate: 1 / 3 },
      complaints: { disputes: 0, rate: 0 },
      optOuts: 1,
      escalations: { created: 2, resolved: 1, overdue: 1 },
      money: {
        byCurrency: [
          { currency: 'EUR', paid: 50, payments: 1, due: 50, recoveryRate: 1 },
          // 60 (A) + 40 (B); A's 500 on another account and 10 after completion are not counted.
          { currency: 'USD', paid: 100, payments: 2, due: 300, recoveryRate: 1 / 3 },
        ],
        // C is 5 days old: not in any "within N days" base. A paid after 3 days, B after 10.
        timing: { within7: 0.5, within14: 1, within30: 1, medianDaysToFirstPayment: 3, payers: 3 },
      },
      // A and C resolved with a payment; C had an agent's task.
      selfServe: { resolutions: 2, withoutAgent: 1, share: 0.5 },
      holdout: null, // the journey has no launch
    });
  });

  it('narrows the summary to a cohort by enrollment date', async () => {
    const res = await api.call('GET', path('?from=2026-04-01&to=2026-04-30'));
    expect(res.body).toMatchObject({
      from: '2026-04-01',
      enrollments: { enrolled: 1, completed: 1 },
      money: { byCurrency: [{ currency: 'EUR', paid: 50 }] },
      promises: { made: 0, kept: 0 },
    });
  });

  it('gives each step its entries, people there now, port shares, messages and time', async () => {
    const res = await api.call('GET', path('/steps'));
    expect(res.status).toBe(200);
    const steps = (res.body as { steps: Array<Record<string, unknown>> }).steps;
    expect(steps.map((s) => s.nodeId)).toEqual(['ptp', 'plan', 'lesson', 'done']);
    expect(steps[0]).toEqual({
      nodeId: 'ptp',
      type: 'promiseToPay',
      entered: 2,
      visits: 2,
      now: 0,
      nowEnrollmentIds: [],
      ended: 0,
      ports: [
        { port: 'broken', count: 1, share: 0.5 },
        { port: 'kept', count: 1, share: 0.5 },
      ],
      messages: [
        {
          channel: 'sms',
          sent: 1,
          delivered: 1,
          read: 1,
          failed: 1,
          suppressed: {},
          deferred: { window: 1 },
        },
      ],
      secondsAtStep: { median: 60, p90: 60 },
    });
    expect(steps[2]).toMatchObject({
      nodeId: 'lesson',
      entered: 2,
      now: 1,
      nowEnrollmentIds: [eB.id],
      ports: [{ port: 'watched', count: 1, share: 1 }],
      messages: [{ channel: 'sms', suppressed: { hold: 1 }, deferred: {} }],
    });
    expect(steps[3]).toMatchObject({ nodeId: 'done', entered: 2, ended: 2, now: 0 });
  });

  it('counts each day: enrollments, sends, payments and resolutions', async () => {
    const res = await api.call('GET', path('/daily?from=2026-03-01&to=2026-03-10'));
    const days = (res.body as { days: Array<Record<string, unknown>> }).days;
    expect(days).toHaveLength(10);
    expect(days.slice(0, 4)).toEqual([
      { day: '2026-03-01', enrollments: 2, sends: 0, payments: 0, resolutions: 0 },
      { day: '2026-03-02', enrollments: 0, sends: 2, payments: 0, resolutions: 0 },
      { day: '2026-03-03', enrollments: 0, sends: 1, payments: 0, resolutions: 0 },
      { day: '2026-03-04', enrollments: 0, sends: 0, payments: 1, resolutions: 0 },
    ]);
    expect(days[6]).toEqual({
      day: '2026-03-07',
      enrollments: 0,
      sends: 1,
      payments: 0,
      resolutions: 0,
    });
    expect(days[9]).toEqual({
      day: '2026-03-10',
      enrollments: 0,
      sends: 0,
      payments: 0,
      resolutions: 1,
    });
  });

  it('recomputes conduct from the ledger: outside the window, over a cap, during a hold', async () => {
    const res = await api.call('GET', path('/conduct'));
    expect(res.body).toEqual({
      journeyId,
      version: 2,
      contacts: 4,
      outsideWindow: 1,
      capBreaches: 1,
      duringHold: 1,
      afterOptOut: 0,
    });
  });

  it('answers CSV for ?format=csv and for Accept: text/csv', async () => {
    const summary = await api.call('GET', path('?format=csv'));
    expect(summary.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = String(summary.body).split('\r\n');
    expect(lines[0]).toBe('metric,value');
    expect(lines).toContain('enrollments.enrolled,3');
    expect(lines).toContain('money.byCurrency.USD.paid,100');

    const steps = await api.call('GET', path('/steps'), { headers: { accept: 'text/csv' } });
    const rows = String(steps.body).split('\r\n');
    expect(rows[0]!.split(',')).toEqual(
      expect.arrayContaining([
        'nodeId',
        'entered',
        'port.kept.count',
        'messages.sms.deferred.window',
      ]),
    );
    expect(rows).toHaveLength(5);

    const daily = await api.call('GET', path('/daily?from=2026-03-01&to=2026-03-02&format=csv'));
    expect(String(daily.body)).toBe(
      'day,enrollments,sends,payments,resolutions\r\n2026-03-01,2,0,0,0\r\n2026-03-02,0,2,0,0',
    );
  });

  it('400 naming a bad date or range, 404 for an unknown version, 403 for an agent', async () => {
    const bad = await api.call('GET', path('?from=2026-02-30'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    const backwards = await api.call('GET', path('/daily?from=2026-03-05&to=2026-03-01'));
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ error: { details: [{ path: 'to' }] } });
    expect((await api.call('GET', `/v1/journeys/${journeyId}/versions/9/results`)).status).toBe(
      404,
    );
    expect((await api.call('GET', path(), { role: 'agent' })).status).toBe(403);
  });
});
