import { createContext, useContext } from 'react';
import type { IntlShape } from 'react-intl';
import { formatters, type Formatters } from './format';
import { intlFor } from './intl';
import { defaultLocale, type AppLocale } from './locales';
import type { MessageKey } from './message-keys';

/** ICU arguments: plain values only, so `t` always returns a string. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export interface I18n {
  locale: AppLocale;
  /** A message as a string; ICU arguments in `values` (plurals, selects, numbers). */
  t: (id: MessageKey, values?: MessageValues) => string;
  format: Formatters;
  /** For rich text (values that are elements): `intl.formatMessage({ id }, { b: (s) => … })`. */
  intl: IntlShape;
}

export function i18nFor(locale: AppLocale): I18n {
  const intl = intlFor(locale);
  return {
    locale,
    t: (id, values) => intl.formatMessage({ id }, values),
    format: formatters(intl),
    intl,
  };
}

/**
 * English when no provider is above: components tested on their own read as they always did;
 * the app's root provides the chosen language.
 */
export const I18nContext = createContext<I18n>(i18nFor(defaultLocale));

/** The chosen language's messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
