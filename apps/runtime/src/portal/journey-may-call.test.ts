import type { JourneyNode } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { copies } from './copy/index';
import { journeyMayCall } from './journey-may-call';

const node = (type: string, config: Record<string, unknown> = {}): JourneyNode => ({
  id: type,
  type,
  config,
  next: {},
});

describe('journeyMayCall', () => {
  it('is false for texts, emails, waits and plans only', () => {
    expect(
      journeyMayCall([
        node('remind', { channel: 'sms', fallbackChannel: 'email' }),
        node('wait'),
        node('offerPlan', { channel: 'email' }),
        node('end'),
      ]),
    ).toBe(false);
  });

  it('is true when a step calls, falls back to a call, or hands the borrower to a person', () => {
    expect(journeyMayCall([node('remind', { channel: 'voice' })])).toBe(true);
    expect(journeyMayCall([node('remind', { channel: 'sms', fallbackChannel: 'voice' })])).toBe(
      true,
    );
    expect(journeyMayCall([node('remind', { channel: 'sms' }), node('escalate')])).toBe(true);
  });

  it('has words for both cases in every language, and only one says nobody will call', () => {
    for (const copy of Object.values(copies)) {
      expect(copy.home.reassurance).not.toBe(copy.home.reassuranceMayCall);
    }
    expect(copies.en.home.reassuranceMayCall).not.toMatch(/nobody/i);
  });
});
