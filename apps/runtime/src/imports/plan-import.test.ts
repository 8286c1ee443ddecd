import { describe, expect, it } from 'vitest';
import { CsvShapeError } from './csv-table';
import { planImport } from './plan-import';

const header =
  'external_id,first_name,last_name,locale,timezone,country,region,segment,sms,email,account_external_id,amount_due,currency,due_date,days_past_due,product';
const csv = (...lines: string[]) => ({
  kind: 'csv' as const,
  text: [header, ...lines].join('\r\n'),
});

describe('planImport (CSV)', () => {
  it('reads Vietnamese and Chinese names, quoted commas and a BOM, one borrower over two rows', () => {
    const plan = planImport({
      kind: 'csv',
      text:
        `\uFEFF${header}\r\n` +
        'VN-1,Hương,"Phạm, Thị",vi,Asia/Ho_Chi_Minh,VN,,,+84903111222,,L1,950000,VND,2026-03-05,0,"Phone, 6 months"\r\n' +
        '\r\n' +
        'CN-1,伟,王,zh,Asia/Shanghai,CN,,,+8613800138001,wei@example.cn,L2,1800.00,CNY,,,消费贷\r\n' +
        'CN-1,伟,王,zh,Asia/Shanghai,CN,,,+8613800138001,wei@example.cn,L3,200,CNY,,,信用卡\r\n',
    });
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toBe(3);
    expect(plan.entries.map((e) => e.row)).toEqual([1, 3, 4]);
    expect(plan.entries[0]?.record).toMatchObject({
      firstName: 'Hương',
      lastName: 'Phạm, Thị',
      accounts: [{ product: 'Phone, 6 months', amountDue: 950000 }],
    });
    expect(plan.entries[1]?.record.firstName).toBe('伟');
  });

  it('names every bad row and field with the value it held', () => {
    const plan = planImport(
      csv(
        'B1,Lan,,vi,Asia/Ho_Chi_Minh,VN,,,,,A1,12abc,VND,,,',
        'B2,Lan,,vi,Asia/Ho_Chi_Minh,VN,,,,,A2,10,VND,2026-02-30,,',
        'B3,Lan,,vi,Asia/Hanoi,VN,,,,,A3,10,VND,,,',
        'B4,Lan,,vi,UTC,VN,,,0912345678,not-an-email,A4,10,VND,,two,',
        'B5,,,xx_YY,UTC,UK,,,,,A5,10,EURO,,,',
      ),
    );
    expect(plan.entries).toEqual([]);
    expect(plan.errors.map(({ row, field, value }) => [row, field, value])).toEqual([
      [1, 'amount_due', '12abc'],
      [2, 'due_date', '2026-02-30'],
      [3, 'timezone', 'Asia/Hanoi'],
      [4, 'days_past_due', 'two'],
      [4, 'sms', '0912345678'],
      [4, 'email', 'not-an-email'],
      [5, 'first_name', undefined],
      [5, 'locale', 'xx_YY'],
      [5, 'country', 'UK'],
      [5, 'currency', 'EURO'],
    ]);
    expect(plan.errors[6]?.message).toBe('is required');
  });

  it('flags a borrower whose rows disagree, on the later row', () => {
    const plan = planImport(
      csv(
        'B1,Lan,Nguyễn,vi,Asia/Ho_Chi_Minh,VN,,,,,A1,10,VND,,,',
        'B1,Lan,Trần,vi,Asia/Ho_Chi_Minh,VN,,,,,A2,10,VND,,,',
      ),
    );
    expect(plan.entries.map((e) => e.row)).toEqual([1]);
    expect(plan.errors).toEqual([
      {
        row: 2,
        field: 'last_name',
        message: expect.stringMatching(/disagrees/) as string,
        value: 'Trần',
      },
    ]);
  });

  it('keeps SQL-ish text verbatim', () => {
    const plan = planImport(
      csv(`"R'1",Robert'); DROP TABLE borrowers;--,"1=1 OR ""a""=""a""",en,UTC,US,,,,,A1,1,USD,,,`),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.entries[0]?.record).toMatchObject({
      externalId: "R'1",
      firstName: "Robert'); DROP TABLE borrowers;--",
      lastName: '1=1 OR "a"="a"',
    });
  });

  it('refuses a file without rows or required columns as a whole', () => {
    expect(() => planImport({ kind: 'csv', text: header })).toThrow(CsvShapeError);
    expect(() => planImport({ kind: 'csv', text: 'external_id,first_name\nB1,Lan' })).toThrow(
      /account_external_id/,
    );
  });
});

describe('planImport (JSON)', () => {
  const row = {
    externalId: 'J1',
    firstName: 'Sofía',
    locale: 'es-MX',
    timezone: 'America/Mexico_City',
    country: 'MX',
    accounts: [{ externalId: 'M1', amountDue: 4500, currency: 'MXN' }],
  };

  it('checks each row on its own and names fields by path', () => {
    const plan = planImport({
      kind: 'json',
      rows: [
        row,
        {
          ...row,
          externalId: 'J2',
          accounts: [{ externalId: 'M2', amountDue: '4500', currency: 'MXN' }],
        },
        'J3',
        { ...row, externalId: 'J4', nickname: 'x' },
      ],
    });
    expect(plan.rows).toBe(4);
    expect(plan.entries.map((e) => e.row)).toEqual([1]);
    expect(plan.errors.map(({ row: r, field }) => [r, field])).toEqual([
      [2, 'accounts.0.amountDue'],
      [3, null],
      [4, 'nickname'],
    ]);
  });

  it('flags a repeated external id that disagrees', () => {
    const plan = planImport({ kind: 'json', rows: [row, { ...row, firstName: 'Sofia' }] });
    expect(plan.errors).toEqual([
      {
        row: 2,
        field: 'firstName',
        message: expect.stringMatching(/disagrees/) as string,
        value: 'Sofia',
      },
    ]);
  });
});
