import { describe, expect, it } from 'vitest';
import { parseJsonText, readJsonFile } from './read-json';

const failing = (code: string) => () =>
  Promise.reject(Object.assign(new Error(`${code}: nope`), { code }));

describe('parseJsonText', () => {
  it('parses JSON', () => {
    expect(parseJsonText('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('locates a syntax error by line and column', () => {
    const read = parseJsonText('{\n  "id": tru\n}');
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'INVALID_JSON', severity: 'error', path: [], line: 2, column: 9 },
    });
    expect(!read.ok && read.problem.message).toMatch(/line 2, column 9/);
  });

  it('says so when the file is empty', () => {
    const read = parseJsonText('  \n');
    expect(!read.ok && read.problem.message).toContain('the file is empty');
  });
});

describe('readJsonFile', () => {
  it('reads and parses the file', async () => {
    await expect(readJsonFile('a.json', () => Promise.resolve('[1, 2]'))).resolves.toEqual({
      ok: true,
      value: [1, 2],
    });
  });

  it.each([
    ['ENOENT', 'file not found'],
    ['EISDIR', 'is a directory'],
    ['EACCES', 'permission denied'],
    ['EIO', 'cannot read the file: EIO: nope'],
  ])('turns %s into FILE_UNREADABLE', async (code, message) => {
    const read = await readJsonFile('a.json', failing(code));
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'FILE_UNREADABLE', severity: 'error', path: [] },
    });
    expect(!read.ok && read.problem.message).toContain(message);
  });
});
