import { Languages } from 'lucide-react';
import { useId } from 'react';
import { useLocale } from './locale-store';
import { appLocales, isAppLocale, localeNames, type AppLocale } from './locales';
import { useI18n } from './use-i18n';

/**
 * The language switch: each language named in itself, so a person who cannot read the current
 * one still finds theirs. `onChosen` keeps the choice on the server for a signed-in person.
 */
export function LanguageSwitch({ onChosen }: { onChosen?: (locale: AppLocale) => void }) {
  const { t } = useI18n();
  const id = useId();
  const locale = useLocale((s) => s.locale);
  const choose = useLocale((s) => s.choose);
  return (
    <span className="language-switch">
      <label htmlFor={id}>
        <Languages size={16} aria-hidden="true" />
        <span className="visually-hidden">{t('common.language')}</span>
      </label>
      <select
        id={id}
        className="input language-select"
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isAppLocale(next)) return;
          choose(next);
          onChosen?.(next);
        }}
      >
        {appLocales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
