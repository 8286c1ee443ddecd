import { describe, expect, it } from 'vitest';
import { CsvShapeError, csvRowCount, readCsvTable } from './csv-table';

const header =
  'external_id,first_name,locale,timezone,country,account_external_id,amount_due,currency';
const row = (id: string, name = 'Lan') => `${id},${name},vi,Asia/Ho_Chi_Minh,VN,${id}-A,100,VND`;

const shapeError = (text: string) => {
  try {
    readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvShapeError) return { code: error.code, columns: error.columns };
    throw error;
  }
  throw new Error('expected a CsvShapeError');
};

describe('readCsvTable', () => {
  it('reads a BOM, CRLF, quoted commas, quotes and line breaks inside quotes', () => {
    const text = `\uFEFF${header}\r\nB1,"Nguyễn, Thị ""Lan""",vi,Asia/Ho_Chi_Minh,VN,A1,100,VND\r\nB2,"Wei\nWang",zh,Asia/Shanghai,CN,A2,5,CNY\r\n`;
    const table = readCsvTable(text);
    expect(table.columns[0]).toBe('external_id');
    expect(table.records.map((r) => r.cells.first_name)).toEqual([
      'Nguyễn, Thị "Lan"',
      'Wei\nWang',
    ]);
    expect(table.errors).toEqual([]);
  });

  it('skips blank lines but keeps numbering rows by their place after the header', () => {
    const table = readCsvTable(`${header}\n${row('B1')}\n\n   \n,,,,,,,\n${row('B2')}\n\n`);
    expect(table.records.map((r) => [r.row, r.cells.external_id])).toEqual([
      [1, 'B1'],
      [5, 'B2'],
    ]);
    expect(csvRowCount(table)).toBe(2);
  });

  it('trims cells and lowercases the header', () => {
    const table = readCsvTable(
      `${header.toUpperCase().replace(',', ' , ')}\n  B1 , Lan ,vi,UTC,VN,A,1,VND`,
    );
    expect(table.records[0]?.cells).toMatchObject({ external_id: 'B1', first_name: 'Lan' });
  });

  it('reads semicolon- and tab-separated files', () => {
    for (const delimiter of [';', '\t']) {
      const text = [header, row('B1')].map((line) => line.replaceAll(',', delimiter)).join('\n');
      expect(readCsvTable(text).records[0]?.cells.currency).toBe('VND');
    }
  });

  it('reports a row with too few or too many cells as a row error, not a crash', () => {
    const table = readCsvTable(`${header}\n${row('B1')}\nB2,Lan,vi\n${row('B3')},extra`);
    expect(table.records.map((r) => r.row)).toEqual([1]);
    expect(table.errors).toEqual([
      {
        row: 2,
        field: null,
        message: expect.stringContaining('has 3 cells but the header has 8') as string,
      },
      { row: 3, field: null, message: expect.stringContaining('has 9 cells') as string },
    ]);
    expect(csvRowCount(table)).toBe(3);
  });

  it('reports an unterminated quote on its row', () => {
    const table = readCsvTable(`${header}\n${row('B1')}\nB2,"Lan,vi,UTC,VN,A,1,VND`);
    expect(table.errors[0]).toMatchObject({ row: 2, field: null });
    expect(table.errors[0]?.message).toMatch(/cannot be read/);
  });

  it('refuses an empty file, a header without rows, and names missing, unknown and doubled columns', () => {
    expect(shapeError('')).toEqual({ code: 'EMPTY_CSV', columns: [] });
    expect(shapeError('\uFEFF\r\n\r\n')).toEqual({ code: 'EMPTY_CSV', columns: [] });
    expect(shapeError(`${header}\r\n\r\n`)).toEqual({ code: 'EMPTY_CSV', columns: [] });
    expect(shapeError('external_id,first_name,locale\nB1,Lan,vi')).toEqual({
      code: 'MISSING_COLUMNS',
      columns: ['timezone', 'country', 'account_external_id', 'amount_due', 'currency'],
    });
    expect(shapeError(`${header},amout_due,attributes.\n${row('B1')},1,2`)).toEqual({
      code: 'UNKNOWN_COLUMNS',
      columns: ['amout_due', 'attributes.'],
    });
    expect(shapeError(`${header},currency\n${row('B1')},VND`)).toEqual({
      code: 'DUPLICATE_COLUMNS',
      columns: ['currency'],
    });
  });

  it('accepts attribute columns', () => {
    const table = readCsvTable(`${header},attributes.score\n${row('B1')},640`);
    expect(table.records[0]?.cells['attributes.score']).toBe('640');
  });
});
