import type { JourneyMeta } from '../document/journey-document';

/** The journey's languages as the draft has them (at least one, for the message tabs). */
export function journeyLocales(meta: JourneyMeta): string[] {
  const locales = Array.isArray(meta.locales)
    ? meta.locales.filter((l): l is string => typeof l === 'string' && l !== '')
    : [];
  return locales.length > 0 ? locales : ['en'];
}
