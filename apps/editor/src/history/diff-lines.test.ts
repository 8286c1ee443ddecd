import { diffJourneys, type JourneyInput } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/use-i18n';
import { smallJourney, smallJourneyChanged } from '../test-fixtures';
import { diffLines, diffNames } from './diff-lines';

const v1 = smallJourney();
const v2 = smallJourneyChanged();

const linesIn = (locale: 'en' | 'vi' | 'zh') =>
  diffLines(
    diffJourneys(v1 as JourneyInput, v2 as JourneyInput),
    diffNames([v2, v1], i18nFor(locale)),
    i18nFor(locale).t,
  ).map((line) => `${line.kind}: ${line.text}`);

describe('diffLines', () => {
  // A step with no label goes by its type's name and id; fields and exits by their names on
  // the inspector and the card, never by their paths and ids ("config.message.en", "sent").
  it('names each added, removed and changed step, its fields and its rewired exits', () => {
    expect(linesIn('en')).toEqual([
      'added: Added “Call ends it”',
      'removed: Removed “End (bye)”',
      'changed: Changed “First reminder”: Name on the canvas, Message (en), Message (vi), next (Sent)',
    ]);
  });

  it.each([
    ['vi', 'Đã thêm “Call ends it”', 'Tên trên sơ đồ, Tin nhắn (en)', 'bước tiếp theo (Đã gửi)'],
    ['zh', '已添加“Call ends it”', '画布上的名称, 消息 (en)', '下一步（已发送）'],
  ] as const)('speaks %s', (locale, added, fields, rewired) => {
    const lines = linesIn(locale);
    expect(lines[0]).toBe(`added: ${added}`);
    expect(lines[2]).toContain(fields);
    expect(lines[2]).toContain(rewired);
    expect(lines.join('\n')).not.toMatch(/Added|Removed|Changed|\bsent\b|config\./);
  });
});
