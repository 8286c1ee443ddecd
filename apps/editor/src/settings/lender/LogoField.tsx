import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

const accepted = ['image/png', 'image/jpeg', 'image/webp'];

/** A logo as a data URL (the portal serves it itself), with a preview and a way to remove it. */
export function LogoField(props: {
  value: string | undefined;
  error: string | undefined;
  onChange: (logo: string | undefined) => void;
}) {
  const [readError, setReadError] = useState<string | null>(null);
  const { t } = useI18n();
  const error = readError ?? props.error;
  const choose = (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    if (!accepted.includes(file.type)) {
      setReadError(t('settings.lender.logoType'));
      return;
    }
    if (file.size > 140_000) {
      setReadError(t('settings.lender.logoSize'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () =>
      props.onChange(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => setReadError(t('settings.lender.logoUnreadable'));
    reader.readAsDataURL(file);
  };
  return (
    <div className="lender-field">
      <label htmlFor="lender-logo" className="field-label">
        {t('settings.lender.logoLabel')}
      </label>
      <p id="lender-logo-help" className="field-help">
        {t('settings.lender.logoHelp')}
      </p>
      {error && (
        <p id="lender-logo-error" className="field-error">
          {error}
        </p>
      )}
      <div className="logo-row">
        {props.value && (
          <img className="logo-preview" src={props.value} alt={t('settings.lender.currentLogo')} />
        )}
        <input
          id="lender-logo"
          type="file"
          accept={accepted.join(',')}
          aria-describedby={error ? 'lender-logo-help lender-logo-error' : 'lender-logo-help'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0])}
        />
        {props.value && (
          <button type="button" className="button" onClick={() => props.onChange(undefined)}>
            {t('settings.lender.removeLogo')}
          </button>
        )}
      </div>
    </div>
  );
}
