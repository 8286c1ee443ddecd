import { pickLocale } from '@tandem/dsl';

/** The languages the web app speaks: the borrower side's, since lenders work in the same markets. */
export const appLocales = ['en', 'es', 'vi', 'zh'] as const;
export type AppLocale = (typeof appLocales)[number];

/** English stays the default: the language every string is written in first. */
export const defaultLocale: AppLocale = 'en';

/** Each language's name in itself, for the language switch (never translated). */
export const localeNames: Record<AppLocale, string> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  zh: '中文',
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (appLocales as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages the app speaks ("es-MX" → es, "zh-Hant-TW" →
 * zh), as the borrower portal negotiates; English when none matches.
 */
export function negotiateLocale(preferred: readonly string[]): AppLocale {
  for (const tag of preferred) {
    const match = pickLocale(tag, appLocales, '');
    if (isAppLocale(match)) return match;
  }
  return defaultLocale;
}
