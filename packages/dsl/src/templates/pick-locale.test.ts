import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
  it('takes the exact tag, ignoring case, and returns it as the journey spells it', () => {
    expect(pickLocale('vi', ['en', 'vi'], 'en')).toBe('vi');
    expect(pickLocale('ES-mx', ['en', 'es-MX', 'es'], 'en')).toBe('es-MX');
    expect(pickLocale('en_GB', ['en-GB', 'en'], 'en')).toBe('en-GB');
  });

  it('falls back to the base language', () => {
    expect(pickLocale('es-MX', ['en', 'es'], 'en')).toBe('es');
    expect(pickLocale('zh-Hant', ['en', 'zh'], 'en')).toBe('zh');
  });

  it('drops subtags one at a time, preferring the closest', () => {
    expect(pickLocale('zh-Hant-TW', ['zh', 'zh-Hant'], 'en')).toBe('zh-Hant');
    expect(pickLocale('zh-Hant-TW', ['zh-Hans', 'zh'], 'en')).toBe('zh');
  });

  it('takes a more specific tag of the same language when the base is missing', () => {
    expect(pickLocale('en', ['vi', 'en-GB'], 'vi')).toBe('en-GB');
    expect(pickLocale('es-MX', ['es-ES', 'en'], 'en')).toBe('es-ES');
  });

  it('does not confuse languages that share a prefix', () => {
    expect(pickLocale('es', ['est', 'en'], 'en')).toBe('en');
  });

  it('uses the default when nothing matches', () => {
    expect(pickLocale('fr-CA', ['en', 'vi'], 'en')).toBe('en');
    expect(pickLocale('', ['en', 'vi'], 'vi')).toBe('vi');
    expect(pickLocale('fr', [], 'en')).toBe('en');
  });
});
