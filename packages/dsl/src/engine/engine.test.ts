import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../testing/sample-events';
import { nextWakeAt, step, stepOwned, vetEvent } from './engine';
import { startEnrollment } from './start-enrollment';
import { testFacts, testJourney } from './engine.fixtures';
import type { EngineInput, EnrollmentState, SendCommand, StepResult } from './types';

const T0 = '2026-03-02T03:00:00.000Z';
const journey = testJourney();
const begin = (j = journey) =>
  startEnrollment(j, { enrollmentId: 'enr-1', at: T0, facts: testFacts });
const sends = (r: StepResult) => r.commands.filter((c): c is SendCommand => c.kind === 'send');
const onlySend = (r: StepResult): SendCommand => {
  const all = sends(r);
  expect(all).toHaveLength(1);
  return all[0]!;
};
const sent = (r: StepResult, at = r.state.now): StepResult =>
  step(journey, r.state, {
    kind: 'sendReport',
    at,
    commandId: onlySend(r).id,
    report: { status: 'sent', channel: 'sms' },
  });
const event = (
  state: EnrollmentState,
  type: Parameters<typeof sampleEvent>[0],
  at: string,
  data = {},
  id?: string,
) => step(journey, state, { kind: 'event', at, event: sampleEvent(type, at, data, id) });

describe('startEnrollment', () => {
  it('enters the start node and asks to send in the borrower’s language, numbered for idempotency', () => {
    const r = begin();
    const command = onlySend(r);
    expect(command).toMatchObject({
      id: 'c1',
      seq: 1,
      idempotencyKey: 'enr-1:1',
      nodeId: 'hello',
      locale: 'vi',
      template: 'Chào {{ borrower.firstName }}',
      channel: 'sms',
    });
    expect(command.facts.borrower.firstName).toBe('Lan');
    expect(r.state.node).toMatchObject({ id: 'hello', awaiting: { c1: 'msg' } });
  });

  it('falls back to the default locale for a language the journey does not speak', () => {
    const r = startEnrollment(journey, {
      enrollmentId: 'e',
      at: T0,
      facts: { ...testFacts, borrower: { ...testFacts.borrower, locale: 'fr' } },
    });
    expect(onlySend(r)).toMatchObject({ locale: 'en', template: 'Hi {{ borrower.firstName }}' });
  });
});

describe('step', () => {
  it('moves on when the send is reported, then waits with one timer', () => {
    const r = sent(begin());
    expect(r.state.node).toMatchObject({ id: 'nap', wakeAt: '2026-03-03T03:00:00.000Z' });
    expect(r.commands).toEqual([{ kind: 'timer', at: '2026-03-03T03:00:00.000Z' }]);
    expect(r.state.counters).toMatchObject({ messagesSent: 1, remindersSent: 1 });
  });

  it('does nothing on an early wake, and moves on at the timer', () => {
    const waiting = sent(begin()).state;
    const early = step(journey, waiting, { kind: 'wake', at: '2026-03-03T02:59:59.000Z' });
    expect(early.commands).toEqual([]);
    expect(early.state.node?.id).toBe('nap');
    const due = step(journey, waiting, { kind: 'wake', at: '2026-03-03T03:00:00.000Z' });
    expect(onlySend(due)).toMatchObject({ nodeId: 'again', seq: 2, idempotencyKey: 'enr-1:2' });
  });

  it('fires what was due before an input first, so a late driver never reorders the journey', () => {
    const waiting = sent(begin()).state;
    // The payment comes two days later than the timer: the timer must have fired first.
    const r = event(waiting, 'payment.received', '2026-03-05T00:00:00.000Z', { amount: 10 });
    expect(onlySend(r).nodeId).toBe('again');
    expect(r.state.facts.account.amountDue).toBe(90);
  });

  it('re-sends a deferred message at the given time, under a new sequence number', () => {
    const first = begin();
    const deferred = step(journey, first.state, {
      kind: 'sendReport',
      at: T0,
      commandId: 'c1',
      report: {
        status: 'deferred',
        until: '2026-03-02T05:00:00.000Z',
        reason: 'window',
        detail: 'night',
      },
    });
    expect(sends(deferred)).toEqual([]);
    expect(deferred.commands).toContainEqual({ kind: 'timer', at: '2026-03-02T05:00:00.000Z' });
    expect(deferred.trace).toContainEqual(
      expect.objectContaining({
        kind: 'deferred',
        reason: 'window',
        until: '2026-03-02T05:00:00.000Z',
      }),
    );
    const retried = step(journey, deferred.state, { kind: 'wake', at: '2026-03-02T05:00:00.000Z' });
    expect(onlySend(retried)).toMatchObject({
      id: 'c2',
      idempotencyKey: 'enr-1:2',
      attempt: 1,
      nodeId: 'hello',
    });
    const done = step(journey, retried.state, {
      kind: 'sendReport',
      at: '2026-03-02T05:00:00.000Z',
      commandId: 'c2',
      report: { status: 'sent', channel: 'sms' },
    });
    expect(done.state.node?.id).toBe('nap');
  });

  it('drops a message that a deferral would push past its notAfter, and tells the node', () => {
    const expiring = testJourney({
      nodes: [
        {
          id: 'hello',
          type: 'send',
          config: { text: { en: 'Due in 3 days', vi: 'x' }, within: 'PT6H' },
          next: { sent: 'bye', failed: 'late' },
        },
        { id: 'bye', type: 'fin', config: { outcome: 'sent' } },
        { id: 'late', type: 'fin', config: { outcome: 'tooLate' } },
      ],
    });
    const s0 = startEnrollment(expiring, { enrollmentId: 'e', at: T0, facts: testFacts });
    expect(onlySend(s0).notAfter).toBe('2026-03-02T09:00:00.000Z');
    const report = { status: 'deferred' as const, reason: 'window' as const };
    const inTime = step(expiring, s0.state, {
      kind: 'sendReport',
      at: T0,
      commandId: 'c1',
      report: { ...report, until: '2026-03-02T08:00:00.000Z' },
    });
    expect(inTime.state.pendingSends).toHaveLength(1);
    const tooLate = step(expiring, s0.state, {
      kind: 'sendReport',
      at: T0,
      commandId: 'c1',
      report: { ...report, until: '2026-03-02T10:00:00.000Z' },
    });
    expect(tooLate.state).toMatchObject({
      status: 'completed',
      outcome: 'tooLate',
      pendingSends: [],
    });
    expect(tooLate.trace).toContainEqual(
      expect.objectContaining({ kind: 'expired', notAfter: '2026-03-02T09:00:00.000Z' }),
    );
  });

  it('records an event before its consequences, with the node it arrived at', () => {
    const waiting = sent(begin()).state;
    const r = event(waiting, 'payment.settled', '2026-03-02T10:00:00.000Z');
    expect(r.trace.map((t) => t.kind)).toEqual(['event', 'end']);
    expect(r.trace[0]).toMatchObject({ nodeId: 'nap', handledBy: 'exit' });
  });

  it('ends at once on an exit event, whatever it waits for, and sends nothing after', () => {
    const waiting = sent(begin()).state;
    const r = event(waiting, 'payment.settled', '2026-03-02T10:00:00.000Z');
    expect(r.commands).toEqual([{ kind: 'complete', outcome: 'exit:payment.settled' }]);
    expect(r.state).toMatchObject({
      status: 'completed',
      outcome: 'exit:payment.settled',
      node: null,
    });
    expect(nextWakeAt(r.state)).toBeNull();
    expect(
      step(journey, r.state, { kind: 'wake', at: '2026-03-09T00:00:00.000Z' }).commands,
    ).toEqual([]);
  });

  it('drops a deferred send when the journey ends before it is due', () => {
    const first = begin();
    const deferred = step(journey, first.state, {
      kind: 'sendReport',
      at: T0,
      commandId: 'c1',
      report: { status: 'deferred', until: '2026-03-02T05:00:00.000Z', reason: 'cap' },
    });
    const paid = event(deferred.state, 'payment.settled', '2026-03-02T04:00:00.000Z');
    expect(paid.state.pendingSends).toEqual([]);
    expect(
      step(journey, paid.state, { kind: 'wake', at: '2026-03-02T05:00:00.000Z' }).commands,
    ).toEqual([]);
  });

  it('accepts an event id once', () => {
    const waiting = sent(begin()).state;
    const once = event(
      waiting,
      'payment.received',
      '2026-03-02T04:00:00.000Z',
      { amount: 10 },
      'pay-1',
    );
    const twice = event(
      once.state,
      'payment.received',
      '2026-03-02T04:01:00.000Z',
      { amount: 10 },
      'pay-1',
    );
    expect(twice.state.facts.account.amountDue).toBe(90);
    expect(twice.trace).toContainEqual(
      expect.objectContaining({ kind: 'event', handledBy: 'duplicate' }),
    );
  });

  it('holds every send while a hold lasts and releases it when the hold ends', () => {
    const waiting = sent(begin()).state;
    const held = event(waiting, 'hold.started', '2026-03-02T04:00:00.000Z', {
      kind: 'breathingSpace',
    });
    const due = step(journey, held.state, { kind: 'wake', at: '2026-03-03T03:00:00.000Z' });
    expect(sends(due)).toEqual([]);
    expect(due.trace).toContainEqual(
      expect.objectContaining({ kind: 'held', holds: ['breathingSpace'] }),
    );
    const released = event(due.state, 'hold.ended', '2026-03-04T00:00:00.000Z', {
      kind: 'breathingSpace',
    });
    expect(onlySend(released)).toMatchObject({ nodeId: 'again' });
  });

  it('releases a hold with an end date by itself', () => {
    const waiting = sent(begin()).state;
    const held = event(waiting, 'hold.started', '2026-03-02T04:00:00.000Z', {
      kind: 'dispute',
      until: '2026-03-10T00:00:00.000Z',
    });
    const due = step(journey, held.state, { kind: 'wake', at: '2026-03-03T03:00:00.000Z' });
    expect(sends(due)).toEqual([]);
    expect(nextWakeAt(due.state)).toBe('2026-03-10T00:00:00.000Z');
    const after = step(journey, due.state, { kind: 'wake', at: '2026-03-10T00:00:00.000Z' });
    expect(onlySend(after)).toMatchObject({ nodeId: 'again' });
  });

  it('uses the fallback channel after an opt-out, and suppresses without one', () => {
    const waiting = sent(begin()).state;
    const optedOut = event(waiting, 'contact.optedOut', '2026-03-02T04:00:00.000Z', {
      channel: 'sms',
    });
    const due = step(journey, optedOut.state, { kind: 'wake', at: '2026-03-03T03:00:00.000Z' });
    expect(onlySend(due)).toMatchObject({ nodeId: 'again', channel: 'email' });

    const noFallback = testJourney({
      nodes: [
        { id: 'hello', type: 'pause', config: { for: 'PT1H' }, next: { done: 'plain' } },
        {
          id: 'plain',
          type: 'send',
          config: { text: { en: 'x', vi: 'y' } },
          next: { sent: 'bye' },
        },
        { id: 'bye', type: 'fin', config: {} },
      ],
    });
    const s0 = startEnrollment(noFallback, { enrollmentId: 'e', at: T0, facts: testFacts });
    const s1 = step(noFallback, s0.state, {
      kind: 'event',
      at: T0,
      event: sampleEvent('contact.optedOut', T0, { channel: 'sms' }),
    });
    const s2 = step(noFallback, s1.state, { kind: 'wake', at: '2026-03-02T04:00:00.000Z' });
    expect(sends(s2)).toEqual([]);
    // "failed" is optional and unconnected: the journey follows "sent" and ends normally.
    expect(s2.state).toMatchObject({ status: 'completed', outcome: 'done' });
    expect(s2.trace).toContainEqual(
      expect.objectContaining({ kind: 'suppressed', channel: 'sms', reason: 'optedOut' }),
    );
  });

  it('stops a loop that visits a node too often', () => {
    const looping = testJourney({
      policy: { maxVisitsPerNode: 3 },
      nodes: [{ id: 'hello', type: 'pause', config: { for: 'PT1H' }, next: { done: 'hello' } }],
    });
    let r = startEnrollment(looping, { enrollmentId: 'e', at: T0, facts: testFacts });
    for (let h = 1; h <= 3; h++)
      r = step(looping, r.state, { kind: 'wake', at: `2026-03-02T0${3 + h}:00:00.000Z` });
    expect(r.state).toMatchObject({ status: 'completed', outcome: 'loopGuard' });
  });

  it('routes a hardship request no node handles to a person, holding sends meanwhile', () => {
    const waiting = sent(begin()).state;
    const asked = event(waiting, 'hardship.requested', '2026-03-02T04:00:00.000Z', {
      category: 'income',
    });
    const task = asked.commands.find((c) => c.kind === 'createTask');
    expect(task).toMatchObject({
      queue: 'hardship',
      priority: 'high',
      outcomes: ['breathingSpace', 'resume', 'close'],
    });
    expect(asked.state.holds.map((h) => h.kind)).toEqual(['hardshipReview']);
    const resolved = event(asked.state, 'task.resolved', '2026-03-02T06:00:00.000Z', {
      commandId: task!.kind === 'createTask' ? task!.id : '',
      outcome: 'breathingSpace',
    });
    expect(resolved.state.holds).toEqual([
      {
        kind: 'breathingSpace',
        since: '2026-03-02T06:00:00.000Z',
        until: '2026-05-01T06:00:00.000Z',
      },
    ]);
  });

  it('delivers a task outcome to the node that created the task', () => {
    const asking = testJourney({
      nodes: [
        { id: 'hello', type: 'ask', config: {}, next: { yes: 'bye', no: 'bye' } },
        { id: 'bye', type: 'fin', config: { outcome: 'asked' } },
      ],
    });
    const s0 = startEnrollment(asking, { enrollmentId: 'e', at: T0, facts: testFacts });
    const task = s0.commands.find((c) => c.kind === 'createTask');
    expect(task).toMatchObject({ id: 'c1', dueAt: '2026-03-03T03:00:00.000Z' });
    const created = step(asking, s0.state, {
      kind: 'taskCreated',
      at: T0,
      commandId: 'c1',
      taskId: 'task-9',
    });
    expect(created.state.node?.state).toEqual({ asked: true, taskId: 'task-9' });
    const unrelated = step(asking, created.state, {
      kind: 'event',
      at: T0,
      event: sampleEvent('task.resolved', T0, { commandId: 'c999', outcome: 'yes' }),
    });
    expect(unrelated.state.status).toBe('active');
    const resolved = step(asking, created.state, {
      kind: 'event',
      at: T0,
      event: sampleEvent('task.resolved', T0, { commandId: 'c1', outcome: 'no' }),
    });
    expect(resolved.state).toMatchObject({ status: 'completed', outcome: 'asked' });
  });

  it('ignores a report for a send it does not know, or reported twice', () => {
    const r = sent(begin());
    const again = step(journey, r.state, {
      kind: 'sendReport',
      at: T0,
      commandId: 'c1',
      report: { status: 'sent', channel: 'sms' },
    });
    expect(again.state.counters.messagesSent).toBe(1);
    expect(again.commands).toEqual([]);
  });

  it('never lets time run backwards', () => {
    const r = sent(begin());
    const back = step(journey, r.state, { kind: 'wake', at: '2020-01-01T00:00:00.000Z' });
    expect(back.state.now).toBe(T0);
  });

  it('cancels on request', () => {
    const r = step(journey, begin().state, { kind: 'cancel', at: T0, reason: 'byLender' });
    expect(r.commands).toEqual([{ kind: 'complete', outcome: 'cancelled:byLender' }]);
  });

  it('is pure and deterministic: same inputs, same outputs; inputs untouched; state survives JSON', () => {
    const inputs: EngineInput[] = [
      { kind: 'sendReport', at: T0, commandId: 'c1', report: { status: 'sent', channel: 'sms' } },
      {
        kind: 'event',
        at: '2026-03-02T05:00:00.000Z',
        event: sampleEvent('contact.optedOut', '2026-03-02T05:00:00.000Z', { channel: 'sms' }),
      },
      { kind: 'wake', at: '2026-03-03T03:00:00.000Z' },
    ];
    const play = (viaJson: boolean) => {
      let r = begin();
      const out: StepResult[] = [r];
      for (const input of inputs) {
        const frozen = JSON.stringify(r.state);
        const state = viaJson ? (JSON.parse(frozen) as EnrollmentState) : r.state;
        r = step(journey, state, input);
        expect(JSON.stringify(state)).toBe(frozen);
        out.push(r);
      }
      return out;
    };
    expect(play(true)).toEqual(play(false));
  });
});

describe('vetEvent', () => {
  it('refuses anything once the journey has ended', () => {
    const done = event(sent(begin()).state, 'payment.settled', T0).state;
    expect(vetEvent(journey, done, sampleEvent('ptp.promised', T0))).toMatchObject({
      ok: false,
      reason: 'journeyEnded',
    });
  });

  it('accepts when the current node has no opinion', () => {
    expect(vetEvent(journey, begin().state, sampleEvent('ptp.promised', T0))).toEqual({ ok: true });
  });
});

describe('stepOwned', () => {
  it('gives what step gives, by changing the state it is handed instead of a copy', () => {
    const start = begin();
    const input: EngineInput = {
      kind: 'sendReport',
      at: T0,
      commandId: onlySend(start).id,
      report: { status: 'sent', channel: 'sms' },
    };
    const copied = step(journey, structuredClone(start.state), input);
    const handed = structuredClone(start.state);
    const owned = stepOwned(journey, handed, input);
    expect(JSON.stringify(owned)).toBe(JSON.stringify(copied));
    expect(owned.state).toBe(handed);
    // step() leaves its argument alone.
    expect(start.state.counters.messagesSent).toBe(0);
    expect(handed.counters.messagesSent).toBe(1);
  });
});
