import { factsFixture } from '@tandem/dsl/testing';
import { describe, expect, it } from 'vitest';
import { nodeContext } from '../testing';
import { waitNode } from './wait';

const enter = (config: unknown, now: string, facts = factsFixture()) =>
  waitNode.behaviour.enter(
    nodeContext(waitNode, { config: waitNode.config.parse(config), now, facts }),
  );

describe('wait', () => {
  it('waits a duration in calendar days of the borrower’s zone (DST keeps the wall clock)', () => {
    const facts = factsFixture({ borrower: { timezone: 'America/New_York', country: 'US' } });
    // 10:00 EST on Saturday 7 March 2026; clocks go forward on the 8th.
    expect(enter({ for: 'P1D' }, '2026-03-07T15:00:00.000Z', facts)).toMatchObject({
      wakeAt: '2026-03-08T14:00:00.000Z',
    });
  });

  it('waits until 3 days before the due date at 10:00 local time', () => {
    const facts = factsFixture({ account: { dueDate: '2026-03-10' } });
    expect(
      enter(
        { mode: 'untilDate', offsetDays: -3, atLocalTime: '10:00' },
        '2026-03-01T00:00:00.000Z',
        facts,
      ),
    ).toEqual({
      kind: 'stay',
      state: null,
      wakeAt: '2026-03-07T03:00:00.000Z',
    });
  });

  it('goes on at once when the date has passed or is missing', () => {
    const past = factsFixture({ account: { dueDate: '2026-02-01' } });
    expect(enter({ mode: 'untilDate' }, '2026-03-01T00:00:00.000Z', past)).toEqual({
      kind: 'exit',
      port: 'done',
    });
    const none = factsFixture({ account: { dueDate: undefined } });
    expect(enter({ mode: 'untilDate' }, '2026-03-01T00:00:00.000Z', none)).toEqual({
      kind: 'exit',
      port: 'done',
    });
  });

  it('rejects a date fact that is not a date', () => {
    expect(
      waitNode.check!(waitNode.config.parse({ mode: 'untilDate', fact: 'borrower.firstName' })),
    ).toHaveLength(1);
  });
});
