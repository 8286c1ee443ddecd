import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncate, wrap } from './text-layout';

describe('displayWidth', () => {
  it('counts one column per ASCII character', () => {
    expect(displayWidth('hello')).toBe(5);
  });

  it('counts a letter with combining marks once, composed or not', () => {
    const composed = 'Chào Hủy';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(displayWidth(decomposed)).toBe(8);
    expect(displayWidth(composed)).toBe(8);
  });

  it('counts Chinese, fullwidth forms and emoji as two columns', () => {
    expect(displayWidth('退订')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('ok 👍')).toBe(5);
  });

  it('gives control characters no width', () => {
    expect(displayWidth('a\u0007b')).toBe(2);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('promise', 7)).toBe('promise');
  });

  it('cuts to the width, the ellipsis included', () => {
    expect(truncate('promise-to-pay', 8)).toBe('promise…');
    expect(displayWidth(truncate('promise-to-pay', 8))).toBe(8);
  });

  it('never splits a wide character', () => {
    expect(truncate('退订退订', 4)).toBe('退…');
  });
});

describe('padEnd', () => {
  it('pads by columns, so wide text lines up', () => {
    expect(padEnd('退订', 6)).toBe('退订  ');
    expect(padEnd('abc', 2)).toBe('abc');
  });
});

describe('wrap', () => {
  it('breaks between words within the width', () => {
    expect(wrap('Hi Lan, a friendly reminder', 12)).toEqual(['Hi Lan, a', 'friendly', 'reminder']);
  });

  it('breaks a word longer than the line, such as a URL', () => {
    const lines = wrap('pay: https://portal.example/sim/promise', 12);
    expect(lines).toEqual(['pay:', 'https://port', 'al.example/s', 'im/promise']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12);
  });

  it('keeps the line breaks of the text', () => {
    expect(wrap('Subject\n\nBody text', 40)).toEqual(['Subject', '', 'Body text']);
  });

  it('wraps Chinese by columns', () => {
    const lines = wrap('您好王先生请在本月底前还款谢谢', 10);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.join('')).toBe('您好王先生请在本月底前还款谢谢');
  });

  it('ends the last kept line with … when lines are left out', () => {
    const lines = wrap('one two three four five six', 9, 2);
    expect(lines).toEqual(['one two', 'three…']);
  });

  it('cuts a full last line to make room for the …', () => {
    expect(wrap('abcdefghij klmnopqrst uvw', 10, 2)).toEqual(['abcdefghij', 'klmnopqrs…']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrap('', 10)).toEqual(['']);
  });
});
