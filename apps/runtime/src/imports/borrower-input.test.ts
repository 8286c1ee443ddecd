import { describe, expect, it } from 'vitest';
import { borrowerImportRowSchema, borrowerInputSchema } from './borrower-input';

const lan = {
  firstName: 'Lan',
  lastName: 'Nguyễn',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  attributes: { score: 640, firstLoan: true, branch: 'Hà Nội' },
  channels: {
    sms: { address: '+84912345678', consent: true },
    email: { address: 'lan@example.com', consent: false },
  },
  preferences: { optedOut: ['whatsapp'], preferredWindow: { start: '18:00', end: '20:30' } },
  accounts: [
    {
      externalId: 'L1',
      amountDue: 2_500_000,
      currency: 'VND',
      dueDate: '2026-02-25',
      daysPastDue: 5,
    },
  ],
};

const problems = (input: unknown) => {
  const result = borrowerInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('borrowerInputSchema', () => {
  it('accepts a full borrower and keeps left-out fields absent (so they stay as stored)', () => {
    const parsed = borrowerInputSchema.parse(lan);
    expect(parsed.channels?.sms).toEqual({ address: '+84912345678', consent: true });
    const minimal = borrowerInputSchema.parse({
      firstName: 'Wei',
      locale: 'zh',
      timezone: 'Asia/Shanghai',
      country: 'CN',
    });
    expect(Object.keys(minimal).sort()).toEqual(['country', 'firstName', 'locale', 'timezone']);
  });

  it('says "is required" for each missing required field', () => {
    expect(problems({})).toEqual([
      'firstName: is required',
      'locale: is required',
      'timezone: is required',
      'country: is required',
    ]);
  });

  it('names every bad field, nested ones by path', () => {
    expect(
      problems({
        ...lan,
        locale: 'Vietnamese',
        timezone: 'Asia/Hanoi_City',
        country: 'vn',
        region: 'Massachusetts',
        channels: {
          sms: { address: '0912345678', consent: true },
          email: { address: 'nope', consent: 'yes' },
        },
        preferences: { optedOut: ['fax'], preferredWindow: { start: '20:00', end: '09:00' } },
        accounts: [
          {
            externalId: 'L1',
            amountDue: -5,
            currency: 'vnd',
            dueDate: '2026-02-30',
            daysPastDue: 1.5,
          },
        ],
      }).map((p) => p.split(':')[0]),
    ).toEqual([
      'locale',
      'timezone',
      'country',
      'region',
      'channels.sms.address',
      'channels.email.address',
      'channels.email.consent',
      'preferences.optedOut.0',
      'preferences.preferredWindow.end',
      'accounts.0.amountDue',
      'accounts.0.currency',
      'accounts.0.dueDate',
      'accounts.0.daysPastDue',
    ]);
  });

  it('refuses unknown fields instead of dropping them silently', () => {
    expect(problems({ ...lan, timeZone: 'Asia/Ho_Chi_Minh' })).toEqual([
      expect.stringContaining('timeZone'),
    ]);
    expect(problems({ ...lan, accounts: [{ ...lan.accounts[0], amount: 1 }] })).toEqual([
      expect.stringMatching(/^accounts\.0: .*amount/),
    ]);
  });

  it('refuses amounts the numeric(14,2) column would round or overflow', () => {
    const withAmount = (amountDue: number) => ({
      ...lan,
      accounts: [{ externalId: 'L1', amountDue, currency: 'USD' }],
    });
    expect(problems(withAmount(19.99))).toEqual([]);
    expect(problems(withAmount(0))).toEqual([]);
    expect(problems(withAmount(10.005))).toEqual([
      'accounts.0.amountDue: at most 2 decimal places',
    ]);
    expect(problems(withAmount(1e13))).toEqual(['accounts.0.amountDue: is too large']);
  });

  it('refuses the same account twice in one borrower', () => {
    expect(problems({ ...lan, accounts: [lan.accounts[0], lan.accounts[0]] })).toEqual([
      'accounts.1.externalId: appears twice in accounts',
    ]);
  });

  it('lets null clear nullable fields and remove a channel', () => {
    expect(problems({ ...lan, lastName: null, region: null, channels: { email: null } })).toEqual(
      [],
    );
  });

  it('refuses blank names and attributes of other types', () => {
    expect(problems({ ...lan, firstName: '   ', attributes: { tags: ['a'] } })).toEqual([
      'firstName: must not be blank',
      expect.stringMatching(/^attributes\.tags: /),
    ]);
  });
});

describe('borrowerImportRowSchema', () => {
  it('needs an external id without surrounding spaces or control characters', () => {
    const row = (externalId: unknown) => borrowerImportRowSchema.safeParse({ ...lan, externalId });
    expect(row('VN-0001').success).toBe(true);
    expect(row("B1'; DROP TABLE borrowers; --").success).toBe(true);
    for (const bad of [undefined, '', 'B1 ', 'B\n1', 'x'.repeat(129)]) {
      expect(row(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
