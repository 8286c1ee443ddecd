import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { catalogues } from './catalogues';
import { defaultLocale, type AppLocale } from './locales';
import type { MessageKey } from './message-keys';

// react-intl checks `id` against this, so `t('journeys.lsit.title')` does not compile.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}

const cache = createIntlCache();
const made = new Map<AppLocale, IntlShape>();

/**
 * The formatter for one language (made once; react-intl caches its Intl objects). English is
 * laid under every language, so a key that slipped through the catalogue test still reads.
 */
export function intlFor(locale: AppLocale): IntlShape {
  let intl = made.get(locale);
  if (!intl) {
    intl = createIntl(
      {
        locale,
        defaultLocale,
        // The catalogue test, not the compiler, proves each language has every key.
        messages: { ...catalogues[defaultLocale], ...catalogues[locale] } as Record<
          MessageKey,
          string
        >,
        onError: (error) => {
          // Formatting falls back to English or the id; say so loudly in development only.
          if (import.meta.env.DEV) console.error(error);
        },
      },
      cache,
    );
    made.set(locale, intl);
  }
  return intl;
}
