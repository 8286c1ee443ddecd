import { describe, expect, it } from 'vitest';
import type { BorrowerRecord } from './borrower-input';
import { csvFieldName } from './csv-row';
import { checkRowAgreement, mergeRows, type RowRecord } from './merge-rows';
import { jsonFieldName } from './row-validation';

const borrower = (overrides: Partial<BorrowerRecord> = {}): BorrowerRecord => ({
  externalId: 'B1',
  firstName: 'Lan',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  accounts: [{ externalId: 'A1', amountDue: 100, currency: 'VND' }],
  ...overrides,
});
const rows = (...records: BorrowerRecord[]): RowRecord[] =>
  records.map((record, index) => ({ row: index + 1, record }));

describe('checkRowAgreement', () => {
  it('accepts rows of one borrower with different accounts, and an identical repeated row', () => {
    const entries = rows(
      borrower(),
      borrower({ accounts: [{ externalId: 'A2', amountDue: 5, currency: 'VND' }] }),
      borrower(),
    );
    const { accepted, errors } = checkRowAgreement(entries, csvFieldName);
    expect(errors).toEqual([]);
    expect(accepted).toHaveLength(3);
  });

  it('blames the later row for each field it contradicts', () => {
    const { accepted, errors } = checkRowAgreement(
      rows(borrower(), borrower({ firstName: 'Lân', timezone: 'Asia/Bangkok' })),
      csvFieldName,
    );
    expect(accepted.map((e) => e.row)).toEqual([1]);
    expect(errors).toEqual([
      {
        row: 2,
        field: 'first_name',
        message: expect.stringContaining('row 1') as string,
        value: 'Lân',
      },
      {
        row: 2,
        field: 'timezone',
        message: expect.stringContaining('borrower "B1"') as string,
        value: 'Asia/Bangkok',
      },
    ]);
  });

  it('lets a row fill in what an earlier row left out, but not change it afterwards', () => {
    const { errors } = checkRowAgreement(
      rows(borrower(), borrower({ segment: 'new' }), borrower({ segment: 'old' })),
      csvFieldName,
    );
    expect(errors).toEqual([
      {
        row: 3,
        field: 'segment',
        message: expect.stringContaining('first on row 1') as string,
        value: 'old',
      },
    ]);
  });

  it('compares channels and attributes key by key', () => {
    const sms = { address: '+84912345678', consent: true };
    const { errors } = checkRowAgreement(
      rows(
        borrower({ channels: { sms }, attributes: { score: 1 } }),
        borrower({
          channels: { email: { address: 'a@example.com', consent: true } },
          attributes: { tier: 'b' },
        }),
        borrower({
          channels: { sms: { ...sms, address: '+84900000000' } },
          attributes: { score: 2 },
        }),
      ),
      jsonFieldName,
    );
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'channels.sms'],
      [3, 'attributes.score'],
    ]);
  });

  it('refuses an account claimed by two borrowers, or described two ways', () => {
    const { errors } = checkRowAgreement(
      rows(
        borrower(),
        borrower({ externalId: 'B2' }),
        borrower({ accounts: [{ externalId: 'A1', amountDue: 999, currency: 'VND' }] }),
      ),
      csvFieldName,
    );
    expect(errors).toEqual([
      {
        row: 2,
        field: 'account_external_id',
        message: 'account "A1" belongs to borrower "B1" on row 1',
        value: 'A1',
      },
      {
        row: 3,
        field: 'amount_due',
        message: expect.stringContaining('account "A1"') as string,
        value: 999,
      },
    ]);
  });
});

describe('mergeRows', () => {
  it('makes one record per borrower with all accounts and all fields given', () => {
    const merged = mergeRows(
      rows(
        borrower({ attributes: { score: 1 } }),
        borrower({
          segment: 'new',
          attributes: { tier: 'b' },
          accounts: [{ externalId: 'A2', amountDue: 5, currency: 'VND' }],
        }),
        borrower({ externalId: 'B2', accounts: [] }),
        borrower({
          accounts: [{ externalId: 'A1', amountDue: 100, currency: 'VND', product: 'loan' }],
        }),
      ),
    );
    expect(merged).toEqual([
      {
        ...borrower(),
        segment: 'new',
        attributes: { score: 1, tier: 'b' },
        accounts: [
          { externalId: 'A1', amountDue: 100, currency: 'VND', product: 'loan' },
          { externalId: 'A2', amountDue: 5, currency: 'VND' },
        ],
      },
      { ...borrower({ externalId: 'B2' }), accounts: [] },
    ]);
  });
});
