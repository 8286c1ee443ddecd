import { describe, expect, it } from 'vitest';
import { copies } from './index';

describe('a confirmed promise', () => {
  it('says the amount as well as the date, in every language', () => {
    for (const copy of Object.values(copies)) {
      const text = copy.promise.confirmed('<date>', '<amount>');
      expect(text, copy.lang).toContain('<date>');
      expect(text, copy.lang).toContain('<amount>');
    }
  });
});
