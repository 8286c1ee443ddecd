import { personaLabel, personaNames, type TimelineEntry } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/use-i18n';
import { timelineHeading as heading } from './timeline-words';

const { t } = i18nFor('en');
const timelineHeading = (e: Parameters<typeof heading>[0]) => heading(e, t);

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  at: '2026-03-02T09:00:00Z',
  localTime: '2026-03-02 09:00 (Mon)',
  nodeId: 'a',
  kind: 'sent',
  ...over,
});

describe('plain words in the simulation', () => {
  it('says who did what for events', () => {
    expect(timelineHeading(entry({ kind: 'event', event: 'task.resolved' }))).toBe(
      'Agent resolved the task',
    );
    expect(timelineHeading(entry({ kind: 'event', event: 'ptp.promised' }))).toBe(
      'Borrower promised to pay',
    );
  });

  it('names the channel of a message, and an unknown event by its name', () => {
    expect(timelineHeading(entry({ kind: 'sent', channel: 'sms' }))).toBe('Sent · SMS');
    expect(timelineHeading(entry({ kind: 'event', event: 'acme.scored' }))).toBe('acme.scored');
  });

  it('gives every built-in persona a name a manager understands', () => {
    expect(personaLabel('promisesAndBreaks')).toBe('Promises, then does not pay');
    for (const name of personaNames) expect(personaLabel(name)).not.toBe(name);
  });

  it('speaks the chosen language', () => {
    const vi = i18nFor('vi').t;
    expect(heading(entry({ kind: 'event', event: 'task.resolved' }), vi)).toBe(
      'Nhân viên đã xử lý xong công việc',
    );
    expect(heading(entry({ kind: 'sent', channel: 'sms' }), i18nFor('zh').t)).toBe('已发送 · 短信');
  });
});
