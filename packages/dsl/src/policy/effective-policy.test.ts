import { describe, expect, it } from 'vitest';
import { journeyPolicySchema } from '../journey/schema';
import { effectivePolicy } from './effective-policy';
import { UnknownRulePackError } from './errors';
import { rulePacks } from './rule-packs';
import { usRegF } from './packs/us-reg-f';

const newYork = { country: 'US', region: 'NY', timezone: 'America/New_York' };
const boston = { country: 'US', region: 'MA', timezone: 'America/New_York' };
const journey = (input: Record<string, unknown> = {}) => journeyPolicySchema.parse(input);

describe('effectivePolicy', () => {
  it('applies the packs of the borrower by default', () => {
    const policy = effectivePolicy({ journeyPolicy: journey(), borrower: boston });
    expect(policy.packs).toEqual(['us-reg-f', 'us-ma']);
    expect(policy.timezone).toBe('America/New_York');
    expect(policy.windows.sun).toEqual([{ start: '08:00', end: '21:00' }]);
    expect(policy.caps.map((cap) => cap.source)).toEqual(['us-reg-f', 'us-reg-f', 'us-ma']);
  });

  it('applies no pack for "none" and the named pack for an id', () => {
    const none = effectivePolicy({
      journeyPolicy: journey({ jurisdiction: 'none' }),
      borrower: boston,
    });
    expect(none.packs).toEqual([]);
    expect(none.windows.mon).toEqual([{ start: '00:00', end: '24:00' }]);
    const named = effectivePolicy({
      journeyPolicy: journey({ jurisdiction: 'us-ma' }),
      borrower: newYork,
    });
    expect(named.packs).toEqual(['us-reg-f', 'us-ma']);
    expect(() =>
      effectivePolicy({ journeyPolicy: journey({ jurisdiction: 'zz' }), borrower: newYork }),
    ).toThrow(UnknownRulePackError);
  });

  it('narrows the pack window to a narrower journey window and its days', () => {
    const policy = effectivePolicy({
      journeyPolicy: journey({
        sendWindow: { start: '09:00', end: '20:00', days: ['mon', 'sat'] },
      }),
      borrower: newYork,
    });
    expect(policy.windows.mon).toEqual([{ start: '09:00', end: '20:00' }]);
    expect(policy.windows.tue).toEqual([]);
  });

  it('keeps the pack limit when the journey window is wider', () => {
    const policy = effectivePolicy({
      journeyPolicy: journey({ sendWindow: { start: '06:00', end: '23:00' } }),
      borrower: newYork,
    });
    expect(policy.windows.wed).toEqual([{ start: '08:00', end: '21:00' }]);
  });

  it("narrows further to the borrower's preferred hours, splitting intervals", () => {
    const policy = effectivePolicy({
      journeyPolicy: journey({ sendWindow: { start: '09:00', end: '20:00' } }),
      borrower: newYork,
      preferences: {
        optedOut: ['voice', 'voice'],
        preferredWindow: { start: '19:00', end: '10:00' },
      },
    });
    expect(policy.windows.thu).toEqual([
      { start: '09:00', end: '10:00' },
      { start: '19:00', end: '20:00' },
    ]);
    expect(policy.optedOut).toEqual(['voice']);
    expect(policy.windowSources?.map((layer) => layer.source)).toEqual([
      'journey',
      'us-reg-f',
      'borrower',
    ]);
  });

  it('unites journey caps (borrower scope) with pack caps, and all holidays', () => {
    const policy = effectivePolicy({
      journeyPolicy: journey({
        caps: [
          { channel: 'any', max: 3, per: 'P7D' },
          { channel: 'email', max: 1, per: 'P1D' },
        ],
        holidays: ['2026-12-25', '2026-01-01', '2026-12-25'],
      }),
      borrower: boston,
      packs: [
        ...rulePacks.slice(0, 2),
        { ...usRegF, id: 'lender', caps: [], holidays: ['2026-07-04'] },
      ],
    });
    expect(policy.caps.slice(0, 2)).toEqual([
      { channels: 'any', max: 3, per: 'P7D', scope: 'borrower', source: 'journey' },
      { channels: ['email'], max: 1, per: 'P1D', scope: 'borrower', source: 'journey' },
    ]);
    expect(policy.caps).toHaveLength(5);
    expect(policy.holidays).toEqual(['2026-01-01', '2026-07-04', '2026-12-25']);
    expect(policy.packs).toEqual(['us-reg-f', 'us-ma', 'lender']);
  });

  it('hands out copies, so editing a policy never edits the built-in packs', () => {
    const policy = effectivePolicy({ journeyPolicy: journey(), borrower: boston });
    const cap = policy.caps[2];
    if (!cap || cap.channels === 'any') throw new Error('expected the us-ma cap');
    cap.max = 99;
    cap.channels.push('email');
    policy.windowSources?.[1]?.windows.mon.push({ start: '00:00', end: '01:00' });
    const fresh = effectivePolicy({ journeyPolicy: journey(), borrower: boston });
    expect(fresh.caps[2]).toMatchObject({ max: 2, channels: ['sms', 'voice'] });
    expect(rulePacks[0]?.windows.mon).toEqual([{ start: '08:00', end: '21:00' }]);
  });

  it('rejects a time zone that is not IANA', () => {
    expect(() =>
      effectivePolicy({ journeyPolicy: journey(), borrower: { ...newYork, timezone: 'EST5' } }),
    ).toThrow(RangeError);
  });
});
