import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from './json-location';

describe('locateJsonError', () => {
  it('finds nothing wrong with valid JSON', () => {
    expect(locateJsonError('{ "a": [1, -2.5e3, true, null, "x\\n\\u00e9"] }')).toBeNull();
  });

  it.each([
    ['a bare word', '{\n  "id": tru\n}', 2, 9, 'expected a value'],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, 'trailing comma'],
    ['an unquoted key', '{ a: 1 }', 1, 3, 'double-quoted property name'],
    ['a missing comma', '[1 2]', 1, 4, 'expected "," or "]"'],
    ['a missing colon', '{"a" 1}', 1, 6, 'expected ":"'],
    ['text after the value', '{}\n{}', 2, 1, 'after the JSON value'],
    ['a single-quoted string', "{'a': 1}", 1, 2, 'double-quoted'],
    ['a leading zero', '[01]', 1, 3, 'invalid number'],
    ['a bad escape', '["\\x"]', 1, 3, 'invalid escape'],
    ['a raw line break in a string', '["a\nb"]', 1, 4, 'control character'],
  ])('locates %s', (_name, text, line, column, message) => {
    const found = locateJsonError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(message);
  });

  it('points an unterminated string at its opening quote', () => {
    expect(locateJsonError('{\n  "name": "Gentle')).toMatchObject({ line: 2, column: 11 });
  });

  it('reports the end of the file when the text stops early', () => {
    expect(locateJsonError('{"a":')).toMatchObject({
      line: 1,
      column: 6,
      message: expect.stringContaining('end of the file') as string,
    });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          '1',
          'a',
          ' ',
          '\\',
          't',
          'e',
          '-',
          '.',
        ),
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineAndColumn', () => {
  it('counts \\n, \\r\\n and \\r as line ends', () => {
    expect(lineAndColumn('ab\r\ncd\ref\ngh', 11)).toEqual({ line: 4, column: 2 });
  });

  it('starts at line 1, column 1', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
