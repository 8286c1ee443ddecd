import { useEffect, useMemo, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useLocale } from './locale-store';
import { i18nFor, I18nContext } from './use-i18n';

/** The chosen language for everything below, and the page's `lang` for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale((s) => s.locale);
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nContext.Provider value={i18n}>
      <RawIntlProvider value={i18n.intl}>{children}</RawIntlProvider>
    </I18nContext.Provider>
  );
}
