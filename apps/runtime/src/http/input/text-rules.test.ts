import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeTextReason } from './text-rules';

describe('text rules', () => {
  it.each([
    ['Nguyễn Thị Lan', null],
    ['line\none\ttab\r', null],
    ['emoji 😀 pair', null],
    ['a\u0000b', 'must not contain NUL characters'],
    ['\ud800', 'must not contain lone UTF-16 surrogates'],
    ['x\udc00', 'must not contain lone UTF-16 surrogates'],
    ['\u001b[31m', 'must not contain control characters'],
    ['\u0085', 'must not contain control characters'],
  ])('%j -> %s', (text, reason) => {
    expect(unsafeTextReason(text)).toBe(reason);
  });

  it('finds the first bad string with its path, through arrays and objects', () => {
    expect(findUnsafeText({ a: [{ b: 'ok' }, { c: 'x\u0000' }], d: '\ud800' })).toEqual({
      path: 'a.1.c',
      message: 'must not contain NUL characters',
    });
    expect(findUnsafeText('\u0007')).toEqual({
      path: 'body',
      message: 'must not contain control characters',
    });
    expect(findUnsafeText({ ok: [1, true, null] })).toBeNull();
  });
});
