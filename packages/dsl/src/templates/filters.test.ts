import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, toDateStyle } from './filters';

describe('formatMoney', () => {
  it('lets Intl choose the minor digits: none for VND, two for USD', () => {
    expect(formatMoney(2_500_000.4, 'vi', 'VND')).toBe('2.500.000\u00a0₫');
    expect(formatMoney(0.5, 'en', 'USD')).toBe('$0.50');
  });

  it('formats a numeric string but returns other text unchanged', () => {
    expect(formatMoney('1234.5', 'en', 'USD')).toBe('$1,234.50');
    expect(formatMoney('about 10', 'en', 'USD')).toBe('about 10');
    expect(formatMoney('  ', 'en', 'USD')).toBe('  ');
    expect(formatMoney(true, 'en', 'USD')).toBe('true');
    expect(formatMoney(Number.NaN, 'en', 'USD')).toBe('NaN');
  });

  it('rejects an object or a list: the template names the wrong variable', () => {
    expect(() => formatMoney({ amount: 1 }, 'en', 'USD')).toThrow(
      'money needs a single value, not object',
    );
    expect(() => formatMoney([1], 'en', 'USD')).toThrow('money needs a single value, not a list');
  });

  it('renders nil as empty, like an undefined variable', () => {
    expect(formatMoney(undefined, 'en', 'USD')).toBe('');
    expect(formatMoney(null, 'en', 'USD')).toBe('');
  });

  it('throws on a currency code Intl rejects, so the render reports it', () => {
    expect(() => formatMoney(1, 'en', 'EURO')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('never shifts a calendar date, whatever the time zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'UTC', 'Pacific/Pago_Pago']) {
      expect(formatDate('2026-03-01', 'en', zone), zone).toBe('March 1, 2026');
    }
  });

  it('shows an instant near midnight as the date it is in the time zone', () => {
    // 17:30 UTC on 28 February is 00:30 on 1 March in Ho Chi Minh City (UTC+7).
    const instant = '2026-02-28T17:30:00Z';
    expect(formatDate(instant, 'en', 'Asia/Ho_Chi_Minh')).toBe('March 1, 2026');
    expect(formatDate(instant, 'en', 'UTC')).toBe('February 28, 2026');
    expect(formatDate('2026-03-01T00:30:00+07:00', 'en', 'UTC')).toBe('February 28, 2026');
    expect(formatDate('2026-02-28T16:59:59.999Z', 'vi', 'Asia/Ho_Chi_Minh')).toBe(
      '28 tháng 2, 2026',
    );
  });

  it('reads a date-time without an offset as wall-clock time in the zone', () => {
    expect(formatDate('2026-03-01T23:30', 'en', 'Asia/Ho_Chi_Minh')).toBe('March 1, 2026');
    expect(formatDate('2026-03-01T00:30', 'en', 'America/New_York')).toBe('March 1, 2026');
  });

  it('returns what is not a valid date unchanged and nil as empty', () => {
    expect(formatDate('2026-02-30', 'en', 'UTC')).toBe('2026-02-30');
    expect(formatDate('now', 'en', 'UTC')).toBe('now');
    expect(formatDate('2026', 'en', 'UTC')).toBe('2026');
    expect(formatDate(20260301, 'en', 'UTC')).toBe('20260301');
    expect(formatDate(undefined, 'en', 'UTC')).toBe('');
    expect(formatDate(null, 'en', 'UTC')).toBe('');
  });

  it('rejects an object: the template names the wrong variable', () => {
    expect(() => formatDate({ day: 1 }, 'en', 'UTC')).toThrow(
      'date needs a single value, not object',
    );
  });

  it('throws on an unknown time zone for an instant', () => {
    expect(() => formatDate('2026-03-01T00:30:00Z', 'en', 'Mars/Olympus')).toThrow(
      'unknown time zone "Mars/Olympus"',
    );
  });
});

describe('toDateStyle', () => {
  it('defaults to long and accepts the four Intl styles only', () => {
    expect(toDateStyle(undefined)).toBe('long');
    expect(toDateStyle('short')).toBe('short');
    expect(() => toDateStyle('Long')).toThrow('date style must be one of');
    expect(() => toDateStyle(3)).toThrow('got 3');
  });
});
