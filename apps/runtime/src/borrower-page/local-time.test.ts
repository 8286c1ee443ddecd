import { describe, expect, it } from 'vitest';
import { localTime } from './local-time';

describe('localTime', () => {
  it('shows the wall clock in the borrower’s zone, DST included', () => {
    expect(localTime(new Date('2026-03-02T09:05:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      'Mon 2026-03-02 16:05',
    );
    expect(localTime(new Date('2026-07-01T03:30:00Z'), 'America/New_York')).toBe(
      'Tue 2026-06-30 23:30',
    );
  });
});
