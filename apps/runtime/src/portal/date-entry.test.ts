import { describe, expect, it } from 'vitest';
import { dateFieldOrder, dateFromParts, monthNames } from './date-entry';

describe('date entry', () => {
  it('orders the fields as each page language writes dates', () => {
    expect(dateFieldOrder('en-US')).toEqual(['month', 'day', 'year']);
    expect(dateFieldOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(dateFieldOrder('es')).toEqual(['day', 'month', 'year']);
    expect(dateFieldOrder('vi')).toEqual(['day', 'month', 'year']);
    expect(dateFieldOrder('zh-CN')).toEqual(['year', 'month', 'day']);
  });

  it('names the months in the language', () => {
    expect(monthNames('es')[11]).toBe('diciembre');
    expect(monthNames('en-US')[8]).toBe('September');
    expect(monthNames('zh-CN')[11]).toBe('十二月');
  });

  it('reads day, month and year as one calendar date, refusing impossible ones', () => {
    expect(dateFromParts({ day: '6', month: '12', year: '2026' })).toBe('2026-12-06');
    expect(dateFromParts({ day: ' 06 ', month: '12', year: '2026' })).toBe('2026-12-06');
    expect(dateFromParts({ day: '31', month: '2', year: '2027' })).toBeNull();
    expect(dateFromParts({ day: '12', month: '', year: '2026' })).toBeNull();
    expect(dateFromParts({ day: 'x', month: '6', year: '2026' })).toBeNull();
    expect(dateFromParts({ day: '12', month: '6', year: '26' })).toBeNull();
  });
});
