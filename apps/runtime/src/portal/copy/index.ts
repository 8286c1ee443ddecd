// The portal's words in each language, and how a request's language is chosen.
import { en } from './en';
import { es } from './es';
import { portalLocales, type PortalCopy, type PortalLocale } from './portal-copy';
import { vi } from './vi';
import { zh } from './zh';

export const copies: Record<PortalLocale, PortalCopy> = { en, es, vi, zh };

/** "es-MX" → "es"; a language the portal does not speak → null. */
export function portalLocale(tag: string | undefined | null): PortalLocale | null {
  const language = tag?.toLowerCase().split('-')[0];
  return portalLocales.find((known) => known === language) ?? null;
}

/** Intl locales for money and dates (zh: simplified Chinese as used in mainland China). */
export const intlLocale: Record<PortalLocale, string> = {
  en: 'en-US',
  es: 'es',
  vi: 'vi-VN',
  zh: 'zh-CN',
};

export { hardshipCategories, localeNames, portalLocales } from './portal-copy';
export type { HardshipCategory, PortalCopy, PortalLocale, RejectionReason } from './portal-copy';
