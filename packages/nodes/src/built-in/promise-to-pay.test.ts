import { sampleEvent } from '@tandem/dsl/testing';
import { describe, expect, it } from 'vitest';
import { nodeContext } from '../testing';
import { promiseToPayNode } from './promise-to-pay';

// Lan lives in Ho Chi Minh City (UTC+7). 03:00Z is 10:00 local on Monday 2 March 2026.
const now = '2026-03-02T03:00:00.000Z';
const config = promiseToPayNode.config.parse({ maxDaysOut: 14, graceDays: 1, remindBefore: 'P1D' });
const ctx = (at = now) => nodeContext(promiseToPayNode, { config, now: at, enteredAt: now });
const { behaviour } = promiseToPayNode;

describe('promiseToPay', () => {
  it('asks for a date with a promise link and waits respondWithin', () => {
    const step = behaviour.enter(ctx());
    expect(step).toMatchObject({
      kind: 'stay',
      state: { phase: 'asking' },
      wakeAt: '2026-03-05T03:00:00.000Z',
    });
    expect(step.effects).toEqual([
      expect.objectContaining({ kind: 'send', intent: 'promise.request', link: 'promise' }),
    ]);
  });

  it('refuses a date in the past or beyond maxDaysOut, with a reason the borrower can read', () => {
    const state = { phase: 'asking' as const };
    expect(
      behaviour.vetEvent!(ctx(), state, sampleEvent('ptp.promised', now, { date: '2026-03-01' })),
    ).toMatchObject({ ok: false, reason: 'pastDate' });
    expect(
      behaviour.vetEvent!(ctx(), state, sampleEvent('ptp.promised', now, { date: '2026-03-17' })),
    ).toMatchObject({ ok: false, reason: 'tooFar' });
    expect(
      behaviour.vetEvent!(ctx(), state, sampleEvent('ptp.promised', now, { date: '2026-03-16' })),
    ).toEqual({ ok: true });
    expect(
      behaviour.vetEvent!(ctx(), state, sampleEvent('ptp.promised', now, { date: '2026-03-02' })),
    ).toEqual({ ok: true });
  });

  it('judges "today" in the borrower’s calendar, not UTC', () => {
    // 20:00Z on 1 March is already 03:00 on 2 March in Ho Chi Minh City: 1 March is past there.
    const lateEvening = '2026-03-01T20:00:00.000Z';
    const verdict = behaviour.vetEvent!(
      ctx(lateEvening),
      { phase: 'asking' },
      sampleEvent('ptp.promised', lateEvening, { date: '2026-03-01' }),
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'pastDate' });
  });

  it('on a promise: reminds the day before at 10:00 local, then checks after the grace day', () => {
    const promised = behaviour.onEvent!(
      ctx(),
      { phase: 'asking' },
      sampleEvent('ptp.promised', now, { date: '2026-03-06' }),
    );
    expect(promised).toMatchObject({
      kind: 'stay',
      state: {
        phase: 'promised',
        date: '2026-03-06',
        reminderAt: '2026-03-05T03:00:00.000Z',
        checkAt: '2026-03-07T17:00:00.000Z',
      },
      wakeAt: '2026-03-05T03:00:00.000Z',
    });
    if (promised?.kind !== 'stay') throw new Error('expected stay');
    const reminded = behaviour.onTimer!(ctx('2026-03-05T03:00:00.000Z'), promised.state);
    expect(reminded).toMatchObject({ kind: 'stay', wakeAt: '2026-03-07T17:00:00.000Z' });
    expect(reminded.effects).toEqual([
      expect.objectContaining({ intent: 'promise.reminder', link: 'pay' }),
    ]);
    if (reminded.kind !== 'stay') throw new Error('expected stay');
    expect(behaviour.onTimer!(ctx('2026-03-07T17:00:00.000Z'), reminded.state)).toEqual({
      kind: 'exit',
      port: 'broken',
      count: { promisesBroken: 1 },
    });
  });

  it('is kept when payments reach the promised amount, not before', () => {
    const promised = behaviour.onEvent!(
      ctx(),
      { phase: 'asking' },
      sampleEvent('ptp.promised', now, { date: '2026-03-06', amount: 1_000_000 }),
    );
    if (promised?.kind !== 'stay') throw new Error('expected stay');
    const partial = behaviour.onEvent!(
      ctx(),
      promised.state,
      sampleEvent('payment.received', now, { amount: 400_000 }),
    );
    expect(partial).toMatchObject({ kind: 'stay', state: { paid: 400_000 } });
    if (partial?.kind !== 'stay') throw new Error('expected stay');
    expect(
      behaviour.onEvent!(
        ctx(),
        partial.state,
        sampleEvent('payment.received', now, { amount: 600_000 }),
      ),
    ).toMatchObject({ kind: 'exit', port: 'kept' });
  });

  it('goes to noResponse when no date is picked in time', () => {
    expect(behaviour.onTimer!(ctx('2026-03-05T03:00:00.000Z'), { phase: 'asking' })).toEqual({
      kind: 'exit',
      port: 'noResponse',
    });
  });

  it('skips a reminder whose time has already passed (a promise for today)', () => {
    const promised = behaviour.onEvent!(
      ctx(),
      { phase: 'asking' },
      sampleEvent('ptp.promised', now, { date: '2026-03-02' }),
    );
    expect(promised).toMatchObject({
      state: { reminderAt: null },
      wakeAt: '2026-03-03T17:00:00.000Z',
    });
  });

  it('takes a withdrawn promise back to asking (no reminder, no broken promise), and refuses one with no promise', () => {
    expect(
      behaviour.vetEvent!(ctx(), { phase: 'asking' }, sampleEvent('ptp.cancelled', now, {})),
    ).toMatchObject({ ok: false, reason: 'notOpen' });
    const promised = behaviour.onEvent!(
      ctx(),
      { phase: 'asking' },
      sampleEvent('ptp.promised', now, { date: '2026-03-06' }),
    );
    if (promised?.kind !== 'stay') throw new Error('expected stay');
    expect(
      behaviour.vetEvent!(ctx(), promised.state, sampleEvent('ptp.cancelled', now, {})),
    ).toEqual({ ok: true });
    expect(
      behaviour.onEvent!(ctx(), promised.state, sampleEvent('ptp.cancelled', now, {})),
    ).toEqual({
      kind: 'stay',
      state: { phase: 'asking' },
      wakeAt: '2026-03-05T03:00:00.000Z',
    });
  });
});
