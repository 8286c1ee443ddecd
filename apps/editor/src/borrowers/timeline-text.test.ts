import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../api/borrowers-api';
import { i18nFor } from '../i18n/use-i18n';
import { timelineSummary, utcTime } from './timeline-text';

const { t } = i18nFor('en');

const entry = (kind: TimelineEntry['kind'], data: Record<string, unknown>): TimelineEntry => ({
  kind,
  id: '1',
  at: '2026-12-06T14:33:12.123456Z',
  atLocal: 'Sun 2026-12-06 21:33',
  enrollmentId: null,
  data,
});

describe('timeline lines', () => {
  it('says an agent recorded a promise or a plan, and who; a borrower’s own stays an event', () => {
    expect(
      timelineSummary(
        entry('event', {
          type: 'ptp.promised',
          data: { date: '2026-12-10', amount: 200, via: 'agent', recordedBy: 'Sam' },
        }),
        t,
      ),
    ).toEqual({
      title: 'Agent recorded a promise',
      detail: '{"date":"2026-12-10","amount":200} — by Sam',
    });
    expect(
      timelineSummary(
        entry('event', {
          type: 'plan.accepted',
          data: { option: 1, via: 'agent', recordedBy: 'Sam' },
        }),
        t,
      ).title,
    ).toBe('Agent recorded a plan choice');
    expect(
      timelineSummary(
        entry('event', { type: 'ptp.promised', data: { date: '2026-12-10', via: 'portal' } }),
        t,
      ).title,
    ).toBe('Event: ptp.promised');
  });

  it('says what each kind of entry was', () => {
    expect(
      timelineSummary(
        entry('call', { result: 'conversation', outcome: 'promiseToPay', loggedBy: 'Sam' }),
        t,
      ),
    ).toEqual({ title: 'Call: conversation, promiseToPay', detail: 'logged by Sam' });
    expect(
      timelineSummary(entry('message', { channel: 'sms', status: 'delivered', body: 'Hi Lan' }), t),
    ).toEqual({ title: 'Message (sms): delivered', detail: 'Hi Lan' });
    expect(
      timelineSummary(
        entry('task', {
          queue: 'collections',
          status: 'resolved',
          reason: 'Broken promise',
          outcome: 'agreed',
        }),
        t,
      ).detail,
    ).toBe('Broken promise — resolved “agreed”');
    expect(
      timelineSummary(entry('event', { type: 'promise.made', data: { amount: 50 } }), t).detail,
    ).toBe('{"amount":50}');
  });

  it('writes UTC times to the minute', () => {
    expect(utcTime('2026-12-06T14:33:12.123456Z')).toBe('2026-12-06 14:33 UTC');
    expect(utcTime('not a time')).toBe('not a time');
  });

  it('names a resolved task’s outcome as the reader reads it, when told how', () => {
    const resolved = entry('task', { queue: 'collections', status: 'resolved', outcome: 'agreed' });
    expect(timelineSummary(resolved, t).detail).toBe('resolved “agreed”');
    expect(timelineSummary(resolved, t, (id) => id.toUpperCase()).detail).toBe('resolved “AGREED”');
  });
});
