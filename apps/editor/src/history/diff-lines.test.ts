import { diffJourneys, type JourneyInput } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/use-i18n';
import { smallJourney, smallJourneyChanged } from '../test-fixtures';
import { diffLines, stepNamer } from './diff-lines';

const v1 = smallJourney();
const v2 = smallJourneyChanged();

const linesIn = (locale: 'en' | 'vi' | 'zh') =>
  diffLines(
    diffJourneys(v1 as JourneyInput, v2 as JourneyInput),
    stepNamer(v2, v1),
    i18nFor(locale).t,
  ).map((line) => `${line.kind}: ${line.text}`);

describe('diffLines', () => {
  it('names each added, removed and changed step by its label, rewired exits included', () => {
    expect(linesIn('en')).toEqual([
      'added: Added “Call ends it”',
      'removed: Removed “bye”',
      'changed: Changed “First reminder”: label, config.message.en, config.message.vi, next (sent)',
    ]);
  });

  it.each([
    ['vi', 'Đã thêm “Call ends it”', 'bước tiếp theo (sent)'],
    ['zh', '已添加“Call ends it”', '下一步（sent）'],
  ] as const)('speaks %s', (locale, added, rewired) => {
    const lines = linesIn(locale);
    expect(lines[0]).toBe(`added: ${added}`);
    expect(lines[2]).toContain(rewired);
    expect(lines.join('\n')).not.toMatch(/Added|Removed|Changed/);
  });
});
