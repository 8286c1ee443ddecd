import { timelineReasonCodes, type TimelineEntry } from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/catalogues';
import { appLocales } from '../i18n/locales';
import { i18nFor } from '../i18n/use-i18n';
import { exampleJourneys } from '../journeys/examples';
import { sampleBorrowers } from './sample-borrowers';
import { runSimulation } from './simulation';
import { timelineReason, timelineReasonTemplates } from './timeline-reason-text';

const entry = (why: TimelineEntry['why'], reason = 'English words'): TimelineEntry => ({
  at: '2026-03-06T14:00:00Z',
  localTime: '2026-03-06 21:00 (Fri)',
  nodeId: 'hello',
  kind: 'deferred',
  reason,
  ...(why ? { why } : {}),
});

describe('timeline reasons', () => {
  it.each(appLocales)('has a message for every reason code the simulator gives in %s', (locale) => {
    const missing = timelineReasonCodes.filter(
      (code) => !catalogues[locale][timelineReasonTemplates[code]],
    );
    expect(missing).toEqual([]);
  });

  it('words a deferral in the chosen language, on the borrower’s clock', () => {
    const window = entry({ code: 'window', until: '2026-03-09T13:00:00Z' });
    expect(timelineReason(window, 'America/New_York', i18nFor('es'))).toMatch(
      /^fuera del horario de contacto, pasa a lun, 9 mar(\.)?, 09:00$/,
    );
    expect(timelineReason(window, 'Asia/Ho_Chi_Minh', i18nFor('zh'))).toMatch(
      /^不在联系时段内，推迟到 .*20:00$/,
    );
  });

  it('names the channel and the holds in the chosen language', () => {
    const optedOut = entry({ code: 'optedOut', channel: 'email' });
    expect(timelineReason(optedOut, 'UTC', i18nFor('zh'))).toBe('借款人已退订邮件');
    const held = entry({ code: 'held', holds: ['dispute', 'breathingSpace'] });
    expect(timelineReason(held, 'UTC', i18nFor('es'))).toBe(
      'retenido: disputa y periodo de respiro',
    );
  });

  it('keeps the words the journey gave an entry without a code (a task’s reason, an outcome)', () => {
    expect(timelineReason(entry(undefined, 'collections: call back'), 'UTC', i18nFor('vi'))).toBe(
      'collections: call back',
    );
  });

  it('words every reason a real simulation gives, in Vietnamese', () => {
    const ladder = exampleJourneys.find((e) => e.id === 'first-time-borrower')!.document;
    const run = runSimulation({
      document: ladder,
      catalogue: builtInCatalogue,
      personaName: 'silent',
      facts: sampleBorrowers[0]!.facts,
      start: '2026-03-06T23:30:00Z',
    });
    if (!run.ok) throw new Error(run.message);
    const withCodes = run.result.timeline.filter((e) => e.why);
    expect(withCodes.length).toBeGreaterThan(0);
    for (const e of withCodes) {
      const text = timelineReason(e, 'Asia/Ho_Chi_Minh', i18nFor('vi'));
      expect(text).not.toBe(e.reason);
      expect(text).not.toMatch(/\{|simulate\./);
    }
  });
});
