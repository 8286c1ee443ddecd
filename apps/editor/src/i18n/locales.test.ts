import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the first preferred language the app speaks, by its primary subtag', () => {
    expect(negotiateLocale(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(negotiateLocale(['zh-Hant-TW'])).toBe('zh');
    expect(negotiateLocale(['vi_VN'])).toBe('vi');
  });

  it('falls back to English when nothing matches or nothing is asked', () => {
    expect(negotiateLocale(['fr', 'de'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
