import { describe, expect, it } from 'vitest';
import { lenderSettingsSchema, type Weekday } from '../lender/lender-settings-schema';
import { lenderFooter } from './lender-footer';
import { pageKit } from './page-kit';
import { toPortalLender } from './portal-lender';
import { supportHoursText } from './support-hours';

const schedule = {
  timeZone: 'America/New_York',
  periods: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, open: '09:00', close: '17:30' },
    { days: ['sat'] as const, open: '10:00', close: '14:00' },
  ],
};
const january = new Date('2026-01-15T12:00:00Z');
const hours = (intl: string) =>
  supportHoursText(
    { ...schedule, periods: schedule.periods.map((p) => ({ ...p, days: [...p.days] })) },
    intl,
    january,
  ).replace(/\s/g, ' ');

describe('support hours in the page language', () => {
  it('writes days, times and the zone the way each language does', () => {
    expect(hours('en-US')).toBe('Mon–Fri 9:00 AM–5:30 PM; Sat 10:00 AM–2:00 PM (Eastern Time)');
    expect(hours('es-ES')).toMatch(/^lun–vie 9:00–17:30; sáb 10:00–14:00 \(.+\)$/);
    expect(hours('vi-VN')).toMatch(/^Thứ 2–Thứ 6 9:00–17:30; Thứ 7 10:00–14:00 \(.+\)$/);
    expect(hours('zh-CN')).toMatch(/^周一–周五 9:00–17:30; 周六 10:00–14:00 \(北美东部时间\)$/);
    expect(hours('es-ES')).not.toContain('Eastern');
  });

  it('lists days that are not in a row', () => {
    const text = supportHoursText(
      {
        timeZone: 'Europe/London',
        periods: [{ days: ['mon', 'wed', 'fri'], open: '08:00', close: '12:00' }],
      },
      'en-GB',
      january,
    );
    expect(text).toMatch(/^Mon, Wed, Fri 8:00–12:00 \(United Kingdom Time\)$/);
  });

  it('refuses a schedule that closes before it opens or names no real zone', () => {
    const refused = lenderSettingsSchema.safeParse({
      legalName: 'Acme',
      supportSchedule: {
        timeZone: 'Mars/Olympus',
        periods: [{ days: ['mon'], open: '17:00', close: '09:00' }],
      },
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'supportSchedule.timeZone',
      'supportSchedule.periods.0.close',
    ]);
  });
});

describe('the footer', () => {
  const settings = {
    legalName: 'Acme Lending LLC',
    supportHours: 'Mon–Fri 9–5',
    supportSchedule: {
      timeZone: 'America/New_York',
      periods: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[], open: '09:00', close: '17:00' },
      ],
    },
  };
  it('shows the structured hours in the page language, else the old text', async () => {
    const es = String(
      await lenderFooter(pageKit('es', '/p/x', undefined, toPortalLender(settings))),
    );
    expect(es).toMatch(/lun–vie 9:00–17:00/);
    expect(es).not.toContain('Mon–Fri 9–5');
    const { supportSchedule: _s, ...textOnly } = settings;
    const old = String(
      await lenderFooter(pageKit('es', '/p/x', undefined, toPortalLender(textOnly))),
    );
    expect(old).toContain('Mon–Fri 9–5');
  });
});
