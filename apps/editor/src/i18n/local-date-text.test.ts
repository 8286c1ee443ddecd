import { describe, expect, it } from 'vitest';
import { localDateText } from './local-date-text';

describe('localDateText', () => {
  it.each([
    ['en', '2026-12-07', 'Monday, December 7, 2026'],
    ['vi', '2026-12-07', 'Thứ Hai, 7 tháng 12, 2026'],
    ['zh', '2026-12-07', '2026年12月7日星期一'],
    ['es', '2026-12-07', 'lunes, 7 de diciembre de 2026'],
  ])('writes a date out in %s, weekday and month by name', (locale, value, text) => {
    expect(localDateText(value, locale)).toBe(text);
  });

  it('keeps the calendar date west of UTC (no shift to the day before)', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(localDateText('2026-01-01', 'en')).toBe('Thursday, January 1, 2026');
      expect(localDateText('2026-01-01T00:30', 'en')).toMatch(/^Thursday, January 1, 2026.*12:30/);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('adds the time of a date-and-time value', () => {
    expect(localDateText('2026-12-07T09:30', 'vi')).toBe('lúc 09:30 Thứ Hai, 7 tháng 12, 2026');
    expect(localDateText('2026-12-07T09:30', 'zh')).toContain('09:30');
  });

  it('says nothing for an empty or unfinished value', () => {
    expect(localDateText('', 'en')).toBeNull();
    expect(localDateText('2026-12', 'en')).toBeNull();
  });
});
