import { describe, expect, it } from 'vitest';
import {
  E164_PATTERN,
  isCalendarDate,
  isCountryCode,
  isCurrencyCode,
  isIanaTimeZone,
} from './field-checks';

describe('isIanaTimeZone', () => {
  it('accepts zones and links as the tz database spells them', () => {
    for (const zone of [
      'Asia/Ho_Chi_Minh',
      'Asia/Saigon',
      'Asia/Kolkata',
      'America/Argentina/Buenos_Aires',
      'America/Port-au-Prince',
      'Europe/London',
      'Etc/GMT+5',
      'UTC',
    ]) {
      expect(isIanaTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses invented zones, offsets, wrong case and blanks', () => {
    for (const zone of ['Mars/Olympus_Mons', '+07:00', 'asia/ho_chi_minh', 'GMT+7 ', '', 'Asia/']) {
      expect(isIanaTimeZone(zone), zone).toBe(false);
    }
  });
});

describe('isCountryCode', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes', () => {
    for (const code of ['VN', 'US', 'GB', 'MX', 'CN', 'IN', 'CO'])
      expect(isCountryCode(code)).toBe(true);
  });

  it('refuses lowercase, unassigned codes and "UK"', () => {
    for (const code of ['vn', 'XX', 'AA', 'UK', 'EU', 'ZZ', 'USA', 'V']) {
      expect(isCountryCode(code), code).toBe(false);
    }
  });
});

describe('isCurrencyCode', () => {
  it('accepts ISO 4217 codes in uppercase only', () => {
    expect(['VND', 'USD', 'GBP', 'MXN', 'CNY', 'INR', 'COP'].every(isCurrencyCode)).toBe(true);
    for (const code of ['usd', 'ABC', 'US', 'DOLLAR'])
      expect(isCurrencyCode(code), code).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-12-31')).toBe(true);
  });

  it('refuses impossible dates and other formats', () => {
    for (const value of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '03/15/2026',
      '2026-3-5',
    ]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });
});

describe('E164_PATTERN', () => {
  it('wants a plus, a country code and at most 15 digits', () => {
    expect(E164_PATTERN.test('+84912345678')).toBe(true);
    expect(E164_PATTERN.test('+447700900123')).toBe(true);
    for (const value of [
      '0912345678',
      '+0912345678',
      '+84 912 345 678',
      '+1234567890123456',
      '+12',
    ]) {
      expect(E164_PATTERN.test(value), value).toBe(false);
    }
  });
});
