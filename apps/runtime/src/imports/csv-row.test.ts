import { describe, expect, it } from 'vitest';
import { csvFieldName, csvRowToCandidate } from './csv-row';

const cells = {
  external_id: 'B1',
  first_name: 'Lan',
  last_name: '',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'vn',
  region: '',
  account_external_id: 'A1',
  amount_due: '2500000',
  currency: 'vnd',
};

describe('csvRowToCandidate', () => {
  it('builds a borrower with one account; blank cells say nothing', () => {
    const { candidate, errors } = csvRowToCandidate(cells);
    expect(errors).toEqual([]);
    expect(candidate).toEqual({
      externalId: 'B1',
      firstName: 'Lan',
      locale: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
      accounts: [{ externalId: 'A1', amountDue: 2500000, currency: 'VND' }],
    });
  });

  it('reads numbers, yes/no cells and phone numbers as spreadsheets write them', () => {
    const { candidate, errors } = csvRowToCandidate({
      ...cells,
      amount_due: '1320.50',
      minimum_payment: '0',
      days_past_due: '12',
      time_barred: 'No',
      sms: '+84 (912) 345-678',
      sms_consent: 'yes',
      email: 'lan@example.com',
      email_consent: 'false',
    });
    expect(errors).toEqual([]);
    expect(candidate.channels).toEqual({
      sms: { address: '+84912345678', consent: true },
      email: { address: 'lan@example.com', consent: false },
    });
    expect(candidate.accounts).toEqual([
      {
        externalId: 'A1',
        amountDue: 1320.5,
        currency: 'VND',
        daysPastDue: 12,
        minimumPayment: 0,
        timeBarred: false,
      },
    ]);
  });

  it('gives a channel consent unless its consent column says no', () => {
    expect(csvRowToCandidate({ ...cells, whatsapp: '+84912345678' }).candidate.channels).toEqual({
      whatsapp: { address: '+84912345678', consent: true },
    });
  });

  it('names each cell that is not a number or a yes/no, with what it held', () => {
    const { errors } = csvRowToCandidate({
      ...cells,
      amount_due: '1,234.50',
      days_past_due: '3.5',
      time_barred: 'maybe',
      sms: '+84912345678',
      sms_consent: 'sure',
    });
    expect(errors.map((e) => [e.field, e.value])).toEqual([
      ['sms_consent', 'sure'],
      ['amount_due', '1,234.50'],
      ['days_past_due', '3.5'],
      ['time_barred', 'maybe'],
    ]);
  });

  it('types attribute cells: numbers and booleans, but a zero-led code stays text', () => {
    const { candidate } = csvRowToCandidate({
      ...cells,
      'attributes.score': '640',
      'attributes.ratio': '-0.25',
      'attributes.first_loan': 'true',
      'attributes.postcode': '02139',
      'attributes.empty': '',
    });
    expect(candidate.attributes).toEqual({
      score: 640,
      ratio: -0.25,
      first_loan: true,
      postcode: '02139',
    });
  });
});

describe('csvFieldName', () => {
  it('maps schema paths back to the columns the user typed', () => {
    expect(csvFieldName(['firstName'])).toBe('first_name');
    expect(csvFieldName(['externalId'])).toBe('external_id');
    expect(csvFieldName(['accounts', 0, 'externalId'])).toBe('account_external_id');
    expect(csvFieldName(['accounts', 0, 'daysPastDue'])).toBe('days_past_due');
    expect(csvFieldName(['accounts'])).toBe('account_external_id');
    expect(csvFieldName(['channels', 'sms', 'address'])).toBe('sms');
    expect(csvFieldName(['channels', 'email', 'consent'])).toBe('email_consent');
    expect(csvFieldName(['attributes', 'score'])).toBe('attributes.score');
  });
});
